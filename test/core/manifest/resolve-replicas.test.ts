import { describe, expect, it } from 'vitest';
import type { DesiredKey } from '../../../core/manifest/desired-state.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };
const PREAMBLE = `version: 1
defaults:
  region: us-east-1
  tags: { ManagedBy: kms-action, Team: platform }
accounts: { production: '111122223333' }
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  app: arn:aws:iam::111122223333:role/app
keys:
`;

function compileKey(body: string): DesiredKey {
  const result = readManifest('kms.yaml', `${PREAMBLE}${body}`, OPTIONS);
  if (!result.ok) {
    throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  }
  const [key] = result.desired.keys;
  if (key === undefined) throw new Error('no key');
  return key;
}

function problemsOf(body: string): { line: number; column: number; message: string }[] {
  const result = readManifest('kms.yaml', `${PREAMBLE}${body}`, OPTIONS);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(({ line, column, message }) => ({ line, column, message }));
}

const GLOBAL = `  global:
    account: production
    multi_region: true
    description: Global data key
    deletion_window_in_days: 30
    state: enabled
    aliases: [alias/global]
    tags: { Tier: gold }
    policy:
      admins: [kms-admin]
      users: [app]
      via_service: [s3]
`;

describe('replica entries (compile)', () => {
  it('gives a Region-string replica every setting of its key, the policy generated for its Region', () => {
    const key = compileKey(`${GLOBAL}    replicas: [eu-west-1]\n`);

    expect(key.replicaRegions).toEqual(['eu-west-1']);
    const [replica] = key.replicas;
    expect(replica).toMatchObject({
      region: 'eu-west-1',
      description: 'Global data key',
      deletionWindowInDays: 30,
      state: 'enabled',
      aliases: [],
      tags: {
        ManagedBy: 'kms-action',
        Team: 'platform',
        Tier: 'gold',
        'kms-action:manifest': 'acme/kms/kms.yaml',
        'kms-action:key': 'global',
      },
      location: { line: 22, column: 16 },
    });
    expect(replica?.policy?.kind).toBe('intent');
    const text = JSON.stringify(replica?.policy?.document);
    expect(text).toContain('s3.eu-west-1.amazonaws.com');
    expect(text).not.toContain('s3.us-east-1.amazonaws.com');
    expect(JSON.stringify(key.policy?.document)).toContain('s3.us-east-1.amazonaws.com');
  });

  it('takes what a replica entry writes: description, tags merged name by name, aliases, window, state, its own policy', () => {
    const key = compileKey(`${GLOBAL}    replicas:
      - region: eu-west-1
        description: Global data key - Ireland
        tags: { Tier: silver, Site: dub }
        aliases: [alias/global-eu, alias/global]
        deletion_window_in_days: 7
        state: disabled
        policy:
          admins: [kms-admin]
      - ap-southeast-2
`);

    expect(key.replicaRegions).toEqual(['ap-southeast-2', 'eu-west-1']);
    const replica = key.replicas.find((entry) => entry.region === 'eu-west-1');
    expect(replica).toMatchObject({
      description: 'Global data key - Ireland',
      tags: { ManagedBy: 'kms-action', Team: 'platform', Tier: 'silver', Site: 'dub' },
      aliases: ['alias/global', 'alias/global-eu'],
      deletionWindowInDays: 7,
      state: 'disabled',
      path: ['keys', 'global', 'replicas', 0],
    });
    // Its own intent: no users, so no KeyUsers statement.
    const sids = replica?.policy?.document.Statement.map((statement) => statement.Sid);
    expect(sids).toContain('KeyAdministrators');
    expect(sids?.some((sid) => sid?.startsWith('KeyUsers'))).toBe(false);
    expect(key.replicas.find((entry) => entry.region === 'ap-southeast-2')?.description).toBe(
      'Global data key',
    );
  });

  it('takes a raw policy document on a replica as written', () => {
    const key = compileKey(`${GLOBAL}    replicas:
      - region: eu-west-1
        policy:
          document:
            Version: '2012-10-17'
            Statement:
              - Sid: Root
                Effect: Allow
                Principal: { AWS: arn:aws:iam::111122223333:root }
                Action: kms:*
                Resource: '*'
`);
    expect(key.replicas[0]?.policy).toMatchObject({ kind: 'document' });
    expect(key.replicas[0]?.policy?.document.Statement).toHaveLength(1);
  });

  it.each([
    [
      'rotation: { enabled: true }',
      /`rotation` cannot be set on a replica: automatic rotation is shared/,
    ],
    ['key_spec: RSA_2048', /`key_spec` cannot be set on a replica: the key spec is shared/],
    ['key_usage: SIGN_VERIFY', /`key_usage` cannot be set on a replica/],
    ['origin: EXTERNAL', /`origin` cannot be set on a replica: the key material origin is shared/],
  ])('refuses %s on a replica, at its line, saying it is shared with the key', (field, message) => {
    const problems = problemsOf(`${GLOBAL}    replicas:
      - region: eu-west-1
        ${field}
`);
    expect(problems).toEqual([{ line: 24, column: 9, message: expect.stringMatching(message) }]);
  });

  it('refuses the key’s own Region and a Region listed twice, at the entry that repeats it', () => {
    expect(problemsOf(`${GLOBAL}    replicas: [us-east-1]\n`)).toEqual([
      { line: 22, column: 16, message: expect.stringContaining('its own Region us-east-1') },
    ]);
    expect(
      problemsOf(`${GLOBAL}    replicas:
      - eu-west-1
      - region: eu-west-1
        description: again
`),
    ).toEqual([
      {
        line: 24,
        column: 17,
        message: expect.stringContaining('lists the replica Region eu-west-1 twice'),
      },
    ]);
  });

  it('refuses a replica Region of another partition', () => {
    expect(problemsOf(`${GLOBAL}    replicas: [cn-north-1]\n`)).toEqual([
      { line: 22, column: 16, message: expect.stringContaining('aws-cn partition') },
    ]);
  });

  it('checks aliases per account and Region: a replica alias may repeat its key’s, not another key’s in its Region', () => {
    expect(
      compileKey(`${GLOBAL}    replicas: [{ region: eu-west-1, aliases: [alias/global] }]\n`)
        .replicas[0]?.aliases,
    ).toEqual(['alias/global']);
    const problems =
      problemsOf(`${GLOBAL}    replicas: [{ region: eu-west-1, aliases: [alias/shared] }]
  ireland:
    account: production
    region: eu-west-1
    aliases: [alias/shared]
`);
    expect(problems).toEqual([
      {
        line: 26,
        column: 15,
        message: expect.stringContaining(
          'alias `alias/shared` is used by the eu-west-1 replica of `global` and key `ireland`',
        ),
      },
    ]);
  });

  it('locates an error in a replica’s own policy at the line written', () => {
    const problems = problemsOf(`${GLOBAL}    replicas:
      - region: eu-west-1
        policy:
          admins: [nobody]
`);
    expect(problems).toEqual([
      { line: 25, column: 20, message: expect.stringContaining('unknown principal `nobody`') },
    ]);
  });

  it('bounds the replicas of a manifest like its keys: more than 5,000 is refused at the key that crosses the limit', () => {
    const regions = Array.from({ length: 50 }, (_, index) => `eu-west-${index + 1}`).join(', ');
    const keys = Array.from(
      { length: 101 },
      (_, index) =>
        `  k${index}: { account: production, multi_region: true, replicas: [${regions}] }\n`,
    ).join('');
    const problems = problemsOf(keys);
    expect(problems).toEqual([
      {
        line: 110,
        column: 62,
        message: 'the manifest declares more than 5000 replicas (5050 up to key `k100`)',
      },
    ]);
  });
});
