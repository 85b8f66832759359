/**
 * A policy generated from an intent using the fields of issue 15 (services, user groups,
 * organisations) imports back as that intent, every statement generated: the manifest
 * `import` writes compiles to a policy of the same meaning, with no extra statement.
 */
import { describe, expect, it } from 'vitest';
import { buildImportManifest } from '../../../core/import/build-import-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { LiveKey } from '../../../core/plan/live-state.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import { policiesEquivalent } from '../../../core/policy/policies-equivalent.ts';
import type { ResolvedPolicyIntent } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const OPTIONS = { repository: 'acme/keys', manifestPath: 'kms.yaml', accountName: 'production' };
const role = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const base: ResolvedPolicyIntent = {
  admins: [role('kms-admin')],
  users: [],
  viaService: [],
  encryptionContext: {},
  crossAccount: [],
  requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
};

function importOne(
  intent: ResolvedPolicyIntent,
  keySpec = 'SYMMETRIC_DEFAULT',
  keyUsage = 'ENCRYPT_DECRYPT',
) {
  const policy = generateKeyPolicy(intent, { account: ACCOUNT, region: REGION, keySpec, keyUsage });
  const id = '1234abcd-12ab-34cd-56ef-1234567890ab';
  const key: LiveKey = {
    arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`,
    id,
    account: ACCOUNT,
    region: REGION,
    description: 'imported',
    keySpec,
    keyUsage,
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: false,
    rotation: undefined,
    policy,
    policyText: JSON.stringify(policy),
    tags: {},
    aliases: [],
    grants: [],
    ownership: undefined,
  };
  const imported = buildImportManifest(
    {
      account: ACCOUNT,
      region: REGION,
      partition: 'aws',
      keys: [key],
      awsManaged: [],
      aliases: [],
    },
    OPTIONS,
  );
  const read = readManifest('kms.yaml', imported.yaml, OPTIONS);
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  const compiled = read.desired.keys[0]?.policy?.document;
  return {
    written: Object.values(imported.manifest.keys)[0]?.policy,
    sameMeaning: compiled !== undefined && policiesEquivalent(compiled, policy),
  };
}

describe('import of the intent fields of issue 15', () => {
  it.each<[string, Partial<ResolvedPolicyIntent>, Record<string, unknown>]>([
    [
      'services with their sources',
      {
        services: [
          { service: 'cloudtrail', sources: [`arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org`] },
          {
            service: 'logs',
            sources: [`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/orders`],
          },
          { service: 'sns', sources: [`arn:aws:sns:${REGION}:${ACCOUNT}:orders`] },
          { service: 'config', sources: [] },
          { service: 'autoscaling', sources: [], roleSuffix: 'batch' },
        ],
      },
      {
        services: [
          { service: 'autoscaling', role_suffix: 'batch' },
          { service: 'cloudtrail', trails: [`arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org`] },
          { service: 'config' },
          { service: 'logs', log_groups: ['/aws/lambda/orders'] },
          { service: 'sns', source_arns: [`arn:aws:sns:${REGION}:${ACCOUNT}:orders`] },
        ],
      },
    ],
    [
      'a decrypt-only user group next to users',
      {
        users: [role('app')],
        userGroups: [{ principals: [role('reader')], actions: ['kms:Decrypt', 'kms:DescribeKey'] }],
      },
      { users: ['app', { principals: ['reader'], actions: ['Decrypt', 'DescribeKey'] }] },
    ],
    ['an organisation', { organization: { id: 'o-a1b2c3d4e5' } }, { organization: 'o-a1b2c3d4e5' }],
    [
      'organisational units narrowed to decrypt',
      {
        organization: {
          paths: ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'],
          actions: ['kms:Decrypt'],
        },
      },
      {
        organization: { paths: ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'], actions: ['Decrypt'] },
      },
    ],
  ])('%s', (_case, fields, expected) => {
    const { written, sameMeaning } = importOne({ ...base, ...fields });
    expect(written).toEqual({ admins: ['kms-admin'], ...expected });
    expect(sameMeaning).toBe(true);
  });

  it('a verify-only group of a signing key', () => {
    const { written, sameMeaning } = importOne(
      {
        ...base,
        users: [role('signer')],
        userGroups: [
          { principals: [role('verifier')], actions: ['kms:GetPublicKey', 'kms:Verify'] },
        ],
      },
      'ECC_NIST_P256',
      'SIGN_VERIFY',
    );
    expect(written).toEqual({
      admins: ['kms-admin'],
      users: ['signer', { principals: ['verifier'], actions: ['GetPublicKey', 'Verify'] }],
    });
    expect(sameMeaning).toBe(true);
  });
});
