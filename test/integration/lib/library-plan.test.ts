/**
 * The library's plan() and drift() against the emulator: the same documents as
 * `kms-action plan|drift --format json` for the same manifest, credentials and live keys, and
 * AWS failures as AwsAccessError.
 */
import { DisableKeyCommand } from '@aws-sdk/client-kms';
import { beforeEach, expect, it } from 'vitest';
import { AwsAccessError, drift, plan, type PlanJson } from '../../../lib/index.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  cliEnv,
  keyIdOf,
  operatorKms,
  PRODUCTION,
  REPO_ROOT,
  ROLE,
} from '../plan-apply/plan-apply-harness.ts';

const MANIFEST = 'examples/kms.yaml';
const AWS = ['--role-to-assume', ROLE];
const OPTIONS = { file: MANIFEST, cwd: REPO_ROOT, roleToAssume: ROLE, env: cliEnv() };

async function cliJson(argv: string[]): Promise<PlanJson> {
  const run = await cli([...argv, '-f', MANIFEST, '--format', 'json', ...AWS], REPO_ROOT);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as PlanJson;
}

describeWithEmulator('the library plan() and drift()', () => {
  beforeEach(async () => {
    await resetEmulatorState();
  });

  it('plan: the CLI document, for every key and for --target', async () => {
    const whole = await plan(OPTIONS);
    expect(whole).toEqual(await cliJson(['plan']));
    expect(whole.format_version).toBe(3);
    expect(whole.owner).toBe('acme/platform-keys/examples/kms.yaml');
    expect(whole.summary.by_action.create).toBe(4);

    const partial = await plan({ ...OPTIONS, targets: ['prod-s3'] });
    expect(partial).toEqual(await cliJson(['plan', '--target', 'prod-s3']));
    expect(partial.partial?.targets).toEqual(['prod-s3']);
  });

  it('drift: the CLI document, before and after a change made outside the repository', async () => {
    const applied = await cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT);
    expect(applied.code).toBe(0);
    const clean = await drift(OPTIONS);
    expect(clean).toEqual(await cliJson(['drift']));
    expect(clean.summary.has_changes).toBe(false);

    const kms = await operatorKms(PRODUCTION);
    await kms.send(new DisableKeyCommand({ KeyId: await keyIdOf(kms, 'prod-s3') }));
    const drifted = await drift(OPTIONS);
    expect(drifted).toEqual(await cliJson(['drift']));
    expect(drifted.changes.map((change) => `${change.action} ${change.address}`)).toEqual([
      'enable key.prod-s3',
    ]);
    // drift() only reports: the key stays disabled.
    expect((await drift(OPTIONS)).summary.has_changes).toBe(true);
  });

  it('credentials of another account are an AwsAccessError, before any key is read', async () => {
    // Without a role, the ambient credentials are moto's default account, not the manifest's.
    const failure = plan({ file: MANIFEST, cwd: REPO_ROOT, env: cliEnv() });
    await expect(failure).rejects.toThrow(AwsAccessError);
    await expect(failure).rejects.toThrow(/111122223333/);
  });
});
