import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Planner } from '../../app/create-aws-planner.ts';
import { kmsActionApp } from '../../app/index.ts';
import { selectReviewComments } from '../../app/select-review-comments.ts';
import { runLint } from '../../core/lint/run-lint.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import type { Plan } from '../../core/plan/plan-types.ts';
import { renderPlanMarkdown } from '../../core/render/render-plan-markdown.ts';
import { REVIEW_COMMENT_MARKER } from '../../app/views/render-review-comment.ts';
import {
  BASE_SHA,
  BOT_LOGIN,
  HEAD_SHA,
  PR,
  createTestProbot,
  loadFixture,
  mockGitHub,
  type GitHubMock,
} from './github-mock.ts';
import {
  CLEAN_MANIFEST,
  SCHEMA_ERROR_MANIFEST,
  TWO_WARNINGS_MANIFEST,
  WARNING_MANIFEST,
  manyWarningsManifest,
  patchChanging,
} from './manifests.ts';

const CHECK_RUNS = '/repos/acme/infra/check-runs';
const REVIEWS = `/repos/acme/infra/pulls/${PR}/reviews`;
const CONFIG = '.github/kms-action.yml';

// Each mocked GitHub call costs Octokit ~50 ms under nock; a run makes up to a dozen.
vi.setConfig({ testTimeout: 30_000 });

let probot: Probot;

