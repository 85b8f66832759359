import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../../core/manifest/read-manifest.ts';
import { buildAccessMatrix } from '../../../../core/policy/build-access-matrix.ts';
import { diffAccess } from '../../../../core/policy/diff-access.ts';
import type { KeyPolicyDocument } from '../../../../core/policy/types.ts';

const ACCOUNT = '111122223333';

function policy(services: string): KeyPolicyDocument {
  const text = `version: 1
keys:
  k:
    account: "${ACCOUNT}"
    region: us-east-1
    policy:
      users: [arn:aws:iam::${ACCOUNT}:role/app]
      services: [${services}]
`;
  const result = readManifest('kms.yaml', text, { repository: 'o/r', manifestPath: 'kms.yaml' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const document = result.desired.keys[0]?.policy?.document;
  if (document === undefined) throw new Error('no policy');
  return document;
}

describe('service principals in the access matrix and diff', () => {
  it('shows each service allowed only for the key account own resources (`source`)', () => {
    const matrix = buildAccessMatrix(
      policy('{ service: logs }, { service: cloudtrail, trails: [main] }, { service: ses }'),
      { account: ACCOUNT, partition: 'aws' },
    );
    const rows = matrix
      .filter((entry) => entry.principal.endsWith('.amazonaws.com') && entry.allowed !== 'no')
      .map(
        (entry) =>
          `${entry.principal} ${entry.action} ${entry.allowed} ${entry.requires.join('+')}`,
      );
    expect(rows).toEqual([
      'cloudtrail.amazonaws.com kms:GenerateDataKey conditional source',
      'cloudtrail.amazonaws.com kms:DescribeKey conditional source',
      'logs.us-east-1.amazonaws.com kms:Decrypt conditional source',
      'logs.us-east-1.amazonaws.com kms:Encrypt conditional source',
      'logs.us-east-1.amazonaws.com kms:GenerateDataKey conditional source',
      'logs.us-east-1.amazonaws.com kms:ReEncryptFrom conditional source',
      'logs.us-east-1.amazonaws.com kms:ReEncryptTo conditional source',
      'ses.amazonaws.com kms:GenerateDataKey conditional source',
    ]);
    // Never a plain yes: no service row is open to requests for other accounts' resources.
    expect(
      matrix.filter(
        (entry) => entry.principal.endsWith('.amazonaws.com') && entry.allowed === 'yes',
      ),
    ).toEqual([]);
  });

  it('shows an added service as the service principal gaining its actions', () => {
    const changes = diffAccess(
      policy('{ service: config }'),
      policy('{ service: config }, { service: sns }'),
      {
        account: ACCOUNT,
        partition: 'aws',
      },
    );
    expect(
      changes.map((change) => `${change.principal} ${change.action} ${change.change}`),
    ).toEqual([
      'sns.amazonaws.com kms:Decrypt gains',
      'sns.amazonaws.com kms:GenerateDataKey gains',
    ]);
  });
});
