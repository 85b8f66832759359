/**
 * End to end: the bundled Action (dist/action/index.js) runs as a child process the way the
 * runner starts it (INPUT_* variables with action.yml's defaults, GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), against moto for AWS and a local stand-in for
 * the GitHub API and the OIDC token service. One story: a pull request gets its plan
 * comment, the merge applies it, the next pull request shows no changes, and an out-of-band
 * deletion is caught by the drift run, which cancels it and opens the kms-drift issue.
 */
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import {
  DescribeKeyCommand,
  KMSClient,
  ListAliasesCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithEmulator,
  emulatorEndpoint,
  emulatorRegion,
  resetEmulatorState,
} from '../emulator/use-emulator.ts';
import { defaultInputs } from './default-inputs.ts';
import { ensureFreshBundle } from './ensure-fresh-bundle.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github-server.ts';

const PRODUCTION = '111122223333';
const MANIFEST = `version: 1
defaults:
  region: us-east-1
  rotation: { enabled: true, period_in_days: 365 }
  deletion_window_in_days: 30
  tags: { ManagedBy: kms-action }
  policy:
    admins: [kms-admin]
    require_mfa_for: [ScheduleKeyDeletion, DisableKey]
accounts:
  production: '${PRODUCTION}'
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  s3-app: arn:aws:iam::${PRODUCTION}:role/app-s3
keys:
  prod-s3:
    account: production
    environment: production
    service: s3
    description: CMK for S3 encryption - Production
    aliases: [alias/prod-s3-encryption]
    policy:
      users: [s3-app]
      via_service: [s3]
      encryption_context: { project: portfolio }
`;

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Milliseconds from spawn to exit. */
  elapsedMs: number;
}