beforeEach(async () => {
  nock.disableNetConnect();
  probot = createTestProbot();
  await probot.load(kmsActionApp({ planner: undefined }));
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

async function receive(name: 'pull_request' | 'check_run', fixture: string): Promise<void> {
  await probot.receive({
    id: 'delivery-1',
    name,
    payload: loadFixture(fixture),
  } as Parameters<Probot['receive']>[0]);
}

/** No `.github/kms-action.yml` at base or head: the default `kms.yaml` is checked. */
function withoutConfig(github: GitHubMock): GitHubMock {
  return github.file(CONFIG, BASE_SHA, undefined).file(CONFIG, HEAD_SHA, undefined);
}

function expectAllCallsMade(github: GitHubMock): void {
  expect(github.scope.pendingMocks()).toEqual([]);
}

describe('pull_request opened, synchronize, reopened', () => {
  it('reports a clean manifest as a successful check run and posts no review', async () => {
    const github = withoutConfig(mockGitHub().auth())
      .file('kms.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(1)
      .files([{ filename: 'kms.yaml', patch: patchChanging(16, 'old', 'new') }])
      .reviewComments([]);

    await receive('pull_request', 'pull_request.opened');

    expectAllCallsMade(github);
    expect(github.sent('POST', CHECK_RUNS)).toEqual([
      {
        name: 'kms-action: kms.yaml',
        head_sha: HEAD_SHA,
        external_id: '42',
        status: 'completed',
        conclusion: 'success',
        output: {
          title: 'kms.yaml: 1 key, no findings',
          summary: expect.stringContaining('## ✅ `kms.yaml`: 1 key, no findings'),
        },
      },
    ]);
    const [run] = github.sent('POST', CHECK_RUNS) as { output: { summary: string } }[];
    expect(run?.output.summary).toContain(
      "the plan against the live keys is posted by the kms-action GitHub Action in this repository's workflow",
    );
    expect(github.sent('POST', REVIEWS)).toEqual([]);
  });

  it('annotates a schema error on a changed line and comments on that line', async () => {
    const github = withoutConfig(mockGitHub().auth())
      .file('kms.yaml', HEAD_SHA, SCHEMA_ERROR_MANIFEST)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(2)
      .files([
        {
          filename: 'kms.yaml',
          patch: patchChanging(
            16,
            '    rotation: { enabled: true, period_in_days: 180 }',
            '    rotation: { enabled: true, period_in_days: ninety }',
          ),
        },
      ])
      .reviewComments([])
      .createReview();

    await receive('pull_request', 'pull_request.synchronize');

    expectAllCallsMade(github);
    const message = '`keys.prod-s3.rotation.period_in_days` must be a whole number, got "ninety"';
    expect(github.sent('POST', CHECK_RUNS)).toEqual([
      {
        name: 'kms-action: kms.yaml',
        head_sha: HEAD_SHA,
        external_id: '42',
        status: 'completed',
        conclusion: 'failure',
        output: {
          title: 'kms.yaml is invalid: 1 problem',
          summary: expect.stringContaining('## ❌ `kms.yaml` is invalid'),
          annotations: [
            {
              path: 'kms.yaml',
              start_line: 16,
              end_line: 16,
              annotation_level: 'failure',
              title: 'kms-action: invalid manifest',
              message,
              raw_details: 'Fix: Days between rotations, 90..2560. AWS default: 365.',
            },
          ],
        },
      },
    ]);
    expect(github.sent('POST', REVIEWS)).toEqual([
      {
        commit_id: HEAD_SHA,
        event: 'COMMENT',
        body: expect.stringContaining('found problems on 1 line this pull request changes'),
        comments: [
          {
            path: 'kms.yaml',
            line: 16,
            side: 'RIGHT',
            body: expect.stringContaining(REVIEW_COMMENT_MARKER),
          },
        ],
      },
    ]);
    const [review] = github.sent('POST', REVIEWS) as { comments: { body: string }[] }[];
    expect(review?.comments[0]?.body).toContain('`invalid-manifest`');
    expect(review?.comments[0]?.body).toContain('must be a whole number, got "ninety"');
  });

  it('annotates a warning on an unchanged line without a review comment (neutral)', async () => {
    const github = withoutConfig(mockGitHub().auth())
      .file('kms.yaml', HEAD_SHA, WARNING_MANIFEST)
      .file('kms.yaml', BASE_SHA, WARNING_MANIFEST)
      .createCheckRun(3)
      // The pull request changes the description (line 15); the alias (line 17) is untouched.
      .files([{ filename: 'kms.yaml', patch: patchChanging(15, 'old', 'new') }])
      .reviewComments([]);

    await receive('pull_request', 'pull_request.reopened');

    expectAllCallsMade(github);
    expect(github.sent('POST', CHECK_RUNS)).toEqual([
      expect.objectContaining({
        conclusion: 'neutral',
        output: expect.objectContaining({
          title: 'kms.yaml: 1 warning',
          annotations: [
            {
              path: 'kms.yaml',
              start_line: 17,
              end_line: 17,
              annotation_level: 'warning',
              title: 'kms-action alias-naming (key prod-s3)',
              message: 'alias `alias/S3Key` is not lower-case kebab-case',
              raw_details: expect.stringMatching(/^Fix: rename it/),
            },
          ],
        }),
      }),
    ]);
    expect(github.sent('POST', REVIEWS)).toEqual([]);
  });

  it('creates one check run per configured manifest, annotations in batches of 50', async () => {
    const staging = 'accounts/staging/kms.yaml';
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, undefined)
      .file(CONFIG, HEAD_SHA, `manifests:\n  - kms.yaml\n  - ${staging}\n`)
      .file('kms.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .file(staging, HEAD_SHA, manyWarningsManifest(60))
      .file(staging, BASE_SHA, undefined)
      .createCheckRun(10)
      .createCheckRun(11)
      .updateCheckRun(11)
      .files([{ filename: 'README.md', patch: patchChanging(3, 'a', 'b') }])
      .reviewComments([]);

    await receive('pull_request', 'pull_request.opened');

    expectAllCallsMade(github);
    const created = github.sent('POST', CHECK_RUNS) as {
      name: string;
      conclusion: string;
      output: { title: string; annotations?: { start_line: number }[] };
    }[];
    expect(created.map((run) => [run.name, run.conclusion, run.output.title])).toEqual([
      ['kms-action: kms.yaml', 'success', 'kms.yaml: 1 key, no findings'],
      ['kms-action: accounts/staging/kms.yaml', 'neutral', `${staging}: 60 warnings`],
    ]);
    expect(created[1]?.output.annotations).toHaveLength(50);
    const updates = github.sent('PATCH', `${CHECK_RUNS}/11`) as {
      output: { title: string; summary: string; annotations: { start_line: number }[] };
    }[];
    expect(updates).toHaveLength(1);
    expect(updates[0]?.output.title).toBe(`${staging}: 60 warnings`);
    expect(updates[0]?.output.annotations.map((annotation) => annotation.start_line)).toEqual(
      Array.from({ length: 10 }, (_, index) => 18 + 6 * (50 + index)),
    );
  });

  it('reports an invalid .github/kms-action.yml as a failing check and checks kms.yaml', async () => {
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, undefined)
      .file(CONFIG, HEAD_SHA, 'manifests: ../secrets.yaml\n')
      .file('kms.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(20)
      .createCheckRun(21)
      .files([])
      .reviewComments([]);

    await receive('pull_request', 'pull_request.opened');

    expectAllCallsMade(github);
    const created = github.sent('POST', CHECK_RUNS) as {
      name: string;
      conclusion: string;
      output: { summary: string };
    }[];
    expect(created.map((run) => [run.name, run.conclusion])).toEqual([
      ['kms-action: .github/kms-action.yml', 'failure'],
      ['kms-action: kms.yaml', 'success'],
    ]);
    expect(created[0]?.output.summary).toContain(
      '\\`manifests\\` must be a list of paths, e\\.g\\. \\[kms\\.yaml\\], got string',
    );
  });

  it('makes no call beyond discovery for a repository without a manifest', async () => {
    const github = withoutConfig(mockGitHub().auth({ app: false }))
      .file('kms.yaml', HEAD_SHA, undefined)
      .file('kms.yaml', BASE_SHA, undefined);

    await receive('pull_request', 'pull_request.opened');

    expectAllCallsMade(github);
    expect(github.calls).toEqual([]);
  });
});

describe('plan with read-only AWS access', () => {
  const change = {
    address: 'key.prod-s3',
    key: 'prod-s3',
    account: '111122223333',
    region: 'us-east-1',
    keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    risk: 'safe',
    action: 'update-description',
    before: 'old description',
    after: 'CMK for S3 encryption - Production',
  } as const;
  const plan: Plan = {
    owner: 'acme/infra/kms.yaml',
    file: 'kms.yaml',
    changes: [change],
    problems: [],
    summary: {
      changes: 1,
      byAction: { 'update-description': 1 },
      byRisk: { safe: 1, disruptive: 0, destructive: 0 },
      problems: 0,
    },
  };

  async function runWithPlanner(planner: Planner): Promise<GitHubMock> {
    probot = createTestProbot();
    await probot.load(kmsActionApp({ planner }));
    const github = withoutConfig(mockGitHub().auth())
      .file('kms.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(50)
      .files([])
      .reviewComments([]);
    await receive('pull_request', 'pull_request.synchronize');
    expectAllCallsMade(github);
    return github;
  }

  it('puts the plan and its access diff in the check run details', async () => {
    const planned: string[] = [];
    const github = await runWithPlanner((desired) => {
      planned.push(...desired.keys.map((key) => key.name));
      return Promise.resolve(plan);
    });

    expect(planned).toEqual(['prod-s3']);
    const [run] = github.sent('POST', CHECK_RUNS) as {
      conclusion: string;
      output: { summary: string; text: string };
    }[];
    expect(run?.conclusion).toBe('success');
    expect(run?.output.summary).toContain('**Plan:** 1 change: see the details below.');
    expect(run?.output.text).toBe(renderPlanMarkdown(plan));
  });

  it('reports a planning failure as neutral, with the reason', async () => {
    const github = await runWithPlanner(() =>
      Promise.reject(new Error('cannot assume arn:aws:iam::111122223333:role/kms-read')),
    );

    const [run] = github.sent('POST', CHECK_RUNS) as {
      conclusion: string;
      output: { summary: string; text?: string };
    }[];
    expect(run?.conclusion).toBe('neutral');
    expect(run?.output.summary).toContain(
      '**Plan:** ⚠️ could not be made: cannot assume arn:aws:iam::111122223333:role/kms\\-read',
    );
    expect(run?.output.text).toBeUndefined();
  });
});

describe('untrusted manifests', () => {
  it('fails an oversized manifest from its metadata, without downloading it', async () => {
    const github = withoutConfig(mockGitHub().auth())
      .fileOfSize('kms.yaml', HEAD_SHA, 2 * 1024 * 1024)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(30)
      .files([])
      .reviewComments([]);

    await receive('pull_request', 'pull_request.synchronize');

    expectAllCallsMade(github);
    expect(github.sent('POST', CHECK_RUNS)).toEqual([
      expect.objectContaining({
        conclusion: 'failure',
        output: expect.objectContaining({
          title: 'Cannot read kms.yaml',
          summary: expect.stringContaining(
            'kms\\.yaml is 2097152 bytes, over the 1 MiB \\(1048576 bytes\\) limit',
          ),
        }),
      }),
    ]);
  });

  it('fails a malformed manifest with the YAML problem, located', async () => {
    const github = withoutConfig(mockGitHub().auth())
      .file('kms.yaml', HEAD_SHA, 'version: 1\nkeys: [unclosed\n')
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(31)
      .files([
        {
          filename: 'kms.yaml',
          patch: '@@ -1,2 +1,2 @@\n version: 1\n-keys: {}\n+keys: [unclosed',
        },
      ])
      .reviewComments([]);

    await receive('pull_request', 'pull_request.synchronize');

    expectAllCallsMade(github);
    const [run] = github.sent('POST', CHECK_RUNS) as {
      conclusion: string;
      output: { title: string; annotations: { start_line: number; annotation_level: string }[] };
    }[];
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.title).toMatch(/^kms\.yaml is invalid/);
    // The parser notices the missing `]` at the end of the file, line 3: no added line, no comment.
    expect(run?.output.annotations).toEqual([
      expect.objectContaining({
        start_line: 3,
        annotation_level: 'failure',
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
      }),
    ]);
    expect(github.sent('POST', REVIEWS)).toEqual([]);
  });

  it.each([
    [403, 'the app needs the `contents: read` permission'],
    [502, 're-run this check once GitHub answers again'],
  ])('turns a Contents API %i into a failing check that says what to do', async (status, fix) => {
    const github = withoutConfig(mockGitHub().auth())
      .file('kms.yaml', HEAD_SHA, { status })
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(32)
      .files([])
      .reviewComments([]);

    await receive('pull_request', 'pull_request.synchronize');

    expectAllCallsMade(github);
    const [run] = github.sent('POST', CHECK_RUNS) as {
      conclusion: string;
      output: { summary: string; annotations: { raw_details: string }[] };
    }[];
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.summary).toContain(`GitHub answered ${status}`);
    expect(run?.output.annotations[0]?.raw_details).toBe(
      `Fix: ${fix}${status === 403 ? ' on this repository: accept it in the installation settings (Settings → GitHub Apps), then re-run this check' : ''}`,
    );
  });
});

describe('check_run rerequested', () => {
  it('checks the pull request again and replaces the earlier review comments', async () => {
    const bot = { login: BOT_LOGIN, type: 'Bot' };
    // Line 16: a long rotation period (rotation-period), line 17: a bad alias (alias-naming).
    const manifest = TWO_WARNINGS_MANIFEST;
    const [line16, line17] = commentsFor(manifest, [16, 17]);
    const github = mockGitHub()
      .auth()
      .pullRequest({ number: PR, state: 'open', head: { sha: HEAD_SHA }, base: { sha: BASE_SHA } });
    withoutConfig(github)
      .file('kms.yaml', HEAD_SHA, manifest)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(40)
      .files([
        {
          filename: 'kms.yaml',
          patch:
            '@@ -15,3 +15,3 @@ keys:\n     description: x\n-    rotation: a\n-    aliases: b\n+    rotation: c\n+    aliases: d',
        },
      ])
      .reviewComments([
        // The first run's comment on line 16, still current and still true: kept.
        { id: 501, path: 'kms.yaml', line: 16, body: line16, user: bot },
        // An earlier finding on line 12, since fixed: deleted.
        { id: 502, path: 'kms.yaml', line: 12, body: `${REVIEW_COMMENT_MARKER}\nold`, user: bot },
        // The line 17 comment, outdated (GitHub sets `line` to null): replaced.
        { id: 503, path: 'kms.yaml', line: null, original_line: 17, body: line17, user: bot },
        // A person's comment, and another app's comment with the marker: never touched.
        {
          id: 504,
          path: 'kms.yaml',
          line: 12,
          body: 'LGTM',
          user: { login: 'alice-dev', type: 'User' },
        },
        {
          id: 505,
          path: 'kms.yaml',
          line: 12,
          body: `${REVIEW_COMMENT_MARKER}\ncopied`,
          user: { login: 'other-app[bot]', type: 'Bot' },
        },
      ])
      .createReview()
      .deleteReviewComment(502)
      .deleteReviewComment(503);

    await receive('check_run', 'check_run.rerequested');

    expectAllCallsMade(github);
    expect(github.sent('POST', CHECK_RUNS)).toEqual([
      expect.objectContaining({
        name: 'kms-action: kms.yaml',
        head_sha: HEAD_SHA,
        external_id: '42',
        conclusion: 'neutral',
      }),
    ]);
    expect(github.sent('POST', REVIEWS)).toEqual([
      {
        commit_id: HEAD_SHA,
        event: 'COMMENT',
        body: expect.stringContaining('found problems on 1 line this pull request changes'),
        comments: [{ path: 'kms.yaml', line: 17, side: 'RIGHT', body: line17 }],
      },
    ]);
    expect(line17).toContain('`alias-naming`');
    expect(
      github.calls.filter((call) => call.method === 'DELETE').map((call) => call.path),
    ).toEqual(['/repos/acme/infra/pulls/comments/502', '/repos/acme/infra/pulls/comments/503']);
  });

  it('does nothing for a check run that is not the app’s', async () => {
    const github = mockGitHub();
    const payload = loadFixture('check_run.rerequested');
    (payload['check_run'] as Record<string, unknown>)['name'] = 'build';

    await probot.receive({ id: 'd', name: 'check_run', payload } as Parameters<
      Probot['receive']
    >[0]);

    expect(github.calls).toEqual([]);
  });
});

/** The review comment bodies the app writes for the findings of `manifest` on `lines`. */
function commentsFor(manifest: string, lines: number[]): string[] {
  const result = readManifest('kms.yaml', manifest, {
    repository: 'acme/infra',
    manifestPath: 'kms.yaml',
  });
  if (!result.ok) throw new Error('test manifest is invalid');
  const comments = selectReviewComments(
    [
      {
        path: 'kms.yaml',
        problems: [],
        findings: runLint(result.desired),
        notes: [],
        plan: { kind: 'not-configured' },
      },
    ],
    new Map([['kms.yaml', new Set(lines)]]),
  );
  expect(comments.map((comment) => comment.line)).toEqual(lines);
  return comments.map((comment) => comment.body);
}
