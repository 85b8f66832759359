/**
 * Guard: a manifest is read only when it is a regular file reached without a symbolic link.
 * A link committed in a pull request (kms.yaml -> /home/runner/.aws/credentials, or a
 * directory link infra -> /) would make the CLI or the Action read any file of the runner
 * and echo it in errors and comments; a FIFO or a device would hang the read or never end.
 * The app reads through the Contents API, which follows a link to a file of the repository
 * and then answers with the target's path: it refuses that, and a `symlink` answer, too.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { ProbotOctokit } from 'probot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import { describeReadError } from '../../app/describe-read-error.ts';
import { readRepositoryFile } from '../../app/read-repository-file.ts';
import { MANIFEST, fakeServices, inputs, octokit, pushContext } from '../action/action-fixtures.ts';
import { runCliCaptured } from '../cli/run-cli-helper.ts';

const SECRET = 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
let sandbox: string;
let checkout: string;

beforeAll(async () => {
  nock.disableNetConnect();
  sandbox = await mkdtemp(join(tmpdir(), 'kms-action-symlink-'));
  checkout = join(sandbox, 'checkout');
  await mkdir(join(checkout, 'real'), { recursive: true });
  await mkdir(join(sandbox, 'outside'));
  await writeFile(join(sandbox, 'outside', 'credentials'), `${SECRET}\n`);
  await writeFile(join(sandbox, 'outside', 'kms.yaml'), MANIFEST);
  await writeFile(join(checkout, 'real', 'kms.yaml'), MANIFEST);
  // The attacks: a link to a file outside, a link inside the repository, a directory link.
  await symlink(join(sandbox, 'outside', 'credentials'), join(checkout, 'kms.yaml'));
  await symlink('real/kms.yaml', join(checkout, 'inside-link.yaml'));
  await symlink(join(sandbox, 'outside'), join(checkout, 'infra'));
  if (process.platform !== 'win32') execFileSync('mkfifo', [join(checkout, 'fifo.yaml')]);
});
afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});
afterEach(() => {
  nock.cleanAll();
});

describe('the Action', () => {
  it.each([
    ['a link to a file outside the checkout', 'kms.yaml', "'kms.yaml' is a symbolic link"],
    [
      'a link to a file of the repository',
      'inside-link.yaml',
      "'inside-link.yaml' is a symbolic link",
    ],
    ['a path through a directory link', 'infra/kms.yaml', "'infra' is a symbolic link"],
  ])('refuses %s, before any credential request', async (_, manifest, expected) => {
    const services = fakeServices([]);
    const context = { ...pushContext(checkout), eventName: 'workflow_dispatch' };
    const result = await run(
      inputs({ manifest, mode: 'drift', 'role-to-assume': 'arn:aws:iam::{account}:role/x' }),
      octokit(),
      context,
      services,
    );

    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain(expected);
    expect(result.failures[0]).toContain('must name a regular file of the repository');
    expect(result.summary).not.toContain('wJalrXUtnFEMI');
    expect(services.tokenRequests).toEqual([]);
    expect(services.prepareCalls).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without waiting on it', async () => {
    const services = fakeServices([]);
    const result = await run(
      inputs({ manifest: 'fifo.yaml', mode: 'drift' }),
      octokit(),
      { ...pushContext(checkout), eventName: 'workflow_dispatch' },
      services,
    );
    expect(result.failures).toEqual([
      "input 'manifest' must name a regular file, got 'fifo.yaml', a FIFO",
    ]);
  });
});

describe('the CLI', () => {
  it.each([
    ['kms.yaml', 'kms.yaml is a symbolic link'],
    ['inside-link.yaml', 'inside-link.yaml is a symbolic link'],
    ['infra/kms.yaml', 'infra is a symbolic link'],
  ])('refuses -f %s with exit 2', async (file, expected) => {
    const result = await runCliCaptured(['validate', '-f', file], { cwd: checkout });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).toContain('Pass the path of the file itself with -f');
    expect(result.stdout + result.stderr).not.toContain('wJalrXUtnFEMI');
  });

  it('refuses a link given by an absolute path outside the working directory', async () => {
    const result = await runCliCaptured(['validate', '-f', join(checkout, 'kms.yaml')], {
      cwd: sandbox,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a symbolic link');
  });

  it.skipIf(process.platform === 'win32').each([
    ['a FIFO', 'fifo.yaml', 'got a FIFO'],
    ['a character device', '/dev/zero', 'got a character device'],
  ])('refuses %s with exit 2 instead of reading it', async (_, file, expected) => {
    const result = await runCliCaptured(['validate', '-f', file], { cwd: checkout });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected);
  });

  it('still reads the regular file the link pointed to', async () => {
    const result = await runCliCaptured(['validate', '-f', 'real/kms.yaml'], { cwd: checkout });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('the CLI lint-policy <file>', () => {
  it.skipIf(process.platform === 'win32').each([
    ['a FIFO', 'fifo.yaml', 'got a FIFO'],
    ['a character device', '/dev/zero', 'got a character device'],
  ])('refuses %s with exit 2 instead of reading it', async (_, file, expected) => {
    const result = await runCliCaptured(['lint-policy', file], { cwd: checkout });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected);
  });

  it('refuses a link to a file outside the checkout without echoing it', async () => {
    const result = await runCliCaptured(['lint-policy', 'kms.yaml'], { cwd: checkout });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kms.yaml is a symbolic link');
    expect(result.stdout + result.stderr).not.toContain('wJalrXUtnFEMI');
  });
});

describe('the app (Contents API)', () => {
  const API = 'https://api.github.com';
  const github = new ProbotOctokit({ auth: { token: 'ghs_test' }, retry: { enabled: false } });
  const location = { owner: 'acme', repo: 'platform-keys', path: 'kms.yaml', ref: 'a'.repeat(40) };
  const answer = (body: Record<string, unknown>) =>
    nock(API)
      .get('/repos/acme/platform-keys/contents/kms.yaml')
      .query({ ref: location.ref })
      .reply(200, { size: 10, sha: 'f'.repeat(40), name: 'kms.yaml', ...body });

  it('refuses a symlink answer (a link whose target is outside the repository)', async () => {
    answer({ type: 'symlink', path: 'kms.yaml', target: '/etc/passwd' });
    const file = await readRepositoryFile(github, location, 1024 * 1024);
    expect(file).toEqual({ kind: 'not-a-file', type: 'symlink' });
    if (file.kind !== 'not-a-file') throw new Error('unreachable');
    expect(describeReadError('kms.yaml', location.ref, file, false).message).toBe(
      'kms.yaml is a symbolic link at aaaaaaa: kms-action reads only a regular file, never through a link (the Action and the CLI refuse it too)',
    );
  });

  it('refuses a link GitHub followed to a file of the repository (the answer names the target)', async () => {
    answer({
      type: 'file',
      path: 'real/kms.yaml',
      encoding: 'base64',
      content: Buffer.from('version: 1').toString('base64'),
    });
    expect(await readRepositoryFile(github, location, 1024 * 1024)).toEqual({
      kind: 'not-a-file',
      type: 'symlink',
    });
  });

  it('reads the file itself', async () => {
    answer({
      type: 'file',
      path: 'kms.yaml',
      encoding: 'base64',
      content: Buffer.from('version: 1').toString('base64'),
    });
    const file = await readRepositoryFile(github, location, 1024 * 1024);
    expect(file.kind).toBe('file');
  });
});

describe('kms-action list-manifests', () => {
  it('follows no link while searching: not the linked kms.yaml, not the directory link', async () => {
    const run = await runCliCaptured(['list-manifests', '--json'], { cwd: checkout });
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { manifests: { path: string }[] };
    expect(listed.manifests.map((manifest) => manifest.path)).toEqual(['real/kms.yaml']);
    expect(run.stdout + run.stderr).not.toContain('aws_secret_access_key');
  });

  it('refuses a path of .github/kms-action.yml reached through a link, and a linked configuration', async () => {
    const listed = join(sandbox, 'listed');
    await mkdir(join(listed, '.github'), { recursive: true });
    await symlink(join(sandbox, 'outside'), join(listed, 'infra'));
    await writeFile(join(listed, '.github', 'kms-action.yml'), 'manifests: [infra/kms.yaml]\n');
    const viaLink = await runCliCaptured(['list-manifests', '--json'], { cwd: listed });
    expect(viaLink.code).toBe(2);
    expect(viaLink.stdout).toBe('');
    expect(viaLink.stderr).toContain(
      'manifest infra/kms.yaml is reached through the symbolic link infra',
    );

    const linkedConfig = join(sandbox, 'linked-config');
    await mkdir(join(linkedConfig, '.github'), { recursive: true });
    await symlink(
      join(sandbox, 'outside', 'kms.yaml'),
      join(linkedConfig, '.github', 'kms-action.yml'),
    );
    const config = await runCliCaptured(['list-manifests'], { cwd: linkedConfig });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('.github/kms-action.yml must be a regular file');
  });
});
