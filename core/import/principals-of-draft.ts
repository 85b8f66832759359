import { isOwnAwsGrant } from '../plan/is-own-aws-grant.ts';
import { toList } from '../policy/to-list.ts';
import { grantProblem } from './grant-problem.ts';
import type { KeyDraft } from './key-draft.ts';

/**
 * The principals an imported key's manifest entry names: those of its intent form (written or
 * commented), of its raw document, and of its declared grants (grantee and retiring principal).
 */
export function principalsOfDraft(draft: KeyDraft): string[] {
  const arns: string[] = [];
  const intent =
    draft.policy.form === 'intent' || draft.policy.form === 'intent-rewritten'
      ? draft.policy.intent
      : draft.commentedIntent;
  if (intent !== undefined) {
    arns.push(
      ...intent.admins,
      ...intent.users,
      ...(intent.userGroups ?? []).flatMap((group) => group.principals),
      ...intent.crossAccount.map((entry) => entry.principal),
    );
  }
  if (draft.policy.form === 'document') {
    for (const statement of draft.policy.document.Statement) {
      for (const block of [statement.Principal, statement.NotPrincipal]) {
        if (block === undefined || block === '*') continue;
        arns.push(...toList<string>(block.AWS));
      }
    }
  }
  for (const grant of draft.key.grants ?? []) {
    if (grantProblem(grant) !== undefined || isOwnAwsGrant(grant, draft.key.account)) continue;
    arns.push(grant.granteePrincipal);
    if (grant.retiringPrincipal !== undefined) arns.push(grant.retiringPrincipal);
  }
  return arns;
}
