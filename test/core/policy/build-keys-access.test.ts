/**
 * `kms-action access` reads conditions on the key's own properties (KMS Developer Guide, "AWS
 * KMS condition keys", "Conditions for KMS keys used in API operations": kms:KeyOrigin,
 * kms:KeySpec, kms:KeyUsage, kms:MultiRegion, kms:MultiRegionKeyType are set in every request
 * on the key) with the values the manifest declares, for the key and for each replica.
 */
import { describe, expect, it } from 'vitest';
import { buildKeysAccess } from '../../../core/policy/build-keys-access.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom } from '../plan/plan-fixtures.ts';

const APP = `arn:aws:iam::${ACCOUNT}:role/app`;

function decrypt(keyYaml: string, condition: Record<string, string>) {
  const policy: KeyPolicyDocument = {
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
        Sid: 'App',
        Effect: 'Allow',
        Principal: { AWS: APP },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: condition },
      },
    ],
  };
  const desired = desiredFrom(
    `  k:\n${keyYaml}    policy:\n      document: ${JSON.stringify(policy)}\n`,
  );
  return buildKeysAccess(desired.keys).map(
    (key) =>
      key.entries.find((entry) => entry.principal === APP && entry.action === 'kms:Decrypt')
        ?.allowed,
  );
}

describe('buildKeysAccess: conditions on the key itself', () => {
  it('an Allow on the origin the key has applies, on another origin it does not', () => {
    expect(decrypt('', { 'kms:KeyOrigin': 'AWS_KMS' })).toEqual(['yes']);
    expect(decrypt('    origin: EXTERNAL\n', { 'kms:KeyOrigin': 'AWS_KMS' })).toEqual(['no']);
  });

  it('reads the key spec and usage', () => {
    expect(
      decrypt('', { 'kms:KeySpec': 'SYMMETRIC_DEFAULT', 'kms:KeyUsage': 'ENCRYPT_DECRYPT' }),
    ).toEqual(['yes']);
  });
});
