/**
 * The apply principal is a role session: temporary credentials, whose requests carry
 * `aws:MultiFactorAuthPresent` = false without MFA (IAM User Guide, "AWS global condition
 * context keys", aws:MultiFactorAuthPresent: the key is present for temporary credentials and
 * absent only for long-term access keys). A Deny written `Bool aws:MultiFactorAuthPresent
 * "false"` (the plain form of the MFA guard, common in hand-written policies and in
 * `extra_statements:`) therefore denies the pipeline. Attack / failure: the applier check
 * modelled the session with no MFA key, so that Deny never applied: the plan passed a
 * disable and a policy that locks the apply role out of PutKeyPolicy, and apply failed half
 * way (or, with bypass_policy_lockout_safety_check, left the key unmanageable).
 *
 * An applier named as an IAM user may call with long-term keys (no MFA key) or with
 * GetSessionToken credentials (`false`): a Deny on either reading counts (SPEC section 8).
 */
import { describe, expect, it } from 'vitest';
import { applierRequests } from '../../../core/plan/applier-request.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const ROLE = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const USER = `arn:aws:iam::${ACCOUNT}:user/deployer`;

function policyWith(applier: string, condition: PolicyStatement['Condition']): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Sid: 'Admin',
        Effect: 'Allow',
        Principal: { AWS: applier },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Sid: 'DenyWithoutMfa',
        Effect: 'Deny',
        Principal: '*',
        Action: ['kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'],
        Resource: '*',
        ...(condition === undefined ? {} : { Condition: condition }),
      },
    ],
  };
}

const BOOL_FALSE = { Bool: { 'aws:MultiFactorAuthPresent': 'false' } };
const KEY_ABSENT = { Null: { 'aws:MultiFactorAuthPresent': 'true' } };

/** The problem codes of disabling a live key under `policy`, applied by `applier`. */
function disableProblems(policy: KeyPolicyDocument, applier: string): string[] {
  const desired = desiredFrom(
    `  k:\n    state: disabled\n    policy:\n      document: ${JSON.stringify(policy)}\n`,
  );
  const live = liveState(desired, [liveFrom(keyNamed(desired, 'k'), { state: 'Enabled' })]);
  const changes = buildPlan(desired, live).changes;
  expect(changes.map((change) => change.action)).toContain('disable');
  return checkApplierAccess(changes, live, { applierFor: () => applier }).map(
    (problem) => problem.code,
  );
}

/** The problem codes of replacing a policy without the Deny by `policy`. */
function updateProblems(policy: KeyPolicyDocument, applier: string): string[] {
  const old: KeyPolicyDocument = { ...policy, Statement: policy.Statement.slice(0, 2) };
  const desired = desiredFrom(`  k:\n    policy:\n      document: ${JSON.stringify(policy)}\n`);
  const live = liveState(desired, [
    liveFrom(keyNamed(desired, 'k'), { policy: old, policyText: JSON.stringify(old) }),
  ]);
  const changes = buildPlan(desired, live).changes;
  expect(changes.map((change) => change.action)).toContain('update-policy');
  return checkApplierAccess(changes, live, { applierFor: () => applier }).map(
    (problem) => problem.code,
  );
}

describe('the apply role session carries aws:MultiFactorAuthPresent = false', () => {
  it('is evaluated as a session with MFA false', () => {
    expect(applierRequests(ROLE)).toEqual([
      {
        principal: `arn:aws:sts::${ACCOUNT}:assumed-role/kms-admin/kms-action-apply`,
        mfaPresent: false,
        keys: { 'aws:PrincipalArn': ROLE },
      },
    ]);
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/kms-admin/gha-123`;
    expect(applierRequests(session)).toEqual([{ principal: session, mfaPresent: false }]);
  });

  it('a disable behind Bool MFA false is flagged applier-denied', () => {
    expect(disableProblems(policyWith(ROLE, BOOL_FALSE), ROLE)).toContain('applier-denied');
  });

  it('a new policy whose Bool MFA false Deny covers PutKeyPolicy is a policy-lockout', () => {
    expect(updateProblems(policyWith(ROLE, BOOL_FALSE), ROLE)).toContain('policy-lockout');
  });

  it('a Deny that needs the MFA key absent does not catch a session (the key is present)', () => {
    expect(disableProblems(policyWith(ROLE, KEY_ABSENT), ROLE)).toEqual([]);
  });
});

describe('an applier named as an IAM user: the MFA key may be absent or false', () => {
  it('is evaluated both ways', () => {
    expect(applierRequests(USER)).toEqual([
      { principal: USER },
      { principal: USER, mfaPresent: false },
    ]);
  });

  it.each([
    ['Bool false (GetSessionToken credentials)', BOOL_FALSE],
    ['Null true (long-term access keys)', KEY_ABSENT],
    ['BoolIfExists false (both)', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }],
  ])('a Deny on %s counts', (_name, condition) => {
    expect(disableProblems(policyWith(USER, condition), USER)).toContain('applier-denied');
    expect(updateProblems(policyWith(USER, condition), USER)).toContain('policy-lockout');
  });

  it('a Deny that needs MFA does not', () => {
    const policy = policyWith(USER, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } });
    expect(disableProblems(policy, USER)).toEqual([]);
  });
});
