/**
 * A role session always carries aws:MultiFactorAuthPresent (`false` without MFA; IAM User
 * Guide, "AWS global condition context keys": the key is absent only for long-term access
 * keys), as the applier check and lint read it. The access matrix tried a role row with the
 * key absent as well. Under the plain
 * `Bool aws:MultiFactorAuthPresent false` guard this yields `conditional` with an empty
 * `requires` for the admin role's ScheduleKeyDeletion: by docs/json-output.md ("allowed only
 * when every item of `requires` holds") that reads as allowed always, while no session of the
 * role gets through without MFA.
 */
import { describe, expect, it } from 'vitest';
import { buildAccessMatrix } from '../../../core/policy/build-access-matrix.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;

describe('matrix: a role row under a Bool MFA-false guard', () => {
  it('requires mfa', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Admin',
          Effect: 'Allow',
          Principal: { AWS: ADMIN },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'Guard',
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    };
    const cell = buildAccessMatrix(policy, {
      account: ACCOUNT,
      key: { partition: 'aws', account: ACCOUNT, region: 'us-east-1' },
    }).find((entry) => entry.principal === ADMIN && entry.action === 'kms:ScheduleKeyDeletion');
    expect(cell).toMatchObject({ allowed: 'conditional', requires: ['mfa'] });
  });
});
