/**
 * Replica entries with their own settings against the emulator (issue 15 item 5): a key with
 * one replica that has its own description, alias and tags is planned, applied and planned
 * again; a change to the replica's description is one change on the replica; a Region removed
 * from the manifest is a `replica-removal` problem; `state: pending_deletion` plans its deletion (break-glass under
 * the MFA guard). A grant made out of band on the replica (grants are never replicated) is a
 * destructive revoke in the replica's Region, held back without --allow-destructive.
 */
import {
  CreateGrantCommand,
  ListGrantsCommand,
  ListKeysCommand,
  RetireGrantCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  operatorKms,
  PRODUCTION,
  ROLE,
  type Workspace,
} from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

const manifest = (replicas: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  tags: { ManagedBy: kms-action }
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
keys:
  global:
    multi_region: true
    description: Global data
    aliases: [alias/global]
    policy: { admins: [kms-admin] }
${replicas}`;

const IRELAND = `    replicas:
      - region: eu-west-1
        description: Global data - Ireland
        aliases: [alias/global-eu]
        tags: { Site: dub }
`;

interface PlanJson {
  changes: { address: string; action: string; risk: string; region: string; after: unknown }[];
  problems: { code: string; key: string; message: string }[];
}

async function plan(cwd: string): Promise<{ code: number; plan: PlanJson }> {
  const run = await cli(['plan', '--format', 'json', '--detailed-exitcode', ...AWS], cwd);
  expect(run.stderr).toBe('');
  return { code: run.code, plan: JSON.parse(run.stdout) as PlanJson };
}

async function apply(cwd: string, ...flags: string[]): Promise<void> {
  const run = await cli(['apply', '--auto-approve', ...flags, ...AWS], cwd);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

const summary = (changes: PlanJson['changes']): string[] =>
  changes.map((change) => `${change.address} ${change.action} ${change.region}`);

describeWithEmulator('replicas with their own settings', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace(manifest(IRELAND));
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it('plans, applies and converges; one description change is one change on the replica; a removed Region is a replica-removal problem', async () => {
    const first = await plan(workspace.dir);
    expect(first.plan.problems).toEqual([]);
    expect(summary(first.plan.changes)).toEqual([
      'key.global create us-east-1',
      'key.global update-rotation us-east-1',
      'key.global.replica.eu-west-1 create-replica us-east-1',
      'alias.eu-west-1.alias/global-eu create-alias eu-west-1',
      'alias.alias/global create-alias us-east-1',
    ]);
    await apply(workspace.dir);

    // AWS creates the replica with the description and tags of the ReplicateKey request, so
    // the plan is empty now. moto 5.2 ignores them (docs/testing-moto-gaps.md): its replica
    // starts as a copy of the primary, and the next apply sets them.
    const second = await plan(workspace.dir);
    expect(second.plan.problems).toEqual([]);
    expect(summary(second.plan.changes)).toEqual([
      'key.global.replica.eu-west-1 update-description eu-west-1',
      'key.global.replica.eu-west-1 tag eu-west-1',
    ]);
    await apply(workspace.dir);
    const converged = await plan(workspace.dir);
    expect(converged.plan).toMatchObject({ changes: [], problems: [] });
    expect(converged.code).toBe(0);

    await workspace.write(manifest(IRELAND.replace('Global data - Ireland', 'Global - IE')));
    const described = await plan(workspace.dir);
    expect(described.plan.problems).toEqual([]);
    expect(described.plan.changes).toEqual([
      expect.objectContaining({
        address: 'key.global.replica.eu-west-1',
        action: 'update-description',
        region: 'eu-west-1',
        after: 'Global - IE',
      }),
    ]);

    await workspace.write(manifest(''));
    const removed = await plan(workspace.dir);
    expect(removed.plan.changes).toEqual([]);
    expect(removed.plan.problems).toEqual([
      expect.objectContaining({
        code: 'replica-removal',
        key: 'global',
        message: expect.stringContaining('replica in eu-west-1'),
      }),
    ]);

    // Deleting it takes `state: pending_deletion` on its entry, and --allow-destructive.
    await workspace.write(
      manifest(`    replicas:
      - region: eu-west-1
        state: pending_deletion
        deletion_window_in_days: 7
`),
    );
    const deletion = await plan(workspace.dir);
    expect(summary(deletion.plan.changes)).toEqual([
      'key.global.replica.eu-west-1 schedule-deletion eu-west-1',
    ]);
    expect(deletion.plan.changes[0]?.risk).toBe('destructive');
    // The replica's policy (the key's, generated) denies ScheduleKeyDeletion without MFA, which
    // an OIDC session never has: the plan says so, and an administrator breaks the glass.
    expect(deletion.plan.problems).toEqual([
      expect.objectContaining({
        code: 'applier-denied',
        message: expect.stringContaining('key.global.replica.eu-west-1 (schedule-deletion)'),
      }),
    ]);
    const ireland = await operatorKms(PRODUCTION, 'eu-west-1');
    try {
      const keys = await ireland.send(new ListKeysCommand({}));
      const replicaId = keys.Keys?.find((key) => key.KeyId?.startsWith('mrk-'))?.KeyId ?? '';
      await ireland.send(
        new ScheduleKeyDeletionCommand({ KeyId: replicaId, PendingWindowInDays: 7 }),
      );
    } finally {
      ireland.destroy();
    }
    // Once pending deletion, the replica may leave the manifest.
    await workspace.write(manifest(''));
    const gone = await plan(workspace.dir);
    expect(gone.plan).toMatchObject({ changes: [], problems: [] });
  });

  it('a grant made by hand on the replica is a drift alarm and a destructive revoke there, held back without --allow-destructive', async () => {
    await workspace.write(manifest('    replicas: [eu-west-1]\n'));
    await apply(workspace.dir);
    // moto's replica starts as a copy of the primary (see above): one more apply converges.
    await apply(workspace.dir);
    expect((await plan(workspace.dir)).plan).toMatchObject({ changes: [], problems: [] });

    const ireland = await operatorKms(PRODUCTION, 'eu-west-1');
    const primaryRegion = await operatorKms(PRODUCTION, 'us-east-1');
    try {
      const keys = await ireland.send(new ListKeysCommand({}));
      const replicaId = keys.Keys?.find((key) => key.KeyId?.startsWith('mrk-'))?.KeyId ?? '';
      // moto 5.2 makes a replica as a shallow copy of its primary, so both share one grant
      // table (docs/testing-moto-gaps.md). Retiring by a token no grant has makes moto give
      // each key of the primary's Region a table of its own, as AWS keeps them.
      await primaryRegion.send(new RetireGrantCommand({ GrantToken: 'unshare-moto-grants' }));
      const stray = `arn:aws:iam::${PRODUCTION}:role/stray`;
      const { GrantId } = await ireland.send(
        new CreateGrantCommand({
          KeyId: replicaId,
          GranteePrincipal: stray,
          Operations: ['Decrypt'],
        }),
      );
      // The grant is the replica's alone: the primary has none.
      const grantsOf = async (client: typeof ireland): Promise<string[]> =>
        ((await client.send(new ListGrantsCommand({ KeyId: replicaId }))).Grants ?? []).map(
          (grant) => grant.GrantId ?? '',
        );
      expect(await grantsOf(primaryRegion)).toEqual([]);

      const found = await plan(workspace.dir);
      expect(found.code).toBe(3);
      expect(found.plan.problems).toEqual([]);
      expect(found.plan.changes).toEqual([
        expect.objectContaining({
          address: 'key.global.replica.eu-west-1',
          action: 'revoke-grant',
          region: 'eu-west-1',
          risk: 'destructive',
          before: expect.objectContaining({ grantee_principal: stray }) as unknown,
        }),
      ]);

      const drift = await cli(['drift', ...AWS], workspace.dir);
      expect(drift.code).toBe(3);
      expect(drift.stdout).toContain(
        `! the eu-west-1 replica of key global has a grant nobody declared: ${stray} may Decrypt`,
      );

      const held = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
      expect(held.code).toBe(3);
      expect(await grantsOf(ireland)).toEqual([GrantId]);

      await apply(workspace.dir, '--allow-destructive');
      expect(await grantsOf(ireland)).toEqual([]);
      expect((await plan(workspace.dir)).plan).toMatchObject({ changes: [], problems: [] });
    } finally {
      ireland.destroy();
      primaryRegion.destroy();
    }
  });
});
