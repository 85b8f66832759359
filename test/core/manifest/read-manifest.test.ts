import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesiredKey, DesiredState } from '../../../core/manifest/desired-state.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };
const EXAMPLE = readFileSync(new URL('../../../examples/kms.yaml', import.meta.url), 'utf8');

const PREAMBLE = `version: 1
defaults:
  region: us-east-1
  rotation: { enabled: true, period_in_days: 365 }
  deletion_window_in_days: 30
  tags: { ManagedBy: kms-action, CostCenter: platform }
  policy:
    admins: [kms-admin]
    via_service: [s3]
accounts:
  production: '111122223333'
  staging: '444455556666'
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  s3-app: arn:aws:iam::111122223333:role/app-s3
  partner: arn:aws:iam::222222222222:role/AppRole
`;

function compile(text: string | Uint8Array): DesiredState {
  const result = readManifest('kms.yaml', text, OPTIONS);
  if (!result.ok) {
    throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  }
  return result.desired;
}

function key(desired: DesiredState, name: string): DesiredKey {
  const found = desired.keys.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no key ${name}`);
  return found;
}

describe('readManifest on valid manifests', () => {
  it('compiles examples/kms.yaml into one desired key per entry', () => {
    const desired = compile(EXAMPLE);

    expect(desired.keys.map((k) => k.name)).toEqual([
      'prod-s3',
      'prod-rds',
      'prod-payments',
      'staging-s3',
    ]);
    expect(key(desired, 'prod-s3')).toMatchObject({
      account: '111122223333',
      region: 'us-east-1',
      environment: 'production',
      service: 's3',
      aliases: ['alias/prod-s3-encryption'],
      state: 'enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      rotation: { enabled: true, periodInDays: 180 },
      deletionWindowInDays: 30,
    });
    expect(key(desired, 'staging-s3')).toMatchObject({
      account: '444455556666',
      deletionWindowInDays: 7,
    });
  });

  it('merges default tags name by name, the key winning on a clash', () => {
    const desired = compile(`${PREAMBLE}keys:
  prod-s3:
    account: production
    tags: { CostCenter: storage, DataClassification: confidential }
`);

    expect(key(desired, 'prod-s3').tags).toMatchObject({
      ManagedBy: 'kms-action',
      CostCenter: 'storage',
      DataClassification: 'confidential',
    });
  });

  it('merges the default policy field by field into a key that uses the intent form', () => {
    const desired = compile(`${PREAMBLE}keys:
  prod-s3:
    account: production
    policy:
      users: [s3-app]
  prod-rds:
    account: production
    policy:
      users: [s3-app]
      via_service: [rds]
`);

    const s3 = key(desired, 'prod-s3').policy;
    const rds = key(desired, 'prod-rds').policy;
    expect(s3?.kind).toBe('intent');
    expect(s3?.kind === 'intent' ? s3.intent : undefined).toMatchObject({
      admins: ['arn:aws:iam::111122223333:role/kms-admin'],
      users: ['arn:aws:iam::111122223333:role/app-s3'],
      viaService: ['s3'],
    });
    expect(rds?.kind === 'intent' ? rds.intent.viaService : undefined).toEqual(['rds']);
  });

  it('leaves the policy unmanaged when a key declares none, and takes a raw document as is', () => {
    const desired = compile(`${PREAMBLE}keys:
  unmanaged:
    account: production
  raw:
    account: production
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" }
`);

    expect(key(desired, 'unmanaged').policy).toBeUndefined();
    expect(key(desired, 'raw').policy).toEqual({
      kind: 'document',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      },
    });
  });

  it('merges rotation: the key overrides the period, the default supplies enabled', () => {
    const desired = compile(`${PREAMBLE}keys:
  own-period:
    account: production
    rotation: { period_in_days: 90 }
  defaults-only:
    account: production
  disabled:
    account: production
    rotation: { enabled: false }
  signer:
    account: production
    key_spec: ECC_NIST_P256
    key_usage: SIGN_VERIFY
`);

    expect(key(desired, 'own-period').rotation).toEqual({ enabled: true, periodInDays: 90 });
    expect(key(desired, 'defaults-only').rotation).toEqual({ enabled: true, periodInDays: 365 });
    expect(key(desired, 'disabled').rotation).toEqual({ enabled: false, periodInDays: 365 });
    // Asymmetric keys never rotate automatically; the default does not force it on them.
    expect(key(desired, 'signer').rotation.enabled).toBe(false);
  });

  it('resolves account and principal names, and accepts ids and ARNs written inline', () => {
    const desired = compile(`${PREAMBLE}keys:
  by-name:
    account: staging
    policy:
      users: [s3-app]
      cross_account:
        - { principal: partner, actions: [decrypt, kms:DescribeKey] }
  by-id:
    account: '999988887777'
    policy:
      users: [arn:aws:iam::999988887777:role/inline]
    grants:
      - { name: ebs, grantee: s3-app, operations: [Decrypt] }
`);

    const byName = key(desired, 'by-name');
    expect(byName.account).toBe('444455556666');
    expect(byName.policy?.kind === 'intent' ? byName.policy.intent : undefined).toMatchObject({
      users: ['arn:aws:iam::111122223333:role/app-s3'],
      crossAccount: [
        {
          principal: 'arn:aws:iam::222222222222:role/AppRole',
          actions: ['kms:Decrypt', 'kms:DescribeKey'],
        },
      ],
    });
    const byId = key(desired, 'by-id');
    expect(byId.account).toBe('999988887777');
    expect(byId.policy?.kind === 'intent' ? byId.policy.intent.users : undefined).toEqual([
      'arn:aws:iam::999988887777:role/inline',
    ]);
    expect(byId.grants).toEqual([
      {
        name: 'ebs',
        granteePrincipal: 'arn:aws:iam::111122223333:role/app-s3',
        operations: ['Decrypt'],
      },
    ]);
  });

  it('adds the ownership tags: repository/manifest path and logical name', () => {
    const desired = compile(EXAMPLE);

    expect(desired.owner).toBe('acme/kms/kms.yaml');
    for (const entry of desired.keys) {
      expect(entry.tags).toMatchObject({
        'kms-action:manifest': 'acme/kms/kms.yaml',
        'kms-action:key': entry.name,
      });
    }
  });

  it("takes an adopted key's account and Region from its ARN", () => {
    const desired = compile(`${PREAMBLE}keys:
  legacy-ebs:
    adopt: arn:aws:kms:eu-west-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab
    description: adopted
  legacy-gov:
    adopt: arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/mrk-1234567890abcdef1234567890abcdef
    account: production
    region: us-gov-west-1
`);

    expect(key(desired, 'legacy-ebs')).toMatchObject({
      account: '444455556666',
      region: 'eu-west-1',
      adopt: 'arn:aws:kms:eu-west-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    });
    expect(key(desired, 'legacy-gov')).toMatchObject({
      account: '111122223333',
      region: 'us-gov-west-1',
    });
  });

  it('accepts the same alias in two accounts, and in two Regions of one account', () => {
    const desired = compile(`${PREAMBLE}keys:
  prod-s3:
    account: production
    aliases: [alias/s3]
  staging-s3:
    account: staging
    aliases: [alias/s3]
  prod-s3-eu:
    account: production
    region: eu-west-1
    aliases: [alias/s3]
`);

    expect(desired.keys.map((k) => [k.account, k.region, k.aliases])).toEqual([
      ['111122223333', 'us-east-1', ['alias/s3']],
      ['444455556666', 'us-east-1', ['alias/s3']],
      ['111122223333', 'eu-west-1', ['alias/s3']],
    ]);
  });

  it('accepts a multi-Region key with replicas', () => {
    const desired = compile(`${PREAMBLE}keys:
  global:
    account: production
    multi_region: true
    replicas: [eu-west-1, ap-southeast-2]
`);

    expect(key(desired, 'global')).toMatchObject({
      multiRegion: true,
      replicaRegions: ['ap-southeast-2', 'eu-west-1'],
    });
  });

  it('reads a UTF-8 byte order mark, CRLF line ends and a few anchors without complaint', () => {
    const text = `${PREAMBLE}keys:
  prod-s3:
    account: production
    tags: &common { Team: storage }
  prod-rds:
    account: production
    tags: *common
`.replace(/\n/g, '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

    const desired = compile(bytes);

    expect(key(desired, 'prod-rds').tags).toMatchObject({ Team: 'storage' });
    // Positions still start at line 1, column 1: the BOM is not a column.
    expect(key(desired, 'prod-s3').location).toEqual({ line: 18, column: 3 });
  });

  it('points each key back at its declaration', () => {
    const desired = compile(EXAMPLE);
    const lines = EXAMPLE.split('\n');

    for (const entry of desired.keys) {
      expect(lines[entry.location.line - 1]?.slice(entry.location.column - 1)).toBe(
        `${entry.name}:`,
      );
    }
  });
});
