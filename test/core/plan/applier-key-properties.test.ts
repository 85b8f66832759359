/**
 * Every request on a key carries the key's own properties (KMS Developer Guide, "AWS KMS
 * condition keys": kms:KeyOrigin, kms:KeySpec, kms:KeyUsage, kms:MultiRegion,
 * kms:MultiRegionKeyType), and the plan knows them for a live key and for one it creates. A
 * Deny scoped to other keys (`kms:KeyOrigin` EXTERNAL on a key of AWS_KMS material) does not
 * stop the applier or the root; one scoped to this key's properties does. Unknown, such a Deny
 * counted under the lockout stance and blocked a sound policy with `policy-lockout`.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const ROLE = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;

function policyDenying(origin: string): KeyPolicyDocument {
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
      { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:*', Resource: '*' },
      {
        Sid: 'DenyByOrigin',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:PutKeyPolicy',
        Resource: '*',
        Condition: { StringEquals: { 'kms:KeyOrigin': origin } },
      },
    ],
  };
}

function updateProblems(policy: KeyPolicyDocument): string[] {
  const old: KeyPolicyDocument = { ...policy, Statement: policy.Statement.slice(0, 2) };
  const desired = desiredFrom(`  k:\n    policy:\n      document: ${JSON.stringify(policy)}\n`);
  const live = liveState(desired, [
    liveFrom(keyNamed(desired, 'k'), { policy: old, policyText: JSON.stringify(old) }),
  ]);
  const changes = buildPlan(desired, live).changes;
  return checkApplierAccess(changes, live, { applierFor: () => ROLE }).map(
    (problem) => problem.code,
  );
}

function createProblems(policy: KeyPolicyDocument): string[] {
  const desired = desiredFrom(`  k:\n    policy:\n      document: ${JSON.stringify(policy)}\n`);
  const live = liveState(desired, []);
  const changes = buildPlan(desired, live).changes;
  expect(changes.map((change) => change.action)).toContain('create');
  return checkApplierAccess(changes, live, { applierFor: () => ROLE }).map(
    (problem) => problem.code,
  );
}

describe("the applier and lockout checks know the key's own properties", () => {
  it('a Deny on another key origin does not lock out a live AWS_KMS key', () => {
    expect(updateProblems(policyDenying('EXTERNAL'))).toEqual([]);
  });

  it('a Deny on this key origin does', () => {
    expect(updateProblems(policyDenying('AWS_KMS'))).toContain('policy-lockout');
  });

  it('the same for a key the plan creates', () => {
    expect(createProblems(policyDenying('EXTERNAL'))).toEqual([]);
    expect(createProblems(policyDenying('AWS_KMS'))).toContain('policy-lockout');
  });
});
