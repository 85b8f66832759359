import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

const MANIFEST = `version: 1
keys:
  payments:
    account: "111122223333"
    region: us-east-1
  ledger:
    account: "111122223333"
    region: us-east-1
`;

function workspace(): string {
  const directory = mkdtempSync(join(tmpdir(), 'kms-action-target-'));
  writeFileSync(join(directory, 'kms.yaml'), MANIFEST);
  return directory;
}

describe('--target', () => {
  it.for(['plan', 'apply'])(
    '%s: an unknown key name is a usage error (exit 2) naming the nearest key, before any AWS call',
    async (command) => {
      // No AWS endpoint or credentials: an AWS call would fail with exit 4, not 2.
      const args = [command, '--target', 'payment', '--target', 'ledger'];
      if (command === 'apply') args.push('--auto-approve');
      const run = await runCliCaptured(args, {
        cwd: workspace(),
        env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' },
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        "--target must name a key under `keys:` of kms.yaml, got 'payment' (did you mean 'payments'?); the keys are: payments, ledger",
      );
      expect(run.stdout).toBe('');
    },
  );

  it('is documented in the help of plan and apply', async () => {
    for (const command of ['plan', 'apply']) {
      const run = await runCliCaptured([command, '--help']);
      expect(run.stdout).toContain('--target <key name>');
    }
  });

  it('is not an option of drift, which always checks the whole manifest', async () => {
    const run = await runCliCaptured(['drift', '--target', 'ledger'], { cwd: workspace() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--target'");
  });
});
