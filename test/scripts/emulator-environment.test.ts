import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describeEmulatorEnvironment, quoteForShell } from '../../scripts/emulator-environment.ts';

/** What a POSIX shell ends up with after running the lines, from a given starting environment. */
function evaluate(shell: string, start: Record<string, string>): Record<string, string> {
  const result = spawnSync('sh', ['-c', `${shell}\nenv`], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...start },
  });
  expect(result.status).toBe(0);
  return Object.fromEntries(
    result.stdout
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe.skipIf(process.platform === 'win32')('describeEmulatorEnvironment', () => {
  it('gives shell lines that set exactly its variables and remove a profile and session', () => {
    const environment = describeEmulatorEnvironment('http://127.0.0.1:4566', {
      GITHUB_REPOSITORY: 'acme/platform-keys',
    });
    const after = evaluate(environment.shell, {
      AWS_PROFILE: 'production-admin',
      AWS_SESSION_TOKEN: 'real-session',
      AWS_ENDPOINT_URL: 'https://kms.us-east-1.amazonaws.com',
    });
    expect(after).toMatchObject(environment.set);
    expect(after['AWS_ENDPOINT_URL']).toBe('http://127.0.0.1:4566');
    expect(after['GITHUB_REPOSITORY']).toBe('acme/platform-keys');
    expect(after).not.toHaveProperty('AWS_PROFILE');
    expect(after).not.toHaveProperty('AWS_SESSION_TOKEN');
  });
});

describe.skipIf(process.platform === 'win32')('quoteForShell', () => {
  it.each([
    'validate',
    'examples/kms.yaml',
    'arn:aws:iam::{account}:role/kms-admin',
    "it's got $HOME, `backticks` and spaces",
    '*',
    '',
  ])('the shell reads %j back unchanged', (value) => {
    const result = spawnSync('sh', ['-c', `printf %s ${quoteForShell(value)}`], {
      encoding: 'utf8',
    });
    expect(result.stdout).toBe(value);
  });
});