describeWithEmulator('the bundled Action, run as the runner runs it', () => {
  let github: FakeGitHub;
  let workspace: string;
  let step = 0;
  let bundle: string;

  beforeAll(async () => {
    bundle = ensureFreshBundle();
    await resetEmulatorState();
    github = await startFakeGitHub();
    workspace = await mkdtemp(join(tmpdir(), 'kms-action-e2e-'));
    await writeFile(join(workspace, 'kms.yaml'), MANIFEST);
  });

  afterAll(async () => {
    await github.close();
    await rm(workspace, { recursive: true, force: true });
  });

  async function runAction(
    eventName: string,
    event: Record<string, unknown>,
    extra: Record<string, string>,
  ): Promise<ActionRun> {
    step++;
    const files = join(workspace, `.step-${step}`);
    await writeFile(`${files}-event.json`, JSON.stringify(event));
    await writeFile(`${files}-output`, '');
    await writeFile(`${files}-summary`, '');
    // No AWS credentials of any kind: only the OIDC session can reach moto's accounts.
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      ...(await defaultInputs()),
      'INPUT_ROLE-TO-ASSUME': `arn:aws:iam::{account}:role/kms-admin`,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: `${files}-event.json`,
      GITHUB_OUTPUT: `${files}-output`,
      GITHUB_STEP_SUMMARY: `${files}-summary`,
      GITHUB_REPOSITORY: 'acme/platform-keys',
      GITHUB_RUN_ID: String(5000 + step),
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_API_URL: github.url,
      GITHUB_WORKSPACE: workspace,
      ACTIONS_ID_TOKEN_REQUEST_URL: github.tokenUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
      AWS_ENDPOINT_URL: emulatorEndpoint(),
      AWS_REGION: emulatorRegion,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_MAX_ATTEMPTS: '2',
      ...extra,
    };
    const started = performance.now();
    const child = spawn(process.execPath, [bundle], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(await readFile(`${files}-output`, 'utf8')),
      summary: await readFile(`${files}-summary`, 'utf8'),
      elapsedMs: performance.now() - started,
    };
  }

  const pullRequestEvent = (number: number, headSha: string, baseSha: string) => ({
    action: 'synchronize',
    number,
    pull_request: {
      number,
      html_url: `https://github.example/acme/platform-keys/pull/${number}`,
      head: { sha: headSha, ref: `feature-${number}`, repo: { full_name: 'acme/platform-keys' } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/platform-keys' } },
    },
    repository: { full_name: 'acme/platform-keys', default_branch: 'main' },
  });

  it('a pull_request_target run is refused before it requests a token or calls GitHub', async () => {
    const requests = github.requests.length;
    const tokens = github.tokenAudiences.length;
    const event = pullRequestEvent(6, 'f0'.repeat(20), 'b0'.repeat(20));
    const fork = { ...event.pull_request.head, repo: { full_name: 'mallory/platform-keys' } };
    const refused = await runAction(
      'pull_request_target',
      { ...event, pull_request: { ...event.pull_request, head: fork } },
      { GITHUB_SHA: 'b0'.repeat(20), GITHUB_REF: 'refs/heads/main' },
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "::error::kms-action refuses to run on a 'pull_request_target' event",
    );
    expect(github.tokenAudiences).toHaveLength(tokens);
    expect(github.requests).toHaveLength(requests);
    expect(refused.outputs['plan-json']).toBe('');
  });

  it('a pull request gets one plan comment, updated in place on the next push', async () => {
    const first = await runAction(
      'pull_request',
      pullRequestEvent(7, 'a1'.repeat(20), 'b0'.repeat(20)),
      {
        GITHUB_SHA: 'c7'.repeat(20),
        GITHUB_REF: 'refs/pull/7/merge',
      },
    );
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(github.tokenAudiences).toContain('sts.amazonaws.com');
    const comments = github.comments.filter((comment) => comment.issue === 7);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('<!-- kms-action:kms.yaml -->');
    expect(body).toContain('key.prod-s3');
    expect(body).toContain('alias/prod-s3-encryption');
    expect(body).toMatch(/<!-- kms-action-fingerprint \{.*"base":"b0b0/);
    expect(first.outputs['has-changes']).toBe('true');
    const plan = JSON.parse(first.outputs['plan-json'] ?? '') as { changes: { action: string }[] };
    expect(plan.changes.map((change) => change.action)).toContain('create');
    expect(first.summary).toContain('kms-action plan for');

    const second = await runAction(
      'pull_request',
      pullRequestEvent(7, 'a2'.repeat(20), 'b0'.repeat(20)),
      {
        GITHUB_SHA: 'c8'.repeat(20),
        GITHUB_REF: 'refs/pull/7/merge',
      },
    );
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(github.comments.filter((comment) => comment.issue === 7)).toHaveLength(1);
    expect(github.requests.some((request) => request.method === 'PATCH')).toBe(true);
    // Credentials never appear in the log in clear.
    expect(second.stdout).toMatch(/::add-mask::/);
  });

  it('the push that merges it applies the plan and reports on the merged pull request', async () => {
    const mergeSha = 'd1'.repeat(20);
    github.pulls.push({
      number: 7,
      mergeCommitSha: mergeSha,
      headSha: 'a2'.repeat(20),
      baseRef: 'main',
      merged: true,
    });
    const run = await runAction(
      'push',
      {
        ref: 'refs/heads/main',
        after: mergeSha,
        repository: { full_name: 'acme/platform-keys', default_branch: 'main' },
      },
      { GITHUB_SHA: mergeSha, GITHUB_REF: 'refs/heads/main' },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(Number(run.outputs['applied'])).toBeGreaterThan(0);
    expect(run.summary).toContain('Applied');
    const report = github.comments.find(
      (comment) =>
        comment.issue === 7 && comment.body.includes('<!-- kms-action-apply:kms.yaml -->'),
    );
    expect(report?.body).toContain('Applied');
    expect(report?.body).toContain('the live state is unchanged since the plan reviewed');

    const kms = await kmsFor(PRODUCTION);
    const aliases = await kms.send(new ListAliasesCommand({}));
    expect(aliases.Aliases?.map((alias) => alias.AliasName)).toContain('alias/prod-s3-encryption');
  });

  it('the next pull request shows no changes', async () => {
    const run = await runAction(
      'pull_request',
      pullRequestEvent(8, 'e1'.repeat(20), 'd1'.repeat(20)),
      {
        GITHUB_SHA: 'c9'.repeat(20),
        GITHUB_REF: 'refs/pull/8/merge',
      },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    const comment = github.comments.find((candidate) => candidate.issue === 8);
    expect(comment?.body).toContain('No changes.');
  });

  it('a pull request planned with a read-only role checks apply-role: a disable behind the MFA guard fails on the pull request', async () => {
    await writeFile(
      join(workspace, 'kms.yaml'),
      MANIFEST.replace('    description: CMK', '    state: disabled\n    description: CMK'),
    );
    try {
      const run = await runAction(
        'pull_request',
        pullRequestEvent(10, 'e2'.repeat(20), 'd1'.repeat(20)),
        {
          GITHUB_SHA: 'cb'.repeat(20),
          GITHUB_REF: 'refs/pull/10/merge',
          // The pull request workflow of examples/workflows/kms-plan.yml: no apply credentials.
          'INPUT_ROLE-TO-ASSUME': '',
          'INPUT_PLAN-ROLE-TO-ASSUME': 'arn:aws:iam::{account}:role/kms-action-plan',
          'INPUT_APPLY-ROLE': 'arn:aws:iam::{account}:role/kms-admin',
        },
      );
      expect(run.code, run.stdout + run.stderr).toBe(1);
      const plan = JSON.parse(run.outputs['plan-json'] ?? '') as {
        format_version: number;
        problems: { code: string; message: string }[];
      };
      expect(plan.format_version).toBe(3);
      expect(plan.problems).toEqual([
        expect.objectContaining({
          code: 'applier-denied',
          message: expect.stringContaining(`arn:aws:iam::${PRODUCTION}:role/kms-admin`),
        }),
      ]);
      expect(github.comments.find((comment) => comment.issue === 10)?.body).toContain(
        '`applier-denied`',
      );
    } finally {
      await writeFile(join(workspace, 'kms.yaml'), MANIFEST);
    }
  });

  it("a fork's pull request is validated and linted without asking for credentials", async () => {
    const tokensBefore = github.tokenAudiences.length;
    const event = pullRequestEvent(9, 'f1'.repeat(20), 'd1'.repeat(20));
    event.pull_request.head.repo.full_name = 'mallory/platform-keys';
    const run = await runAction('pull_request', event, {
      GITHUB_SHA: 'ca'.repeat(20),
      GITHUB_REF: 'refs/pull/9/merge',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(github.tokenAudiences).toHaveLength(tokensBefore);
    expect(github.comments.find((comment) => comment.issue === 9)?.body).toContain(
      "Planning needs a maintainer's run",
    );
    expect(run.outputs['plan-json']).toBe('');
  });

  it('refuses to apply outside the default branch, and the step fails', async () => {
    const tokens = github.tokenAudiences.length;
    const run = await runAction(
      'push',
      {
        ref: 'refs/heads/feature',
        repository: { full_name: 'acme/platform-keys', default_branch: 'main' },
      },
      { GITHUB_SHA: 'cb'.repeat(20), GITHUB_REF: 'refs/heads/feature' },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::refusing to apply: mode apply runs on a push to the default branch \(main\)/,
    );
    expect(run.outputs['applied']).toBe('0');
    expect(github.tokenAudiences).toHaveLength(tokens);
  });

  it('a drift run after an out-of-band deletion cancels it and opens the kms-drift issue; the next run closes it', async () => {
    const kms = await kmsFor(PRODUCTION);
    const alias = (await kms.send(new ListAliasesCommand({}))).Aliases?.find(
      (entry) => entry.AliasName === 'alias/prod-s3-encryption',
    );
    const keyId = alias?.TargetKeyId ?? '';
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    expect((await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata?.KeyState).toBe(
      'PendingDeletion',
    );

    const schedule = {
      schedule: '17 5 * * *',
      repository: { full_name: 'acme/platform-keys', default_branch: 'main' },
    };
    const drift = await runAction('schedule', schedule, {
      GITHUB_SHA: 'd1'.repeat(20),
      GITHUB_REF: 'refs/heads/main',
      'INPUT_ON-DRIFT': 'cancel-deletion',
    });
    expect(drift.code, drift.stdout + drift.stderr).toBe(0);
    expect(drift.outputs['has-changes']).toBe('true');
    expect(Number(drift.outputs['applied'])).toBeGreaterThanOrEqual(1);
    expect((await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata?.KeyState).toBe(
      'Enabled',
    );
    const open = github.issues.filter((issue) => issue.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]?.labels).toEqual(['kms-drift']);
    expect(open[0]?.body).toContain('Repaired automatically');
    expect(open[0]?.body).toContain('key.prod-s3');

    const clean = await runAction('schedule', schedule, {
      GITHUB_SHA: 'd1'.repeat(20),
      GITHUB_REF: 'refs/heads/main',
    });
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.outputs['has-changes']).toBe('false');
    expect(github.issues.map((issue) => issue.state)).toEqual(['closed']);
  });
});

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/** An operator's session in `account`, out of band (not through the Action). */
async function kmsFor(account: string): Promise<KMSClient> {
  const endpoint = emulatorEndpoint();
  const sts = new STSClient({ endpoint, region: emulatorRegion });
  const session = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${account}:role/operator`,
      RoleSessionName: 'e2e',
    }),
  );
  const credentials = session.Credentials;
  return new KMSClient({
    endpoint,
    region: emulatorRegion,
    credentials: {
      accessKeyId: credentials?.AccessKeyId ?? '',
      secretAccessKey: credentials?.SecretAccessKey ?? '',
      sessionToken: credentials?.SessionToken ?? '',
    },
  });
}
