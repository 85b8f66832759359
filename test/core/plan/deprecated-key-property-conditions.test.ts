/**
 * The evaluator is given the key's own properties (kms:KeyOrigin, kms:KeySpec, kms:KeyUsage,
 * kms:MultiRegion, kms:MultiRegionKeyType), and their deprecated twins kms:CustomerMasterKeySpec and kms:CustomerMasterKeyUsage, which KMS still
 * evaluates the same way: "Controls access to an API operation based on the
 * CustomerMasterKeySpec property of the CMK that is created by or used in the operation. Use
 * it to qualify authorization of the CreateKey operation or any operation that is authorized
 * for a CMK resource" (AWS KMS Developer Guide, "AWS KMS condition keys"; kept as
 * "kms:CustomerMasterKeySpec (deprecated)"). For PutKeyPolicy the evaluator reads them as
 * absent (the Service Authorization Reference lists them under CreateKey only), so a Deny of
 * everyone's PutKeyPolicy on a SIGN_VERIFY key written with the old name is not a lockout for
 * the plan, while the same Deny written with kms:KeyUsage is.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, liveState } from './plan-fixtures.ts';

const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;

function policyDenying(conditionKey: string): KeyPolicyDocument {
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
      { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
      {
        Sid: 'NoPolicyChangesOnSigningKeys',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:PutKeyPolicy',
        Resource: '*',
        Condition: { StringEquals: { [conditionKey]: 'SIGN_VERIFY' } },
      },
    ],
  };
}

function createProblems(conditionKey: string): string[] {
  const policy = policyDenying(conditionKey);
  const desired = desiredFrom(
    `  k:\n    key_spec: ECC_NIST_P256\n    key_usage: SIGN_VERIFY\n    policy:\n      document: ${JSON.stringify(policy)}\n`,
  );
  const live = liveState(desired, []);
  const changes = buildPlan(desired, live).changes;
  return checkApplierAccess(changes, live, { applierFor: () => ADMIN }).map(
    (problem) => problem.code,
  );
}

describe('key property conditions under their deprecated names', () => {
  it('kms:KeyUsage: the Deny locks out root and applier (control)', () => {
    expect(createProblems('kms:KeyUsage')).toContain('policy-lockout');
  });
  it('kms:CustomerMasterKeyUsage: the same Deny is a lockout too', () => {
    expect(createProblems('kms:CustomerMasterKeyUsage')).toContain('policy-lockout');
  });
});
