import { readdirSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { applyPlan } from '../../../adapters/aws/apply-plan.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  PRODUCTION,
  prepare,
  prepareAndApply,
  REPO_ROOT,
  ROLE,
  snapshotLiveState,
  STAGING,
  writeCalls,
} from './plan-apply-harness.ts';

/** Every example manifest, except the ones meant to show bad input. */
const EXAMPLES = readdirSync(new URL('../../../examples/', import.meta.url))
  .filter((name) => /\.ya?ml$/.test(name) && !/(^|-)(bad|invalid|broken)(-|\.)/.test(name))
  .sort()
  .map((name) => `examples/${name}`);

describeWithEmulator('apply, then plan: every example converges', () => {
  beforeEach(async () => {
    await resetEmulatorState();
  });

  it('finds the example manifests', () => {
    expect(EXAMPLES).toContain('examples/kms.yaml');
  });

  it.for(EXAMPLES)('%s: apply, then plan shows no changes', async (example) => {
    const aws = ['--role-to-assume', ROLE];
    const before = await cli(['plan', '-f', example, '--detailed-exitcode', ...aws], REPO_ROOT);
    expect(before.stderr).toBe('');
    expect(before.code).toBe(3);

    const applied = await cli(['apply', '-f', example, '--auto-approve', ...aws], REPO_ROOT);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Applied [1-9]\d* changes?\./);

    const after = await cli(
      ['plan', '-f', example, '--detailed-exitcode', '--format', 'json', ...aws],
      REPO_ROOT,
    );
    expect(after.code).toBe(0);
    const plan = JSON.parse(after.stdout) as { changes: unknown[]; problems: unknown[] };
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('applying twice changes nothing: the second apply finds 0 changes and makes no write call', async () => {
    const first = await prepareAndApply('examples/kms.yaml', REPO_ROOT);
    expect(first.result.failed).toBeUndefined();
    expect(first.result.applied.length).toBe(first.prepared.plan.changes.length);
    expect(writeCalls(first.prepared.stats.calls)).toEqual([
      'CreateAlias',
      'CreateKey',
      'EnableKeyRotation',
    ]);
    const live = await snapshotLiveState([PRODUCTION, STAGING]);
    expect(live.map((key) => `${key.account}/${key.name}`)).toEqual([
      `${PRODUCTION}/prod-payments`,
      `${PRODUCTION}/prod-rds`,
      `${PRODUCTION}/prod-s3`,
      `${STAGING}/staging-s3`,
    ]);

    const second = await prepare('examples/kms.yaml', REPO_ROOT);
    try {
      expect(second.plan.changes).toEqual([]);
      expect(second.plan.problems).toEqual([]);
      const result = await applyPlan(second.plan, {
        clients: second.clients,
        allowDestructive: true,
      });
      expect(result).toEqual({ applied: [], heldBack: [] });
      // Reads only, through the whole second run (caller identity, discovery, plan, apply).
      expect([...second.stats.calls.keys()].length).toBeGreaterThan(0);
      expect(writeCalls(second.stats.calls)).toEqual([]);
    } finally {
      second.clients.destroy();
    }
    expect(await snapshotLiveState([PRODUCTION, STAGING])).toEqual(live);
  });
});
