import type { PolicyTarget } from '../types.ts';
import { listPolicyPrincipals } from './list-policy-principals.ts';

/**
 * The key's account: as given, or else the one account whose root the policy allows (the
 * backstop statement). `undefined` when neither tells.
 */
export function keyAccountOf(target: PolicyTarget): string | undefined {
  if (target.account !== undefined) return target.account;
  const roots = new Set(
    listPolicyPrincipals(target.document).flatMap((principal) =>
      principal.effect === 'Allow' && !principal.negated && principal.parsed.kind === 'account'
        ? [principal.parsed.account]
        : [],
    ),
  );
  return roots.size === 1 ? [...roots][0] : undefined;
}
