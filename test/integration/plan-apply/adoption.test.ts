import { CreateAliasCommand, CreateKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../../core/manifest/desired-state.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  PRODUCTION,
  REPOSITORY,
  ROLE,
  snapshotLiveState,
  type Workspace,
} from './plan-apply-harness.ts';
import { operatorKms } from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];
const OWNER = `${REPOSITORY}/kms.yaml`;
const OTHER_OWNER = 'acme/payments-keys/kms.yaml';
/** This manifest's tag as written from a subdirectory before the path was repository-relative. */
const LEGACY_OWNER = `${REPOSITORY}/../kms.yaml`;

const manifest = (keys: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  tags: { ManagedBy: kms-action }
  policy: { admins: [kms-admin] }
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  ebs-app: arn:aws:iam::${PRODUCTION}:role/ebs-app
keys:
${keys}`;

interface PlanJson {
  changes: { address: string; action: string; risk: string; after: unknown }[];
  problems: { code: string; key: string; message: string }[];
}

async function plan(cwd: string): Promise<{ code: number; plan: PlanJson }> {
  const run = await cli(['plan', '--format', 'json', '--detailed-exitcode', ...AWS], cwd);
  return { code: run.code, plan: JSON.parse(run.stdout) as PlanJson };
}

async function createByHand(
  kms: KMSClient,
  options: {
    description: string;
    tags?: Record<string, string>;
    alias?: string;
    origin?: 'EXTERNAL';
  },
): Promise<{ id: string; arn: string }> {
  const created = await kms.send(
    new CreateKeyCommand({
      Description: options.description,
      ...(options.origin === undefined ? {} : { Origin: options.origin }),
      Tags: Object.entries(options.tags ?? {}).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
    }),
  );
  const id = created.KeyMetadata?.KeyId ?? '';
  if (options.alias !== undefined)
    await kms.send(new CreateAliasCommand({ AliasName: options.alias, TargetKeyId: id }));
  return { id, arn: created.KeyMetadata?.Arn ?? '' };
}

describeWithEmulator('adoption of existing keys', () => {
  let workspace: Workspace;
  let kms: KMSClient;

  beforeEach(async () => {
    await resetEmulatorState();
    kms = await operatorKms(PRODUCTION);
    workspace = await createWorkspace();
  });
  afterEach(async () => {
    kms.destroy();
    await workspace.remove();
  });

  it('adopts a key created by hand: ownership tags, then policy, description, rotation, tags and alias as declared', async () => {
    const legacy = await createByHand(kms, {
      description: 'made in the console',
      tags: { Team: 'storage' },
    });
    await workspace.write(
      manifest(`  legacy-ebs:
    adopt: ${legacy.arn}
    description: EBS volumes (adopted)
    rotation: { enabled: true, period_in_days: 180 }
    aliases: [alias/legacy-ebs]
    tags: { Team: storage, DataClassification: internal }
    policy: { users: [ebs-app], via_service: [ec2] }
`),
    );

    const before = await plan(workspace.dir);
    expect(before.plan.problems).toEqual([]);
    expect(before.code).toBe(3);
    expect(
      before.plan.changes.map((change) => `${change.address} ${change.action} ${change.risk}`),
    ).toEqual([
      'key.legacy-ebs adopt safe',
      // The console's default policy lets the account's IAM policies grant anything: narrowing it
      // takes access away.
      'key.legacy-ebs update-policy disruptive',
      'key.legacy-ebs update-description safe',
      'key.legacy-ebs update-rotation safe',
      'key.legacy-ebs tag safe',
      'alias.alias/legacy-ebs create-alias safe',
    ]);
    expect(before.plan.changes[0]?.after).toEqual({
      [OWNERSHIP_TAG_MANIFEST]: OWNER,
      [OWNERSHIP_TAG_KEY]: 'legacy-ebs',
    });

    const apply = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);

    const after = await plan(workspace.dir);
    expect(after.plan.changes).toEqual([]);
    expect(after.code).toBe(0);
    const [key, ...others] = await snapshotLiveState([PRODUCTION]);
    expect(others).toEqual([]);
    expect(key).toMatchObject({
      name: 'legacy-ebs',
      manifest: OWNER,
      description: 'EBS volumes (adopted)',
      state: 'Enabled',
      rotation: true,
      aliases: ['alias/legacy-ebs'],
      tags: {
        [OWNERSHIP_TAG_MANIFEST]: OWNER,
        [OWNERSHIP_TAG_KEY]: 'legacy-ebs',
        ManagedBy: 'kms-action',
        Team: 'storage',
        DataClassification: 'internal',
      },
    });
    expect(key?.policy).toContain('ebs-app');
  });

  // EnableKeyRotation API reference: "You cannot enable automatic rotation of ... KMS keys
  // with imported key material". moto accepts it, so the test asserts what apply leaves.
  it('adopts a key with imported key material (Origin EXTERNAL) without ever turning rotation on', async () => {
    const imported = await createByHand(kms, { description: 'imported', origin: 'EXTERNAL' });
    const key = (origin: string): string => `  imported:
    adopt: ${imported.arn}
    description: imported${origin}
`;
    await workspace.write(manifest(key('')));
    const refused = await plan(workspace.dir);
    expect(refused.plan.problems).toEqual([
      expect.objectContaining({
        code: 'immutable-change',
        message: expect.stringContaining('origin (EXTERNAL -> AWS_KMS)'),
      }),
    ]);
    expect(refused.plan.changes.map((change) => change.action)).not.toContain('update-rotation');

    await workspace.write(manifest(key('\n    origin: EXTERNAL')));
    const before = await plan(workspace.dir);
    expect(before.plan.problems).toEqual([]);
    expect(before.plan.changes.map((change) => change.action)).not.toContain('update-rotation');
    const apply = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    const after = await plan(workspace.dir);
    expect(after.plan.changes).toEqual([]);
    const [live] = await snapshotLiveState([PRODUCTION]);
    expect(live).toMatchObject({ name: 'imported', rotation: false });
  });

  it('reports a key owned by another manifest and never changes it', async () => {
    const foreignTags = { [OWNERSHIP_TAG_MANIFEST]: OTHER_OWNER, [OWNERSHIP_TAG_KEY]: 'payments' };
    const adopted = await createByHand(kms, { description: 'payments', tags: foreignTags });
    await createByHand(kms, {
      description: 'same logical name, under a working-directory-dependent path of this manifest',
      tags: { [OWNERSHIP_TAG_MANIFEST]: LEGACY_OWNER, [OWNERSHIP_TAG_KEY]: 'reports' },
    });
    await createByHand(kms, {
      description: 'holds the alias',
      tags: { ...foreignTags, [OWNERSHIP_TAG_KEY]: 'ledger-2024' },
      alias: 'alias/ledger',
    });
    await workspace.write(
      manifest(`  payments:
    adopt: ${adopted.arn}
    description: taken over
  reports:
    description: Reports
  ledger:
    description: Ledger
    aliases: [alias/ledger]
`),
    );
    const before = await snapshotLiveState([PRODUCTION]);

    const planned = await plan(workspace.dir);
    expect(planned.code).toBe(1);
    expect(planned.plan.problems.map((problem) => `${problem.key} ${problem.code}`).sort()).toEqual(
      ['ledger alias-owned-elsewhere', 'payments foreign-owner', 'reports legacy-owner'],
    );
    for (const problem of planned.plan.problems) {
      expect(problem.message).toContain(problem.key === 'reports' ? LEGACY_OWNER : OTHER_OWNER);
    }

    const apply = await cli(
      ['apply', '--auto-approve', '--allow-destructive', ...AWS],
      workspace.dir,
    );
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('Nothing applied');
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);
  });
});
