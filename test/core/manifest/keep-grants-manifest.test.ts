import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const ACCOUNT = '111122223333';

function read(keepDefaults: string, keepKey: string) {
  const text = `version: 1
defaults:
  account: "${ACCOUNT}"
  region: us-east-1
${keepDefaults}
principals:
  app: arn:aws:iam::${ACCOUNT}:role/app
  rds: rds.us-east-1.amazonaws.com
keys:
  data:
    description: data
${keepKey}
`;
  return readManifest('kms.yaml', text, { repository: 'acme/keys', manifestPath: 'kms.yaml' });
}

describe('keep_grants in the manifest', () => {
  it('resolves names, keeps the defaults first and marks where each rule comes from', () => {
    const result = read(
      `  keep_grants:\n    - { grantee: arn:aws:iam::${ACCOUNT}:role/aws:ec2-infrastructure, reason: EBS }`,
      '    keep_grants:\n      - { grantee: rds, reason: the orders database }\n      - { grantee: app, reason: batch jobs }',
    );
    if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
    expect(result.desired.keys[0]?.keepGrants).toEqual([
      {
        grantee: `arn:aws:iam::${ACCOUNT}:role/aws:ec2-infrastructure`,
        reason: 'EBS',
        source: 'defaults',
      },
      { grantee: 'rds.us-east-1.amazonaws.com', reason: 'the orders database', source: 'key' },
      { grantee: `arn:aws:iam::${ACCOUNT}:role/app`, reason: 'batch jobs', source: 'key' },
    ]);
  });

  it.each([
    [
      'a wildcard',
      '{ grantee: "arn:aws:iam::111122223333:role/*", reason: all roles }',
      'keep_grants/0/grantee',
    ],
    ['a pattern', '{ grantee: "*.amazonaws.com", reason: every service }', 'keep_grants/0/grantee'],
    ['no reason', '{ grantee: rds }', 'keep_grants/0'],
    ['a blank reason', '{ grantee: rds, reason: "  " }', 'keep_grants/0/reason'],
    ['an unknown name', '{ grantee: rdss, reason: typo }', 'keep_grants/0/grantee'],
    [
      'a grantee that is no principal',
      '{ grantee: "arn:aws:s3:::bucket", reason: no }',
      'keep_grants/0/grantee',
    ],
  ])('refuses %s, at the entry', (_what, entry, pointer) => {
    const result = read('', `    keep_grants:\n      - ${entry}`);
    expect(result.ok).toBe(false);
    expect((result.ok ? [] : result.problems).map((problem) => problem.path)).toContainEqual(
      expect.stringContaining(pointer),
    );
  });
});

describe('a principal name that passes for an AWS service principal', () => {
  // A keep rule `grantee: dynamodb.us-east-1.amazonaws.com` reads like the service in the
  // manifest diff; a principal of that name would make it keep another account's grants.
  it.each(['dynamodb.us-east-1.amazonaws.com', 'rds.amazonaws.com', 'x.amazonaws.com.cn'])(
    'is refused: %s',
    (name) => {
      const text = `version: 1
defaults: { account: "${ACCOUNT}", region: us-east-1 }
principals:
  ${name}: arn:aws:iam::999988887777:root
keys:
  data:
    description: data
    keep_grants: [{ grantee: ${name}, reason: tables }]
`;
      const result = readManifest('kms.yaml', text, {
        repository: 'acme/keys',
        manifestPath: 'kms.yaml',
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems[0]?.line).toBe(4);
      expect(result.problems[0]?.message).toContain('reads like an AWS service principal');
      expect(result.problems[0]?.hint).toContain('write the service principal itself');
    },
  );

  it('is allowed when it only mentions the service', () => {
    const result = readManifest(
      'kms.yaml',
      `version: 1
defaults: { account: "${ACCOUNT}", region: us-east-1 }
principals:
  amazonaws.com-reader: arn:aws:iam::${ACCOUNT}:role/reader
keys:
  data: { description: data }
`,
      { repository: 'acme/keys', manifestPath: 'kms.yaml' },
    );
    expect(result.ok).toBe(true);
  });
});
