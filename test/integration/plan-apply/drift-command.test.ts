import {
  DisableKeyCommand,
  ScheduleKeyDeletionCommand,
  UpdateKeyDescriptionCommand,
} from '@aws-sdk/client-kms';
import { beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  keyIdOf,
  operatorKms,
  PRODUCTION,
  REPO_ROOT,
  ROLE,
  snapshotLiveState,
} from './plan-apply-harness.ts';

const MANIFEST = 'examples/kms.yaml';
const AWS = ['--role-to-assume', ROLE];

describeWithEmulator('kms-action drift', () => {
  beforeEach(async () => {
    await resetEmulatorState();
    const applied = await cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT);
    expect(applied.code).toBe(0);
  });

  it('reports no drift right after an apply (exit 0)', async () => {
    const run = await cli(['drift', '-f', MANIFEST, ...AWS], REPO_ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No changes');
  });

  it('undoes only out-of-band deletions and disables with --repair cancel-deletion, and reports the rest (exit 3)', async () => {
    const kms = await operatorKms(PRODUCTION);
    const rds = await keyIdOf(kms, 'prod-rds');
    const s3 = await keyIdOf(kms, 'prod-s3');
    const payments = await keyIdOf(kms, 'prod-payments');
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: rds, PendingWindowInDays: 7 }));
    await kms.send(new DisableKeyCommand({ KeyId: s3 }));
    await kms.send(
      new UpdateKeyDescriptionCommand({ KeyId: payments, Description: 'changed by hand' }),
    );

    // The out-of-band deletion and disable read as alarms above the plan, with KMS's date.
    const text = (await cli(['drift', '-f', MANIFEST, ...AWS], REPO_ROOT)).stdout;
    expect(text).toMatch(
      /^Changed outside this repository:\n {2}! key prod-rds is scheduled for deletion on \d{4}-\d{2}-\d{2} \(7 days left\)/,
    );
    expect(text).toContain('! key prod-s3 is disabled');
    expect(text.indexOf('Changed outside')).toBeLessThan(text.indexOf('Plan for'));

    const report = await cli(['drift', '-f', MANIFEST, '--format', 'json', ...AWS], REPO_ROOT);
    expect(report.code).toBe(3);
    const actions = (
      JSON.parse(report.stdout) as { changes: { address: string; action: string }[] }
    ).changes
      .map((change) => `${change.action} ${change.address}`)
      .sort();
    expect(actions).toEqual([
      'cancel-deletion key.prod-rds',
      'enable key.prod-rds',
      'enable key.prod-s3',
      'update-description key.prod-payments',
    ]);

    const repaired = await cli(
      ['drift', '-f', MANIFEST, '--repair', 'cancel-deletion', ...AWS],
      REPO_ROOT,
    );
    expect(repaired.code).toBe(3);
    expect(repaired.stderr).toContain('repaired key.prod-rds');
    const live = await snapshotLiveState([PRODUCTION]);
    const stateOf = (name: string) => live.find((key) => key.name === name)?.state;
    expect(stateOf('prod-rds')).toBe('Enabled');
    expect(stateOf('prod-s3')).toBe('Enabled');
    expect(live.find((key) => key.name === 'prod-payments')?.description).toBe('changed by hand');

    const after = await cli(['drift', '-f', MANIFEST, '--format', 'json', ...AWS], REPO_ROOT);
    expect(after.code).toBe(3);
    expect(
      (JSON.parse(after.stdout) as { changes: { action: string }[] }).changes.map(
        (change) => change.action,
      ),
    ).toEqual(['update-description']);
  });

  it('refuses an unknown repair (exit 2)', async () => {
    const run = await cli(['drift', '-f', MANIFEST, '--repair', 'everything', ...AWS], REPO_ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--repair must be 'cancel-deletion'");
  });
});
