import { beforeEach, expect, it } from 'vitest';
import {
  describeWithEmulator,
  emulatorRegion,
  resetEmulatorState,
} from '../../emulator/use-emulator.ts';
import { AMBIENT_ACCOUNT, cli, createWorkspace } from './plan-apply-harness.ts';

const KEYS = 21;

function manifest(count: number): string {
  return [
    'version: 1',
    `defaults: { region: ${emulatorRegion} }`,
    `accounts: { main: '${AMBIENT_ACCOUNT}' }`,
    'keys:',
    ...Array.from(
      { length: count },
      (_, index) => `  k${String(index)}: { account: main, description: key ${String(index)} }`,
    ),
  ].join('\n');
}

describeWithEmulator('progress of plan on more than 20 keys', () => {
  beforeEach(async () => {
    await resetEmulatorState();
  });

  it('reports keys read per account on stderr, and nothing with --format json', async () => {
    const workspace = await createWorkspace(manifest(KEYS));
    try {
      const applied = await cli(['apply', '--auto-approve'], workspace.dir);
      expect(applied.code).toBe(0);

      const plan = await cli(['plan'], workspace.dir);
      expect(plan.code).toBe(0);
      expect(plan.stderr).toContain(
        `kms-action: account ${AMBIENT_ACCOUNT} ${emulatorRegion}: ${String(KEYS)}/${String(KEYS)} keys read\n`,
      );
      expect(plan.stdout).not.toContain('keys read');

      const json = await cli(['plan', '--format', 'json'], workspace.dir);
      expect(json.code).toBe(0);
      expect(json.stderr).not.toContain('keys read');
      expect((JSON.parse(json.stdout) as { changes: unknown[] }).changes).toEqual([]);
    } finally {
      await workspace.remove();
    }
  });
});
