import { describeDenies } from './describe-denies.ts';
import { evaluateApplier } from './evaluate-applier.ts';
import { findPolicyLockouts } from './find-policy-lockouts.ts';
import { partitionOf } from '../lint/policy/partition-of.ts';
import { createMeteredEvaluator } from '../policy/create-metered-evaluator.ts';
import type { RequestedKey } from '../policy/evaluate-key-policy.ts';
import { keyPropertyConditions } from '../policy/key-property-conditions.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import type { LiveState } from './live-state.ts';
import type { Change, ChangeAction, PlanProblem } from './plan-types.ts';
import { createPlanCheckWorkMeter, PlanCheckBudgetError } from './plan-check-work-meter.ts';
import type { WorkMeter } from '../work/create-work-meter.ts';
import { withThousands } from '../work/with-thousands.ts';

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
  /** Counts the evaluations; a plan's own meter of MAX_PLAN_CHECK_WORK steps by default. */
  meter?: WorkMeter;
}

/**
 * Predicts with the policy evaluator whether the applying principal may make each change,
 * using the key policy in force at that point of the apply (a policy change earlier in the
 * plan counts), and refuses policies that would lock out the account root or the applier.
 * A change the key policy explicitly denies (e.g. DisableKey behind an MFA guard) or does not
 * allow at all becomes a problem now, instead of a failure half way through apply. The work is
 * metered: a change the checks could not finish for within the budget blocks the plan
 * (`applier-check-incomplete`), with the changes after it unchecked.
 */
export function checkApplierAccess(
  changes: readonly Change[],
  live: LiveState,
  options: ApplierAccessOptions,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const policyInForce = new Map<string, KeyPolicyDocument | undefined>();
  const arns = new Map<string, string>();
  // What every request on a key carries about the key (kms:KeyOrigin...): known for live keys
  // and for the keys this plan creates, so a Deny scoped to other keys does not count.
  const properties = new Map<string, Record<string, string>>();
  // A multi-Region key and its replicas share one key id: a key is its id in its Region.
  const at = (account: string, region: string, id: string): string => `${account}/${region}/${id}`;
  for (const key of [
    ...live.owned,
    ...live.adopted.flatMap((entry) => (entry.found ? [entry.key] : [])),
    ...(live.replicas ?? []),
  ]) {
    policyInForce.set(at(key.account, key.region, key.id), key.policy);
    arns.set(at(key.account, key.region, key.id), key.arn);
    properties.set(
      at(key.account, key.region, key.id),
      keyPropertyConditions({
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        origin: key.origin,
        multiRegion: key.multiRegion,
        replica: key.multiRegionConfiguration?.type === 'REPLICA',
      }),
    );
  }

  const meter = options.meter ?? createPlanCheckWorkMeter();
  const evaluate = createMeteredEvaluator(meter);
  for (const [index, change] of changes.entries()) {
    try {
      checkChange(change);
    } catch (error) {
      if (!(error instanceof PlanCheckBudgetError)) throw error;
      problems.push(incompleteProblem(change, changes.slice(index + 1), meter.limit));
      break;
    }
  }
  return problems;

  function checkChange(change: Change): void {
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
      const primary = properties.get(
        change.keyId === undefined
          ? `new:${change.account}/${change.region}/${change.key}`
          : at(change.account, change.region, change.keyId),
      );
      const replicaProperties =
        primary === undefined ? undefined : { ...primary, 'kms:MultiRegionKeyType': 'REPLICA' };
      if (replicaProperties !== undefined) {
        properties.set(
          `new:${change.account}/${change.replicaRegion}/${change.key}`,
          replicaProperties,
        );
      }
      if (policy !== undefined && !change.replica.bypassPolicyLockoutSafetyCheck) {
        const lockouts = findPolicyLockouts(
          evaluate,
          policy,
          replicaKey,
          applier,
          replicaProperties,
        );
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
    if (change.action === 'create') {
      properties.set(
        identity,
        keyPropertyConditions({
          keySpec: change.after.keySpec,
          keyUsage: change.after.keyUsage,
          origin: change.after.origin ?? 'AWS_KMS',
          multiRegion: change.after.multiRegion,
        }),
      );
    }
    const keyProperties = properties.get(identity);
    const current = policyInForce.get(identity);
    // An existing key by its ARN; a key this plan creates by its location (no key id yet).
    const arn = change.keyId === undefined ? undefined : arns.get(identity);
    const key: RequestedKey =
      arn === undefined
        ? { partition: partitionOf(change), account: change.account, region: change.region }
        : { arn };
    if (applier !== undefined && action !== undefined && current !== undefined) {
      const decision = evaluateApplier(evaluate, current, applier, action, key, keyProperties);
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
      const lockouts = findPolicyLockouts(evaluate, newPolicy, key, applier, keyProperties);
      if (lockouts.length > 0) problems.push(lockoutProblem(change, lockouts));
      policyInForce.set(identity, newPolicy);
    }
  }
}

/**
 * The checks stopped at their budget before `change`: it and `unchecked` may be denied to the
 * applier or lock a key out, so the plan is blocked rather than let through as allowed.
 */
function incompleteProblem(
  change: Change,
  unchecked: readonly Change[],
  limit: number,
): PlanProblem {
  const others = new Set(unchecked.map((entry) => entry.key));
  others.delete(change.key);
  const rest =
    unchecked.length === 0
      ? ''
      : ` and the ${String(unchecked.length)} changes after it${others.size === 0 ? '' : ` (of ${String(others.size)} other keys)`}`;
  return {
    code: 'applier-check-incomplete',
    key: change.key,
    message: `the applier and lockout checks of \`${change.key}\` could not be completed: checking this plan's key policies takes more than ${withThousands(limit)} evaluation steps, the budget of one plan, so whether the applying principal may make ${change.address} (${change.action})${rest}, and whether a new policy locks a key out, is not known`,
    help: 'plan fewer changes at once (--target, or several manifests), or shorten the key policies these changes are checked against (fewer statements, principals and condition values); the plan cannot be applied until every change is checked',
  };
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
