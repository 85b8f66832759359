import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiCallsByOperation } from '../../../adapters/aws/count-api-calls.ts';
import { preparePlan } from '../../../cli/prepare-plan.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  cliEnv,
  createWorkspace,
  PRODUCTION,
  REPOSITORY,
  ROLE,
  snapshotLiveState,
  type Workspace,
} from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

const manifest = (keys: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  policy: { admins: [kms-admin] }
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
keys:
${keys}`;

const key = (name: string, description: string, aliases: string[]): string =>
  `  ${name}:\n    description: ${description}\n    aliases: [${aliases.join(', ')}]\n`;

interface PlanJson {
  partial: { targets: string[]; deferred: { address: string }[] } | null;
  changes: { address: string; action: string }[];
  problems: { code: string; key: string }[];
}

describeWithEmulator('--target: a partial plan and apply', () => {
  let workspace: Workspace;

  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace();
  });
  afterEach(async () => {
    await workspace.remove();
  });

  async function applyAll(): Promise<void> {
    const run = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }

  async function planJson(args: string[]): Promise<{ code: number; plan: PlanJson }> {
    const run = await cli(['plan', '--format', 'json', ...args, ...AWS], workspace.dir);
    return { code: run.code, plan: JSON.parse(run.stdout) as PlanJson };
  }

  it('applies only the targeted key: the other key, and the alias it holds, stay untouched', async () => {
    await workspace.write(
      manifest(
        key('app', 'app v1', ['alias/app']) + key('billing', 'billing v1', ['alias/shared']),
      ),
    );
    await applyAll();
    const before = await snapshotLiveState([PRODUCTION]);

    // Both keys change, and alias/shared moves from billing to app.
    await workspace.write(
      manifest(
        key('app', 'app v2', ['alias/app', 'alias/shared']) +
          key('billing', 'billing v2', ['alias/billing']),
      ),
    );
    const run = await cli(['apply', '--target', 'app', '--auto-approve', ...AWS], workspace.dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Note: partial plan (targets: app)');
    expect(run.stdout).toContain('⏸ alias.alias/shared: deferred');

    const after = await snapshotLiveState([PRODUCTION]);
    const named = (snapshot: typeof after, name: string) =>
      snapshot.find((entry) => entry.name === name);
    expect(named(after, 'app')).toEqual({ ...named(before, 'app'), description: 'app v2' });
    expect(named(after, 'billing')).toEqual(named(before, 'billing'));

    // The rest is still planned by a plan of the whole manifest.
    const whole = await planJson([]);
    expect(whole.plan.partial).toBeNull();
    expect(whole.plan.changes.map((change) => `${change.action} ${change.address}`)).toEqual([
      'update-description key.billing',
      'create-alias alias.alias/billing',
      'retarget alias.alias/shared',
    ]);
  });

  it('never reports a key outside the targets as an orphan', async () => {
    await workspace.write(
      manifest(key('app', 'app', ['alias/app']) + key('billing', 'billing', ['alias/billing'])),
    );
    await applyAll();
    await workspace.write(manifest(key('app', 'app', ['alias/app'])));

    const whole = await planJson([]);
    expect(whole.plan.problems.map((problem) => `${problem.code} ${problem.key}`)).toEqual([
      'orphan billing',
    ]);
    const partial = await planJson(['--target', 'app', '--detailed-exitcode']);
    expect(partial.code).toBe(0);
    expect(partial.plan).toMatchObject({
      partial: { targets: ['app'], deferred: [] },
      changes: [],
      problems: [],
    });
  });

  it('reads the per-key state of the targeted key only', async () => {
    const names = ['k1', 'k2', 'k3', 'k4', 'k5'];
    await workspace.write(manifest(names.map((name) => key(name, name, [])).join('')));
    await applyAll();

    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd: workspace.dir,
      env: cliEnv(),
      isTty: false,
    };
    const readCalls = async (targets: string[]) => {
      const prepared = await preparePlan(
        { file: 'kms.yaml', repository: REPOSITORY, roleToAssume: ROLE, targets },
        io,
      );
      prepared.clients.destroy();
      expect(prepared.plan.changes).toEqual([]);
      return apiCallsByOperation(prepared.stats);
    };
    const whole = await readCalls([]);
    const targeted = await readCalls(['k3']);
    for (const operation of ['DescribeKey', 'GetKeyPolicy', 'GetKeyRotationStatus', 'ListGrants']) {
      expect([operation, whole[operation]]).toEqual([operation, 5]);
      expect([operation, targeted[operation]]).toEqual([operation, 1]);
    }
    const total = (calls: Record<string, number>) =>
      Object.values(calls).reduce((sum, count) => sum + count, 0);
    expect(total(whole) - total(targeted)).toBe(16);
  });
});
