import { applierRequest } from './applier-request.ts';
import { partitionOf } from '../lint/policy/partition-of.ts';
import {
  evaluateKeyPolicy,
  type Decision,
  type RequestedKey,
} from '../policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import type { LiveState } from './live-state.ts';
import type { Change, ChangeAction, PlanProblem } from './plan-types.ts';

/** The KMS action each change needs on the key, as the key policy sees it. */
const REQUIRED_ACTION: Partial<Record<ChangeAction, string>> = {
  adopt: 'kms:TagResource',
  retag: 'kms:TagResource',
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
  '(console or `aws kms ...`), then sets the manifest to match so the next plan is empty. GitHub OIDC sessions never carry MFA. ' +
  'Steps: https://github.com/kms-action/kms-action/blob/main/docs/disable-or-delete-a-key.md#the-break-glass-path';

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
  const arns = new Map<string, string>();
  // A multi-Region key and its replicas share one key id: a key is its id in its Region.
  const at = (account: string, region: string, id: string): string => `${account}/${region}/${id}`;
  for (const key of [
    ...live.owned,
    ...live.adopted.flatMap((entry) => (entry.found ? [entry.key] : [])),
    ...(live.replicas ?? []),
  ]) {
    policyInForce.set(at(key.account, key.region, key.id), key.policy);
    arns.set(at(key.account, key.region, key.id), key.arn);
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
    if (change.action === 'create-replica') {
      // ReplicateKey sets the new replica's policy: the lockout check holds for it too.
      const replicaKey: RequestedKey = {
        partition: partitionOf(change),
        account: change.account,
        region: change.replicaRegion,
      };
      const policy = change.replica.policy;
      if (policy !== undefined && !change.replica.bypassPolicyLockoutSafetyCheck) {
        const lockouts = lockoutsOf(policy, replicaKey, applier);
        if (lockouts.length > 0) problems.push(lockoutProblem(change, lockouts));
      }
      policyInForce.set(`new:${change.account}/${change.replicaRegion}/${change.key}`, policy);
    }

    const action = REQUIRED_ACTION[change.action];
    // A key created in this plan has no id yet: its changes find it by logical name.
    const identity =
      change.keyId === undefined
        ? `new:${change.account}/${change.region}/${change.key}`
        : at(change.account, change.region, change.keyId);
    const current = policyInForce.get(identity);
    // An existing key by its ARN; a key this plan creates by its location (no key id yet).
    const arn = change.keyId === undefined ? undefined : arns.get(identity);
    const key: RequestedKey =
      arn === undefined
        ? { partition: partitionOf(change), account: change.account, region: change.region }
        : { arn };
    if (applier !== undefined && action !== undefined && current !== undefined) {
      const decision = evaluateKeyPolicy(
        current,
        { ...applierRequest(applier), action, key },
        'lockout',
      );
      if (
        decision.verdict === 'explicit_deny' ||
        (decision.verdict === 'implicit_deny' && !decision.delegatedToIam)
      ) {
        problems.push({
          code: 'applier-denied',
          key: change.key,
          message: `${change.address} (${change.action}) needs ${action}, which the key policy ${decision.verdict === 'explicit_deny' ? `explicitly denies (${describeDenies(decision)})` : 'does not allow'} for the applying principal ${applier}`,
          help:
            decision.verdict === 'explicit_deny'
              ? BREAK_GLASS
              : `allow ${action} for ${applier} in the key policy (as a key administrator), or ${BREAK_GLASS}`,
        });
      }
    }

    if (newPolicy !== undefined && !bypass) {
      const lockouts = lockoutsOf(newPolicy, key, applier);
      if (lockouts.length > 0) problems.push(lockoutProblem(change, lockouts));
      policyInForce.set(identity, newPolicy);
    }
  }
  return problems;
}

function lockoutProblem(change: Change, lockouts: readonly string[]): PlanProblem {
  const whose =
    change.action === 'create-replica'
      ? `${change.key}'s new ${change.replicaRegion} replica`
      : change.address.includes('.replica.')
        ? `${change.key}'s ${change.region} replica`
        : change.key;
  return {
    code: 'policy-lockout',
    key: change.key,
    message: `the new key policy of ${whose} would lock out ${lockouts.join(' and ')}: kms:PutKeyPolicy would no longer be allowed`,
    help: 'keep the account root statement (the break-glass backstop) and the applying role as key administrator; set bypass_policy_lockout_safety_check only if you accept that the key can become unmanageable',
  };
}

/**
 * Who the new policy locks out of kms:PutKeyPolicy, under the `lockout` stance: an Allow
 * counts only when it surely applies to the key, a Deny whenever it could (its Resource may
 * name the key, or a condition reads a value unknown at plan time: SPEC section 8).
 */
function lockoutsOf(
  policy: KeyPolicyDocument,
  key: RequestedKey,
  applier: string | undefined,
): string[] {
  const lockouts: string[] = [];
  const { partition, account } =
    'arn' in key ? parseKeyArn(key.arn) : { partition: key.partition, account: key.account };
  const root = `arn:${partition ?? 'aws'}:iam::${account ?? ''}:root`;
  // The root signs in with MFA when it has to break the glass.
  const rootDecision = evaluateKeyPolicy(
    policy,
    { principal: root, action: 'kms:PutKeyPolicy', mfaPresent: true, key },
    'lockout',
  );
  if (rootDecision.verdict !== 'allowed' && !rootDecision.delegatedToIam)
    lockouts.push(`the account root (${root})${reasonOf(rootDecision)}`);
  if (applier !== undefined) {
    const decision = evaluateKeyPolicy(
      policy,
      { ...applierRequest(applier), action: 'kms:PutKeyPolicy', key },
      'lockout',
    );
    if (
      decision.verdict === 'explicit_deny' ||
      (decision.verdict === 'implicit_deny' && !decision.delegatedToIam)
    ) {
      lockouts.push(`the applying principal (${applier})${reasonOf(decision)}`);
    }
  }
  return lockouts;
}

function parseKeyArn(arn: string): { partition: string | undefined; account: string | undefined } {
  const parts = arn.split(':');
  return { partition: parts[1], account: parts[4] };
}

/** ` (denied by ...)` naming the Denies, and why an undecided one counts. */
function reasonOf(decision: Decision): string {
  return decision.verdict === 'explicit_deny' ? ` (denied by ${describeDenies(decision)})` : '';
}

/** The deciding Denies; one counted only because it could not be decided says so. */
function describeDenies(decision: Decision): string {
  return decision.statements
    .map((label) => {
      const undecided = decision.undecided.find(
        (entry) => entry.statement === label && entry.effect === 'Deny',
      );
      return undecided === undefined
        ? `statement ${label}`
        : `statement ${label}, which counts as applying because ${undecided.because.map((name) => `\`${name}\``).join(', ')} cannot be decided at plan time`;
    })
    .join('; ');
}
