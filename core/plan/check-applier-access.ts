import { evaluateKeyPolicy } from '../policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import type { LiveState } from './live-state.ts';
import type { Change, ChangeAction, PlanProblem } from './plan-types.ts';

/** The KMS action each change needs on the key, as the key policy sees it. */
const REQUIRED_ACTION: Partial<Record<ChangeAction, string>> = {
  adopt: 'kms:TagResource',
  'update-policy': 'kms:PutKeyPolicy',
  'update-description': 'kms:UpdateKeyDescription',
  tag: 'kms:TagResource',
  enable: 'kms:EnableKey',
  disable: 'kms:DisableKey',
  'schedule-deletion': 'kms:ScheduleKeyDeletion',
  'cancel-deletion': 'kms:CancelKeyDeletion',
  'create-alias': 'kms:CreateAlias',
  retarget: 'kms:UpdateAlias',
  'delete-alias': 'kms:DeleteAlias',
  'create-grant': 'kms:CreateGrant',
  'revoke-grant': 'kms:RevokeGrant',
  'create-replica': 'kms:ReplicateKey',
};

const BREAK_GLASS =
  'Break-glass: a key administrator signs in with MFA (or the account root with MFA) and makes this change by hand ' +
  '(console or `aws kms ...`), then sets the manifest to match so the next plan is empty. GitHub OIDC sessions never carry MFA.';

export interface ApplierAccessOptions {
  /** IAM principal that applies changes in `account` (the apply role), or `undefined` when unknown. */
  applierFor: (account: string) => string | undefined;
}

/**
 * Predicts with the policy evaluator whether the applying principal may make each change,
 * using the key policy in force at that point of the apply (a policy change earlier in the
 * plan counts), and refuses policies that would lock out the account root or the applier.
 * A change the key policy explicitly denies (e.g. DisableKey behind an MFA guard) or does not
 * allow at all becomes a problem now, instead of a failure half way through apply.
 */
export function checkApplierAccess(
  changes: readonly Change[],
  live: LiveState,
  options: ApplierAccessOptions,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const policyInForce = new Map<string, KeyPolicyDocument | undefined>();
  for (const key of [
    ...live.owned,
    ...live.adopted.flatMap((entry) => (entry.found ? [entry.key] : [])),
  ]) {
    policyInForce.set(key.id, key.policy);
  }

  for (const change of changes) {
    const applier = options.applierFor(change.account);
    const newPolicy =
      change.action === 'create'
        ? change.after.policy
        : change.action === 'update-policy'
          ? change.after
          : undefined;
    const bypass =
      (change.action === 'create' && change.after.bypassPolicyLockoutSafetyCheck) ||
      (change.action === 'update-policy' && change.bypassPolicyLockoutSafetyCheck);

    const action = REQUIRED_ACTION[change.action];
    // A key created in this plan has no id yet: its changes find it by logical name.
    const identity = change.keyId ?? `new:${change.account}/${change.region}/${change.key}`;
    const current = policyInForce.get(identity);
    if (applier !== undefined && action !== undefined && current !== undefined) {
      const decision = evaluateKeyPolicy(current, { principal: applier, action });
      if (
        decision.verdict === 'explicit_deny' ||
        (decision.verdict === 'implicit_deny' && !decision.delegatedToIam)
      ) {
        problems.push({
          code: 'applier-denied',
          key: change.key,
          message: `${change.address} (${change.action}) needs ${action}, which the key policy ${decision.verdict === 'explicit_deny' ? `explicitly denies (${decision.statements.join(', ')})` : 'does not allow'} for the applying principal ${applier}`,
          help:
            decision.verdict === 'explicit_deny'
              ? BREAK_GLASS
              : `allow ${action} for ${applier} in the key policy (as a key administrator), or ${BREAK_GLASS}`,
        });
      }
    }

    if (newPolicy !== undefined && !bypass) {
      const lockouts = lockoutsOf(newPolicy, change.account, applier);
      if (lockouts.length > 0) {
        problems.push({
          code: 'policy-lockout',
          key: change.key,
          message: `the new key policy of ${change.key} would lock out ${lockouts.join(' and ')}: kms:PutKeyPolicy would no longer be allowed`,
          help: 'keep the account root statement (the break-glass backstop) and the applying role as key administrator; set bypass_policy_lockout_safety_check only if you accept that the key can become unmanageable',
        });
      }
      policyInForce.set(identity, newPolicy);
    }
  }
  return problems;
}

function lockoutsOf(
  policy: KeyPolicyDocument,
  account: string,
  applier: string | undefined,
): string[] {
  const lockouts: string[] = [];
  const root = `arn:aws:iam::${account}:root`;
  // The root signs in with MFA when it has to break the glass.
  const rootDecision = evaluateKeyPolicy(policy, {
    principal: root,
    action: 'kms:PutKeyPolicy',
    mfaPresent: true,
  });
  if (rootDecision.verdict !== 'allowed' && !rootDecision.delegatedToIam)
    lockouts.push(`the account root (${root})`);
  if (applier !== undefined) {
    const decision = evaluateKeyPolicy(policy, { principal: applier, action: 'kms:PutKeyPolicy' });
    if (
      decision.verdict === 'explicit_deny' ||
      (decision.verdict === 'implicit_deny' && !decision.delegatedToIam)
    ) {
      lockouts.push(`the applying principal (${applier})`);
    }
  }
  return lockouts;
}
