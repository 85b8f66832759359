/**
 * Import writes `keep_grants` for the grants AWS services made (grantees AWS operates) instead
 * of declaring them or leaving them to be revoked, and the manifest it writes plans no
 * revocation of them.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AccountKeys } from '../../../core/import/account-keys.ts';
import { buildImportManifest } from '../../../core/import/build-import-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestInput } from '../../../core/manifest/types.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { LiveGrant, LiveKey } from '../../../core/plan/live-state.ts';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const ID = '00000001-0000-4000-8000-000000000000';
const ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${ID}`;
const OPTIONS = { repository: 'acme/keys', manifestPath: 'kms.yaml', accountName: 'production' };

const ebs = (instance: string): LiveGrant => ({
  grantId: `g-${instance}`,
  name: '0d8aa621-43ef-4657-b29c-3752c41dc132',
  granteePrincipal: `arn:aws:sts::${ACCOUNT}:assumed-role/aws:ec2-infrastructure/${instance}`,
  retiringPrincipal: `ec2.${REGION}.amazonaws.com`,
  operations: ['Decrypt'],
  encryptionContextSubset: { 'aws:ebs:id': `vol-${instance}` },
});
const TABLE: LiveGrant = {
  grantId: 'g-table',
  name: '8276b9a6-6cf0-46f1-b2f0-7993a7f8c89a',
  granteePrincipal: `dynamodb.${REGION}.amazonaws.com`,
  retiringPrincipal: `dynamodb.${REGION}.amazonaws.com`,
  operations: ['Decrypt', 'Encrypt', 'GenerateDataKey'],
};
const BATCH: LiveGrant = {
  grantId: 'g-batch',
  name: 'batch',
  granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/batch`,
  operations: ['Decrypt'],
};

const key: LiveKey = {
  arn: ARN,
  id: ID,
  account: ACCOUNT,
  region: REGION,
  description: 'data',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  keyManager: 'CUSTOMER',
  origin: 'AWS_KMS',
  state: 'Enabled',
  multiRegion: false,
  rotation: { enabled: true, periodInDays: 365 },
  policy: undefined,
  policyText: undefined,
  tags: {},
  aliases: [],
  grants: [ebs('i-1'), ebs('i-2'), TABLE, BATCH],
  ownership: undefined,
};
const listing: AccountKeys = {
  account: ACCOUNT,
  region: REGION,
  partition: 'aws',
  keys: [key],
  awsManaged: [],
  aliases: [],
};

describe('import and the grants AWS services made', () => {
  const result = buildImportManifest(listing, OPTIONS);
  const manifest = parse(result.yaml) as ManifestInput;
  const entry = Object.values(manifest.keys)[0];

  it('writes one keep_grants entry per AWS-operated grantee, EC2 instance sessions as their role', () => {
    expect(entry?.keep_grants?.map((rule) => rule.grantee)).toEqual([
      `arn:aws:iam::${ACCOUNT}:role/aws:ec2-infrastructure`,
      `dynamodb.${REGION}.amazonaws.com`,
    ]);
    expect(entry?.keep_grants?.[0]?.reason).toMatch(/^imported: 2 live grants/);
  });

  it('declares the other grants as before, and no AWS grant', () => {
    expect(entry?.grants?.map((grant) => grant.name)).toEqual(['batch']);
    expect(Object.values(manifest.principals ?? {})).not.toContainEqual(
      expect.stringContaining('aws:ec2-infrastructure'),
    );
  });

  it('the manifest it writes is valid and plans no revocation of the kept grants', () => {
    const read = readManifest('kms.yaml', result.yaml, {
      repository: 'acme/keys',
      manifestPath: 'kms.yaml',
    });
    if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
    const plan = buildPlan(read.desired, {
      owner: read.desired.owner,
      owned: [],
      adopted: [{ name: Object.keys(manifest.keys)[0] ?? '', arn: ARN, found: true, key }],
      foreign: [],
      regions: [{ account: ACCOUNT, region: REGION, discovery: 'tagging-api', aliases: [] }],
    });
    expect(plan.changes.filter((change) => change.action === 'revoke-grant')).toEqual([]);
    expect(plan.keptGrants?.map((kept) => kept.grantId).sort()).toEqual([
      'g-i-1',
      'g-i-2',
      'g-table',
    ]);
  });
});

describe('import and the grants AWS operates for another account', () => {
  const OTHER = '999988887777';
  const partnerEbs: LiveGrant = {
    ...ebs('i-9'),
    grantId: 'g-partner',
    granteePrincipal: `arn:aws:sts::${OTHER}:assumed-role/aws:ec2-infrastructure/i-9`,
  };
  const foreignLogs: LiveGrant = {
    grantId: 'g-logs',
    name: 'logs',
    granteePrincipal: `logs.${REGION}.amazonaws.com`,
    retiringPrincipal: `logs.${REGION}.amazonaws.com`,
    operations: ['Decrypt'],
    sourceArn: `arn:aws:logs:${REGION}:${OTHER}:log-group:theirs`,
  };
  const result = buildImportManifest(
    { ...listing, keys: [{ ...key, grants: [ebs('i-1'), partnerEbs, foreignLogs] }] },
    OPTIONS,
  );
  const entry = Object.values((parse(result.yaml) as ManifestInput).keys)[0];

  it('writes no keep rule that would keep them: the plan lists them to revoke', () => {
    expect(entry?.keep_grants?.map((rule) => rule.grantee)).toEqual([
      `arn:aws:iam::${ACCOUNT}:role/aws:ec2-infrastructure`,
    ]);
    expect(result.yaml).toContain(
      `grant 0d8aa621-43ef-4657-b29c-3752c41dc132 to ${partnerEbs.granteePrincipal}`,
    );
    expect(result.yaml).toContain('# plan: grant logs to logs.us-east-1.amazonaws.com');
  });
});
