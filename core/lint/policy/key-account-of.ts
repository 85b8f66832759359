import type { PolicyTarget } from '../types.ts';
import { expandStatementActions } from './expand-statement-actions.ts';
import { listPolicyPrincipals } from './list-policy-principals.ts';

/**
 * The key's account: as given, or else the account whose root the policy allows to manage
 * the key (`kms:PutKeyPolicy`, as the backstop statement does), or the only account root it
 * allows at all. `undefined` when that is ambiguous.
 */
export function keyAccountOf(target: PolicyTarget): string | undefined {
  if (target.account !== undefined) return target.account;
  const roots = listPolicyPrincipals(target.document).flatMap((principal) =>
    principal.effect === 'Allow' && !principal.negated && principal.parsed.kind === 'account'
      ? [{ account: principal.parsed.account, statement: principal.statement }]
      : [],
  );
  const accounts = new Set(roots.map((root) => root.account));
  if (accounts.size <= 1) return [...accounts][0];
  const managing = new Set(
    roots
      .filter((root) => {
        const statement = target.document.Statement[root.statement];
        return (
          statement !== undefined && expandStatementActions(statement).includes('kms:PutKeyPolicy')
        );
      })
      .map((root) => root.account),
  );
  return managing.size === 1 ? [...managing][0] : undefined;
}
