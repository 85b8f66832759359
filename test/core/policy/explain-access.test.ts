/**
 * `access --explain` reads a condition on the key itself (KMS Developer Guide, "AWS KMS
 * condition keys", "Conditions for KMS keys used in API operations": kms:KeyOrigin is in every
 * request on the key) with the key's values, as the cell it explains does: a Deny of keys of
 * another origin does not apply to this AWS_KMS key and is not listed as denying.
 */
import { describe, expect, it } from 'vitest';
import { explainAccess } from '../../../core/policy/explain-access.ts';
import { keyPropertyConditions } from '../../../core/policy/key-property-conditions.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;

describe('explainAccess: conditions on the key itself', () => {
  it('lists the Allow on the key origin as allowing, not the Deny of other origins', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OnlyAwsKmsKeys',
          Effect: 'Deny',
          Principal: '*',
          Action: 'kms:*',
          Resource: '*',
          Condition: { StringNotEquals: { 'kms:KeyOrigin': 'AWS_KMS' } },
        },
        {
          Sid: 'AppIfAwsKms',
          Effect: 'Allow',
          Principal: { AWS: APP },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: {
            StringEquals: { 'kms:KeyOrigin': 'AWS_KMS', 'kms:KeySpec': 'SYMMETRIC_DEFAULT' },
          },
        },
      ],
    };
    const explanation = explainAccess(policy, APP, 'kms:Decrypt', {
      account: ACCOUNT,
      key: { partition: 'aws', account: ACCOUNT, region: 'us-east-1' },
      keyProperties: keyPropertyConditions({
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        origin: 'AWS_KMS',
        multiRegion: false,
      }),
    });
    expect(explanation.entry.allowed).toBe('yes');
    expect(explanation.statements.map(({ sid, role }) => ({ sid, role }))).toEqual([
      { sid: 'AppIfAwsKms', role: 'allows' },
    ]);
  });
});
