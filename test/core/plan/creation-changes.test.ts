/**
 * The access diff of a key the plan creates is computed for that key: its partition, account
 * and Region (SPEC section 8: "a statement applies only where its Resource can match the
 * key's ARN (partition, account and Region are always known)"; KMS Developer Guide, "Key
 * policies": a statement applies to the key its Resource ARN matches) and the actions its key
 * usage allows (KMS Developer Guide, "Key spec reference": an asymmetric SIGN_VERIFY key signs
 * and verifies, an HMAC key generates and verifies MACs), as `kms-action access` does.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { AccessChange } from '../../../core/policy/diff-access.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, liveState } from './plan-fixtures.ts';

const ROOT = {
  Sid: 'Root',
  Effect: 'Allow' as const,
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

function createdAccess(keyYaml: string, policy: KeyPolicyDocument): AccessChange[] {
  const desired = desiredFrom(
    `  k:\n${keyYaml}    policy:\n      document: ${JSON.stringify(policy)}\n`,
  );
  const create = buildPlan(desired, liveState(desired, [])).changes.find(
    (c) => c.action === 'create',
  );
  if (create?.action !== 'create') throw new Error('no create change');
  return create.access;
}

describe('access diff of a created key', () => {
  it("reads a Resource naming the key's Region: the Allow applies and so does the Deny", () => {
    const app = `arn:aws:iam::${ACCOUNT}:role/app`;
    const resource = `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`;
    const access = createdAccess('', {
      Version: '2012-10-17',
      Statement: [
        ROOT,
        {
          Sid: 'App',
          Effect: 'Allow',
          Principal: { AWS: app },
          Action: ['kms:Decrypt', 'kms:Encrypt'],
          Resource: resource,
        },
        {
          Sid: 'NoEncrypt',
          Effect: 'Deny',
          Principal: { AWS: app },
          Action: 'kms:Encrypt',
          Resource: resource,
        },
      ],
    });
    expect(
      access.find((a) => a.principal === app && a.action === 'kms:Decrypt')?.after.allowed,
    ).toBe('yes');
    // The Deny takes it away: not even the root's delegation to IAM gives it.
    expect(access.find((a) => a.principal === app && a.action === 'kms:Encrypt')).toBeUndefined();
  });

  it('reads a Resource of another Region as not naming the key', () => {
    const app = `arn:aws:iam::${ACCOUNT}:role/app`;
    const access = createdAccess('', {
      Version: '2012-10-17',
      Statement: [
        ROOT,
        {
          Sid: 'App',
          Effect: 'Allow',
          Principal: { AWS: app },
          Action: 'kms:Decrypt',
          Resource: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`,
        },
      ],
    });
    // It keeps only what the account root's Allow delegates to IAM.
    expect(access.filter((a) => a.principal === app && a.after.allowed !== 'no')).toEqual([]);
  });

  it("reads the key's partition: an aws-cn key is not named by an aws Resource", () => {
    const app = `arn:aws-cn:iam::${ACCOUNT}:role/app`;
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { ...ROOT, Principal: { AWS: `arn:aws-cn:iam::${ACCOUNT}:root` } },
        {
          Sid: 'Cn',
          Effect: 'Allow',
          Principal: { AWS: app },
          Action: 'kms:Decrypt',
          Resource: `arn:aws-cn:kms:cn-north-1:${ACCOUNT}:key/*`,
        },
        {
          Sid: 'Aws',
          Effect: 'Allow',
          Principal: { AWS: app },
          Action: 'kms:Encrypt',
          Resource: `arn:aws:kms:cn-north-1:${ACCOUNT}:key/*`,
        },
      ],
    };
    const access = createdAccess('    region: cn-north-1\n', policy);
    const allowed = access.filter((a) => a.principal === app && a.after.allowed === 'yes');
    expect(allowed.map((a) => a.action)).toEqual(['kms:Decrypt']);
  });

  it("shows the actions of the key's usage: a SIGN_VERIFY key's kms:Sign", () => {
    const signer = 'arn:aws:iam::444455556666:role/signer';
    const access = createdAccess('    key_spec: RSA_2048\n    key_usage: SIGN_VERIFY\n', {
      Version: '2012-10-17',
      Statement: [
        ROOT,
        {
          Sid: 'Signer',
          Effect: 'Allow',
          Principal: { AWS: signer },
          Action: 'kms:Sign',
          Resource: '*',
        },
      ],
    });
    expect(access.filter((a) => a.principal === signer).map((a) => a.action)).toContain('kms:Sign');
  });

  // KMS Developer Guide, "AWS KMS condition keys": kms:KeyOrigin and the other key properties
  // are in every request on the key; the manifest knows their values.
  it("reads a condition on the key's properties with the new key's values", () => {
    const app = `arn:aws:iam::${ACCOUNT}:role/app`;
    const access = createdAccess('', {
      Version: '2012-10-17',
      Statement: [
        ROOT,
        {
          Sid: 'AppIfAwsKms',
          Effect: 'Allow',
          Principal: { AWS: app },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringEquals: { 'kms:KeyOrigin': 'AWS_KMS', 'kms:MultiRegion': 'false' } },
        },
      ],
    });
    expect(access.find((a) => a.principal === app && a.action === 'kms:Decrypt')?.after).toEqual({
      allowed: 'yes',
      requires: [],
      delegated_to_iam: true,
    });
  });
});
