import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;

/**
 * Under 32 KB, an access matrix past MAX_ACCESS_MATRIX_WORK: 60 wildcard statements whose
 * conditions read every request property the matrix varies, and 1,000 account rows.
 */
function hostilePolicy(extra: PolicyStatement[] = []): KeyPolicyDocument {
  const conditioned = Array.from({ length: 60 }, (_, index): PolicyStatement => ({
    Effect: 'Allow',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: {
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      StringEquals: {
        'kms:EncryptionContext:a': String(index),
        'kms:ViaService': 's3.us-east-1.amazonaws.com',
      },
    },
  }));
  const accounts = Array.from({ length: 1000 }, (_, index) => String(200000000000 + index));
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
      { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
      ...conditioned,
      { Effect: 'Allow', Principal: { AWS: accounts }, Action: 'kms:Decrypt', Resource: '*' },
      ...extra,
    ],
  };
}

function manifestWith(policy: KeyPolicyDocument): string {
  return `  app:\n    policy:\n      document: ${JSON.stringify(policy)}\n`;
}

const applierFor = (): string => ADMIN;

describe('plan of a policy too large for the access matrix', () => {
  it('notes a new key whose access was not computed, and still checks lockout', () => {
    const policy = hostilePolicy([
      { Sid: 'NoOne', Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', Resource: '*' },
    ]);
    expect(JSON.stringify(policy).length).toBeLessThan(32_768);
    const desired = desiredFrom(manifestWith(policy));
    const plan = buildPlan(desired, liveState(desired, []), { applierFor });
    const create = plan.changes.find((change) => change.action === 'create');
    expect(create?.note).toMatch(/who gains or loses access was not computed: .*too large/);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'policy-lockout',
        message: expect.stringContaining('the account root'),
      }),
    ]);
  });

  it('plans a new key whose access was not computed as disruptive, never safe, even naming only its own account', () => {
    // No principal of another account: nothing for the widening check to see, so only the
    // unknown access keeps the creation from counting as safe.
    const conditioned = Array.from({ length: 60 }, (_, index): PolicyStatement => ({
      Effect: 'Allow',
      Principal: { AWS: ACCOUNT },
      Action: 'kms:*',
      Resource: '*',
      Condition: {
        Bool: { 'aws:MultiFactorAuthPresent': 'true' },
        StringEquals: {
          'kms:EncryptionContext:a': String(index),
          'kms:ViaService': 's3.us-east-1.amazonaws.com',
        },
      },
    }));
    const roles = Array.from(
      { length: 300 },
      (_, index) => `arn:aws:iam::${ACCOUNT}:role/r${String(index)}`,
    );
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'Admin',
          Effect: 'Allow',
          Principal: { AWS: ADMIN },
          Action: 'kms:*',
          Resource: '*',
        },
        ...conditioned,
        {
          Sid: 'Users',
          Effect: 'Allow',
          Principal: { AWS: roles },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ],
    };
    expect(JSON.stringify(policy).length).toBeLessThan(32_768);
    const desired = desiredFrom(manifestWith(policy));
    const plan = buildPlan(desired, liveState(desired, []), { applierFor });
    const create = plan.changes.find((change) => change.action === 'create');
    expect(create?.note).toMatch(/who gains or loses access was not computed/);
    expect(create).toMatchObject({ risk: 'disruptive', access: [] });
  });

  it('plans a policy update whose access was not computed as disruptive, never safe', () => {
    const before = desiredFrom(`  app:\n    policy: { admins: [admin] }\n`);
    const desired = desiredFrom(manifestWith(hostilePolicy()));
    const live = liveState(desired, [liveFrom(keyNamed(before, 'app'))]);
    const plan = buildPlan(desired, live, { applierFor });
    const update = plan.changes.find((change) => change.action === 'update-policy');
    expect(update).toMatchObject({ risk: 'disruptive', access: [] });
    expect(update?.note).toMatch(/review the policy JSON diff/);
  });
});
