/**
 * `import` writes a multi-Region key's replicas as Region strings when they have what the
 * key's entry gives them, and as `{ region, ... }` entries with only what differs otherwise;
 * the result compiles and plans no change for the replicas.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AccountKeys } from '../../../core/import/account-keys.ts';
import { buildImportManifest } from '../../../core/import/build-import-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestInput } from '../../../core/manifest/types.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { LiveKey } from '../../../core/plan/live-state.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';

const ACCOUNT = '111122223333';
const ID = 'mrk-1234abcd12ab34cd56ef1234567890ab';
const arnIn = (region: string) => `arn:aws:kms:${region}:${ACCOUNT}:key/${ID}`;
const policyIn = (region: string) =>
  generateKeyPolicy(
    {
      admins: [`arn:aws:iam::${ACCOUNT}:role/kms-admin`],
      users: [`arn:aws:iam::${ACCOUNT}:role/app`],
      viaService: ['s3'],
      encryptionContext: {},
      crossAccount: [],
      requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
    },
    { account: ACCOUNT, region, multiRegion: true },
  );
const configuration = {
  primary: { arn: arnIn('us-east-1'), region: 'us-east-1' },
  replicas: [
    { arn: arnIn('ap-southeast-2'), region: 'ap-southeast-2' },
    { arn: arnIn('eu-west-1'), region: 'eu-west-1' },
  ],
};

function liveIn(region: string, fields: Partial<LiveKey> = {}): LiveKey {
  return {
    arn: arnIn(region),
    id: ID,
    account: ACCOUNT,
    region,
    description: 'global data',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: true,
    multiRegionConfiguration: {
      type: region === 'us-east-1' ? 'PRIMARY' : 'REPLICA',
      ...configuration,
    },
    rotation: region === 'us-east-1' ? { enabled: true, periodInDays: 365 } : undefined,
    policy: policyIn(region),
    policyText: JSON.stringify(policyIn(region)),
    tags: { Team: 'data' },
    aliases: [],
    grants: region === 'us-east-1' ? [] : undefined,
    ownership: undefined,
    ...fields,
  };
}

const alias = (name: string, region: string) => ({
  name,
  arn: `arn:aws:kms:${region}:${ACCOUNT}:${name}`,
  targetKeyId: ID,
});

describe('import of a multi-Region key with replicas', () => {
  const primary = liveIn('us-east-1', { aliases: [alias('alias/global', 'us-east-1')] });
  const sydney = liveIn('ap-southeast-2');
  const ireland = liveIn('eu-west-1', {
    description: 'global data - Ireland',
    state: 'Disabled',
    tags: { Team: 'data', Site: 'dub' },
    aliases: [alias('alias/global-eu', 'eu-west-1')],
    policy: policyIn('us-east-1'),
  });
  const listing: AccountKeys = {
    account: ACCOUNT,
    region: 'us-east-1',
    partition: 'aws',
    keys: [primary],
    awsManaged: [],
    aliases: primary.aliases,
    replicas: [sydney, ireland],
  };
  const result = buildImportManifest(listing, {
    repository: 'acme/keys',
    manifestPath: 'kms.yaml',
    accountName: 'production',
  });
  const written = parse(result.yaml) as ManifestInput;
  const entry = Object.values(written.keys)[0];

  it('writes the Region alone for a replica as its key, and only what differs for the other', () => {
    expect(entry?.replicas).toEqual([
      'ap-southeast-2',
      {
        region: 'eu-west-1',
        description: 'global data - Ireland',
        // Its policy is the key's generated for us-east-1, not for eu-west-1: written raw.
        policy: { document: JSON.parse(JSON.stringify(policyIn('us-east-1'))) as unknown },
        tags: { Site: 'dub' },
        aliases: ['alias/global-eu'],
        state: 'disabled',
      },
    ]);
  });

  it('compiles, and plans no change to the replicas but the adoption', () => {
    const compiled = readManifest('kms.yaml', result.yaml, {
      repository: 'acme/keys',
      manifestPath: 'kms.yaml',
    });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const plan = buildPlan(compiled.desired, {
      owner: compiled.desired.owner,
      owned: [],
      adopted: [
        { name: Object.keys(written.keys)[0] ?? '', arn: primary.arn, found: true, key: primary },
      ],
      foreign: [],
      regions: [
        { account: ACCOUNT, region: 'us-east-1', discovery: 'list-keys', aliases: primary.aliases },
        { account: ACCOUNT, region: 'eu-west-1', discovery: 'replicas', aliases: ireland.aliases },
        { account: ACCOUNT, region: 'ap-southeast-2', discovery: 'replicas', aliases: [] },
      ],
      replicas: [sydney, ireland],
    });
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => `${change.address} ${change.action}`)).toEqual([
      `key.${Object.keys(written.keys)[0] ?? ''} adopt`,
    ]);
  });
});

describe('import of a multi-Region key whose replica has a grant', () => {
  it('says the first plan revokes the replica grant (a replica declares no grants)', () => {
    const primary = liveIn('us-east-1');
    const ireland = liveIn('eu-west-1', {
      grants: [
        {
          grantId: 'g1',
          name: 'ebs',
          granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/app`,
          operations: ['Decrypt'],
        },
      ],
    });
    const result = buildImportManifest(
      {
        account: ACCOUNT,
        region: 'us-east-1',
        partition: 'aws',
        keys: [primary],
        awsManaged: [],
        aliases: [],
        replicas: [liveIn('ap-southeast-2'), ireland],
      },
      { repository: 'acme/keys', manifestPath: 'kms.yaml', accountName: 'production' },
    );
    expect(result.keys[0]?.planNotes).toEqual([
      expect.stringMatching(
        /^grant ebs on the eu-west-1 replica to arn:aws:iam::111122223333:role\/app \(Decrypt\): .*undeclared grant to revoke \(destructive, held back without --allow-destructive\)/,
      ),
    ]);
  });
});
