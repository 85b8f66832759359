import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TagResourceCommand } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { OWNERSHIP_TAG_MANIFEST } from '../../../core/manifest/desired-state.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  keyIdOf,
  operatorKms,
  PRODUCTION,
  REPOSITORY,
  ROLE,
  snapshotLiveState,
} from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

const manifest = (keys: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  policy: { admins: [kms-admin], users: [app-role] }
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  app-role: arn:aws:iam::${PRODUCTION}:role/app
keys:
${keys}`;

const APP = (name: string, extra = '', alias = 'alias/app') => `  ${name}:${extra}
    description: application data
    aliases: [${alias}]
    grants:
      - { name: app-data, grantee: app-role, operations: [Decrypt] }
`;

interface PlanJson {
  owner: string;
  changes: { address: string; action: string; risk: string; before: unknown; after: unknown }[];
  problems: { code: string; key: string }[];
}

async function plan(file: string, cwd: string): Promise<{ code: number; plan: PlanJson }> {
  const run = await cli(
    ['plan', '-f', file, '--format', 'json', '--detailed-exitcode', ...AWS],
    cwd,
  );
  return { code: run.code, plan: JSON.parse(run.stdout) as PlanJson };
}

async function apply(file: string, cwd: string): Promise<void> {
  const run = await cli(['apply', '-f', file, '--auto-approve', ...AWS], cwd);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

const summary = (planned: PlanJson) =>
  planned.changes.map((change) => `${change.address} ${change.action} ${change.risk}`);

describeWithEmulator('renames and ownership paths', () => {
  /** A checkout: a directory holding `.git`, with manifests in subdirectories. */
  let repo: string;
  const write = async (path: string, text: string) => {
    await mkdir(join(repo, path, '..'), { recursive: true });
    await writeFile(join(repo, path), text);
  };

  beforeEach(async () => {
    await resetEmulatorState();
    repo = await mkdtemp(join(tmpdir(), 'kms-action-rename-'));
    await mkdir(join(repo, '.git'));
  });
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('renames a key with moved_from: one safe retag, then an empty plan; the key, alias and grant stay', async () => {
    await write('kms.yaml', manifest(APP('app')));
    await apply('kms.yaml', repo);
    const [before] = await snapshotLiveState([PRODUCTION]);

    await write('kms.yaml', manifest(APP('payments', '\n    moved_from: app')));
    const renaming = await plan('kms.yaml', repo);
    expect(renaming.plan.problems).toEqual([]);
    expect(summary(renaming.plan)).toEqual(['key.payments retag safe']);
    expect(renaming.plan.changes[0]).toMatchObject({ before: 'app', after: 'payments' });
    expect(renaming.code).toBe(3);

    await apply('kms.yaml', repo);
    const after = await snapshotLiveState([PRODUCTION]);
    expect(after).toEqual([
      {
        ...before,
        name: 'payments',
        tags: { ...before?.tags, 'kms-action:key': 'payments' },
      },
    ]);
    expect(await plan('kms.yaml', repo)).toMatchObject({ code: 0, plan: { changes: [] } });

    // moved_from can go once applied: the key is found under its new name.
    await write('kms.yaml', manifest(APP('payments')));
    expect(await plan('kms.yaml', repo)).toMatchObject({ code: 0, plan: { changes: [] } });
  });

  it('without moved_from, the same rename is an orphan and a new key (what moved_from avoids)', async () => {
    await write('kms.yaml', manifest(APP('app')));
    await apply('kms.yaml', repo);
    await write('kms.yaml', manifest(APP('payments')));
    const planned = await plan('kms.yaml', repo);
    expect(planned.plan.problems).toEqual([
      expect.objectContaining({ code: 'orphan', key: 'app' }),
    ]);
    expect(summary(planned.plan)).toContain('key.payments create safe');
  });

  it('two manifests of one account with the same logical name each create and keep their own key', async () => {
    await write('team-a/kms.yaml', manifest(APP('app', '', 'alias/team-a-app')));
    await write('team-b/kms.yaml', manifest(APP('app', '', 'alias/team-b-app')));
    await apply('team-a/kms.yaml', repo);

    const second = await plan('team-b/kms.yaml', repo);
    expect(second.plan.problems).toEqual([]);
    expect(summary(second.plan)).toContain('key.app create safe');
    await apply('team-b/kms.yaml', repo);

    const keys = await snapshotLiveState([PRODUCTION]);
    expect(keys.map((key) => [key.name, key.manifest, key.aliases])).toEqual(
      expect.arrayContaining([
        ['app', `${REPOSITORY}/team-a/kms.yaml`, ['alias/team-a-app']],
        ['app', `${REPOSITORY}/team-b/kms.yaml`, ['alias/team-b-app']],
      ]),
    );
    expect(keys).toHaveLength(2);
    for (const file of ['team-a/kms.yaml', 'team-b/kms.yaml']) {
      expect(await plan(file, repo)).toMatchObject({ code: 0, plan: { changes: [] } });
    }
  });

  it('plans from a subdirectory against the same keys as from the repository root', async () => {
    await write('infra/kms.yaml', manifest(APP('app')));
    await mkdir(join(repo, 'infra', 'sub'));
    await apply('infra/kms.yaml', repo);
    const [key] = await snapshotLiveState([PRODUCTION]);
    expect(key?.manifest).toBe(`${REPOSITORY}/infra/kms.yaml`);

    for (const [cwd, file] of [
      ['infra', 'kms.yaml'],
      ['infra/sub', '../kms.yaml'],
    ] as const) {
      const planned = await plan(file, join(repo, cwd));
      expect(planned.plan.owner).toBe(`${REPOSITORY}/infra/kms.yaml`);
      expect(planned).toMatchObject({ code: 0, plan: { changes: [], problems: [] } });
    }
  });

  it('reports a key tagged from a subdirectory by an older version, and never takes it over', async () => {
    await write('infra/kms.yaml', manifest(APP('app')));
    await apply('infra/kms.yaml', repo);
    // What `cd infra && kms-action apply -f kms.yaml` wrote before the path was root-relative.
    const kms = await operatorKms(PRODUCTION);
    try {
      await kms.send(
        new TagResourceCommand({
          KeyId: await keyIdOf(kms, 'app'),
          Tags: [{ TagKey: OWNERSHIP_TAG_MANIFEST, TagValue: `${REPOSITORY}/kms.yaml` }],
        }),
      );
    } finally {
      kms.destroy();
    }
    const tagged = await snapshotLiveState([PRODUCTION]);

    const planned = await plan('infra/kms.yaml', repo);
    expect(planned.code).toBe(1);
    expect(planned.plan.problems.map((problem) => `${problem.key} ${problem.code}`)).toEqual([
      'app legacy-owner',
      'app alias-owned-elsewhere',
    ]);
    expect(planned.plan.changes.filter((change) => change.address === 'key.app')).toEqual([]);
    const applied = await cli(['apply', '-f', 'infra/kms.yaml', '--auto-approve', ...AWS], repo);
    expect(applied.code).toBe(1);
    expect(await snapshotLiveState([PRODUCTION])).toEqual(tagged);
  });
});
