import { keyAdminActions } from '../policy/key-admin-actions.ts';
import { KEY_USER_GRANT_ACTIONS } from '../policy/generate-key-user-statements.ts';
import type { KeyPlacement } from '../policy/key-placement.ts';
import { keyUsageActions, userActionChoices } from '../policy/key-usage-actions.ts';
import type { ResolvedPolicyIntent, UserGroup } from '../policy/types.ts';
import { expandKmsActions } from './expand-kms-actions.ts';
import { isConditionless, type PrincipalGrant } from './principal-grant.ts';

/** Actions only administrators get in a generated policy: one of them makes a principal an admin. */
const ADMIN_MARKERS = ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:EnableKey'];

/**
 * Administrators: principals given a management action (PutKeyPolicy, ScheduleKeyDeletion,
 * EnableKey) without conditions. Users: principals given every key-user cryptographic action;
 * their conditions become `via_service` and `encryption_context`. What a principal has beyond
 * its role becomes a `cross_account` entry with the exact actions. The caller checks the result.
 */
export function classifyPrincipalGrants(
  grants: ReadonlyMap<string, PrincipalGrant[]>,
  placement: KeyPlacement,
  requireMfaFor: ReadonlySet<string>,
): { intent: ResolvedPolicyIntent; leftovers: { principal: string; reason: string }[] } {
  const adminActions = expandKmsActions(keyAdminActions(placement));
  const usage = keyUsageActions(placement.keySpec, placement.keyUsage);
  const userCrypto = expandKmsActions(usage.userActions);
  const userActions = expandKmsActions([
    ...usage.userActions,
    ...(usage.awsServices ? KEY_USER_GRANT_ACTIONS : []),
    'kms:DescribeKey',
  ]);
  const admins: string[] = [];
  const users: string[] = [];
  const crossAccount: ResolvedPolicyIntent['crossAccount'] = [];
  const leftovers: { principal: string; reason: string }[] = [];
  const choices = new Set(userActionChoices(usage));
  const userGroups: UserGroup[] = [];
  let viaService: string[] | undefined;
  let encryptionContext: Record<string, string> | undefined;

  for (const [principal, list] of [...grants].sort(([a], [b]) => a.localeCompare(b))) {
    const plain = union(
      list.filter((grant) => isConditionless(grant)).map((grant) => grant.actions),
    );
    const all = union(list.map((grant) => grant.actions));
    const isAdmin = ADMIN_MARKERS.some((action) => plain.has(action));
    const crypto = list.filter((grant) =>
      [...grant.actions].some((action) => userCrypto.has(action)),
    );
    const cryptoActions = union(crypto.map((g) => g.actions));
    const isUser = [...userCrypto].every((action) => cryptoActions.has(action));
    if (isAdmin) admins.push(principal);
    if (isUser) users.push(principal);
    for (const grant of crypto) {
      if (isUser && grant.viaService !== undefined) viaService ??= grant.viaService;
      if (grant.encryptionContext !== undefined) encryptionContext ??= grant.encryptionContext;
    }
    const rest = [...all].filter(
      (action) => !(isAdmin && adminActions.has(action)) && !(isUser && userActions.has(action)),
    );
    if (rest.length === 0) continue;
    if (isAdmin && rest.includes('kms:CreateGrant')) {
      // The AWS default administrators statement (kms:Create*) is not this intent: generated
      // administrators cannot grant themselves use, so the policy stays as written.
      leftovers.push({
        principal,
        reason:
          `administrator ${principal} may call kms:CreateGrant (kms:Create* includes it), so it can grant itself use of the key; ` +
          'generated administrators have no CreateGrant, so adopting the intent form would take it away',
      });
      continue;
    }
    const own = accountOf(principal) === placement.account;
    if (own && !isAdmin && !isUser && rest.every((action) => choices.has(action))) {
      userGroups.push({ principals: [principal], actions: rest.sort() });
      for (const grant of crypto) viaService ??= grant.viaService;
      continue;
    }
    if (own) {
      leftovers.push({
        principal,
        reason:
          `${principal} may call ${describeActions(rest.sort())}, beyond what key administrators and users get; ` +
          'cross_account is for principals of other accounts',
      });
    } else {
      crossAccount.push({ principal, actions: rest.sort() });
    }
  }
  const intent: ResolvedPolicyIntent = {
    admins,
    users,
    viaService: viaService ?? [],
    encryptionContext: encryptionContext ?? {},
    crossAccount,
    requireMfaFor: [...requireMfaFor].sort(),
    ...(userGroups.length > 0 ? { userGroups } : {}),
  };
  return { intent, leftovers };
}

function accountOf(arn: string): string | undefined {
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}

function describeActions(actions: readonly string[]): string {
  const shown = actions.slice(0, 4).join(', ');
  return actions.length > 4 ? `${shown} and ${String(actions.length - 4)} more` : shown;
}

function union(sets: readonly ReadonlySet<string>[]): Set<string> {
  const result = new Set<string>();
  for (const set of sets) for (const value of set) result.add(value);
  return result;
}
