/**
 * End to end, the bundled Action's first request: the OIDC token, started by the entry before
 * the rest of the Action loads (action/start-id-token-prefetch.ts). Needs no emulator: AWS is
 * unreachable, so each run stops at its first AWS call, after the token; what is checked is
 * which token was asked for, how, and what the log shows.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultInputs } from './default-inputs.ts';
import { ensureFreshBundle } from './ensure-fresh-bundle.ts';
import { fakeIdToken, startFakeGitHub, type FakeGitHub } from './fake-github-server.ts';
import { startConnectProxy, type ConnectProxy } from './start-connect-proxy.ts';

const MANIFEST = `version: 1
keys:
  app:
    account: '111122223333'
    region: us-east-1
`;

describe('the bundled Action requests its OIDC token first, and only when it assumes a role', () => {
  let bundle: string;
  let github: FakeGitHub;
  let proxy: ConnectProxy;
  let workspace: string;

  beforeAll(async () => {
    bundle = ensureFreshBundle();
    github = await startFakeGitHub();
    proxy = await startConnectProxy(Number(new URL(github.url).port));
    workspace = await mkdtemp(join(tmpdir(), 'kms-action-e2e-token-'));
    await writeFile(join(workspace, 'kms.yaml'), MANIFEST);
    await writeFile(
      join(workspace, 'push.json'),
      JSON.stringify({
        ref: 'refs/heads/main',
        after: 'd1'.repeat(20),
        repository: { full_name: 'acme/platform-keys', default_branch: 'main' },
      }),
    );
  });

  afterAll(async () => {
    await proxy.close();
    await github.close();
    await rm(workspace, { recursive: true, force: true });
  });

  /** A push to main (mode apply) with role-to-assume, AWS out of reach. */
  async function runApply(
    extra: Record<string, string>,
  ): Promise<{ code: number | null; stdout: string }> {
    const child = spawn(process.execPath, [bundle], {
      cwd: workspace,
      env: {
        PATH: process.env['PATH'] ?? '',
        ...(await defaultInputs()),
        'INPUT_ROLE-TO-ASSUME': 'arn:aws:iam::{account}:role/kms-admin',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(workspace, 'push.json'),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'd1'.repeat(20),
        GITHUB_REPOSITORY: 'acme/platform-keys',
        GITHUB_RUN_ID: '7001',
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: github.url,
        ACTIONS_ID_TOKEN_REQUEST_URL: github.tokenUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
        // Nothing listens on port 9: every AWS call fails at once.
        AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
        AWS_REGION: 'us-east-1',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_MAX_ATTEMPTS: '1',
        ...extra,
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout };
  }

  it('asks once for the audience input, and the token shows in the log only as a mask', async () => {
    const before = github.tokenAudiences.length;
    const run = await runApply({ INPUT_AUDIENCE: 'sts.example.internal' });
    expect(github.tokenAudiences.slice(before)).toEqual(['sts.example.internal']);
    const token = fakeIdToken('sts.example.internal');
    const lines = run.stdout.split('\n').filter((line) => line.includes(token));
    expect(lines).toEqual([`::add-mask::${token}`]);
    // It went on to assume the role with it (and failed there: AWS is out of reach).
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::');
  });

  it('without role-to-assume, or on a refused apply, no token is requested', async () => {
    const before = github.tokenAudiences.length;
    const noRole = await runApply({ 'INPUT_ROLE-TO-ASSUME': '' });
    const otherBranch = await runApply({ GITHUB_REF: 'refs/heads/feature' });
    expect(noRole.code).toBe(1);
    expect(otherBranch.stdout).toContain('::error::refusing to apply: mode apply runs on a push');
    expect(github.tokenAudiences).toHaveLength(before);
  });

  it('when the token service refuses, the step fails with the error it always gave', async () => {
    const run = await runApply({ ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'expired-runtime-token' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*requesting a GitHub OIDC token for audience 'sts\.amazonaws\.com' failed: .*Error Code : 401.*Check 'permissions: id-token: write' on the job/,
    );
  });

  it('behind a proxy, the token request goes through it', async () => {
    const before = github.tokenAudiences.length;
    // A host only the proxy can reach.
    const run = await runApply({
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://token.invalid/oidc/token?api-version=2.0',
      HTTP_PROXY: proxy.url,
      HTTPS_PROXY: proxy.url,
    });
    expect(proxy.tunnels).toContain('token.invalid:80');
    expect(github.tokenAudiences.slice(before)).toEqual(['sts.amazonaws.com']);
    expect(run.stdout).toContain(`::add-mask::${fakeIdToken('sts.amazonaws.com')}`);
  });
});
