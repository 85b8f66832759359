/**
 * `access --explain` names the statements behind a cell. A cell that is `conditional` because
 * a condition the matrix does not vary decides (`other_condition`: here `aws:SourceIp`) must
 * list that Allow as undecided with the key it depends on, never "no statement applies".
 */
import { describe, expect, it } from 'vitest';
import { explainAccess } from '../../../core/policy/explain-access.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';

describe('explainAccess of an other_condition cell', () => {
  it('lists the Allow whose condition decides as undecided', () => {
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
          Sid: 'Net',
          Effect: 'Allow',
          Principal: '*',
          Action: 'kms:Encrypt',
          Resource: '*',
          Condition: {
            IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
            StringEquals: { 'kms:CallerAccount': ACCOUNT },
          },
        },
      ],
    };
    const explanation = explainAccess(policy, '*', 'kms:Encrypt', {
      account: ACCOUNT,
      key: { partition: 'aws', account: ACCOUNT, region: 'us-east-1' },
    });
    expect(explanation.entry).toMatchObject({ allowed: 'conditional' });
    expect(explanation.entry.requires).toContain('other_condition');
    expect(explanation.statements).toContainEqual(
      expect.objectContaining({ sid: 'Net', role: 'undecided' }),
    );
  });
});
