/**
 * `npm run emulator`: the printed lines, pasted in another shell that starts with someone's
 * real AWS settings, are all the CLI needs to plan against the emulator; Ctrl-C stops it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithEmulator } from '../emulator/use-emulator.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describeWithEmulator('npm run emulator', () => {
  it('prints an environment a fresh shell can plan with, and stops on Ctrl-C', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/run-emulator.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.resume();
    try {
      while (!stdout.includes('Ctrl-C stops the emulator.')) {
        if (child.exitCode !== null) throw new Error(`exited early:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const pasted = stdout
        .split('\n')
        .filter((line) => /^(export|unset) /.test(line))
        .join('\n');
      const endpoint = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      expect(pasted).toContain(`export AWS_ENDPOINT_URL=${endpoint ?? 'missing'}`);

      const plan = spawnSync(
        'sh',
        [
          '-c',
          `${pasted}\nexec "$NODE" dist/cli/index.js plan -f examples/kms.yaml --detailed-exitcode --format json --role-to-assume 'arn:aws:iam::{account}:role/kms-admin'`,
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          // Another shell, with a real profile and endpoint the pasted lines must replace.
          env: {
            PATH: process.env['PATH'] ?? '',
            HOME: join(ROOT, '.cache'),
            NODE: process.execPath,
            AWS_PROFILE: 'no-such-profile',
            AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
          },
        },
      );
      expect(plan.status, plan.stderr).toBe(3);
      const changes = (JSON.parse(plan.stdout) as { changes: { action: string }[] }).changes;
      expect(changes.filter((change) => change.action === 'create').length).toBeGreaterThan(0);

      child.kill('SIGINT');
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
      const after = await fetch(`${endpoint ?? ''}/moto-api/`).then(
        () => 'answers',
        () => 'refused',
      );
      expect(after).toBe('refused');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
