/**
 * Guard: manifest text cannot change what GitHub renders. Every GitHub-bound output is
 * rendered with a GFM renderer (micromark) twice, once with a harmless word in every field
 * that comes from a manifest, AWS or a file path, once with a hostile string there; the
 * hostile rendering must have the same HTML skeleton (tags, table rows and cells, comments),
 * no mention, issue reference or autolink, and show the hostile text (escaped), not drop it.
 */
import nock from 'nock';
import type { Probot } from 'probot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../action/action-context.ts';
import { manifestLineUrl } from '../../action/manifest-links.ts';
import { renderApplyReport } from '../../action/render-apply-report.ts';
import { renderDriftReport } from '../../action/render-drift-report.ts';
import {
  renderFindingsMarkdown,
  renderProblemsMarkdown,
} from '../../action/render-findings-markdown.ts';
import { buildAnnotations } from '../../app/build-annotations.ts';
import type { Planner } from '../../app/create-aws-planner.ts';
import { kmsActionApp } from '../../app/index.ts';
import { renderCheckSummary } from '../../app/views/render-check-summary.ts';
import { renderCheckTitle } from '../../app/views/render-check-title.ts';
import { renderConfigCheck } from '../../app/views/render-config-check.ts';
import { renderPlanDetails } from '../../app/views/render-plan-details.ts';
import { renderReviewComment } from '../../app/views/render-review-comment.ts';
import { AwsAccessError } from '../../core/errors.ts';
import type { Change, Plan } from '../../core/plan/plan-types.ts';
import { plainText, revealInvisible } from '../../core/render/escape-markdown.ts';
import { renderAccessMarkdown } from '../../core/render/render-access.ts';
import { renderFindingsAnnotations } from '../../core/render/render-findings-annotations.ts';
import { renderPlanMarkdown } from '../../core/render/render-plan-markdown.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import { buildPlan } from '../../core/plan/build-plan.ts';
import { run } from '../../action/main.ts';
import {
  API,
  REPO,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  pullRequestContext,
  type Workspace,
} from '../action/action-fixtures.ts';
import { ACCOUNT, keyNamed, liveFrom, liveState } from '../core/plan/plan-fixtures.ts';
import {
  BASE_SHA,
  HEAD_SHA,
  PR,
  createTestProbot,
  loadFixture,
  mockGitHub,
  type GitHubMock,
} from '../app/github-mock.ts';
import { CLEAN_MANIFEST, patchChanging } from '../app/manifests.ts';
import {
  HOSTILE,
  PRINCIPAL_ATTACK,
  changesWith,
  findingWith,
  planWith,
  problemWith,
} from './hostile-fields.ts';
import { renderGitHubMarkdown, type RenderedMarkdown } from './render-github-markdown.ts';

const BENIGN = 'benign';
/** From the run's context, not from the manifest. */
const COMMIT = 'f'.repeat(40);

const context: ActionContext = {
  eventName: 'pull_request',
  sha: 'c'.repeat(40),
  ref: 'refs/pull/7/merge',
  runId: 42,
  serverUrl: 'https://github.com',
  repo: { owner: 'acme', repo: 'platform-keys' },
  workspace: '/tmp',
  pullRequest: undefined,
  defaultBranch: 'main',
};

/** Every GitHub-bound Markdown output, with `text` in every field that is not ours. */
const OUTPUTS: Record<string, (text: string) => string> = {
  'plan (PR comment, job summary, drift issue, apply report)': (text) =>
    renderPlanMarkdown(planWith(text)),
  'plan of a drift check (alarms above the plan, days left)': (text) =>
    renderPlanMarkdown(planWith(text), { drift: true, now: new Date('2026-11-30T00:00:00Z') }),
  'check-run text (the plan)': (text) =>
    renderPlanDetails({ plan: { kind: 'planned', plan: planWith(text) } }),
  'access tables': (text) =>
    renderAccessMarkdown([
      {
        key: text,
        account: text,
        region: text,
        entries: [
          { principal: text, action: text, allowed: 'yes', requires: [], delegated_to_iam: false },
          {
            principal: 'arn:aws:iam::111122223333:root',
            action: text,
            allowed: 'no',
            requires: [],
            delegated_to_iam: true,
          },
        ],
      },
    ]),
  'lint findings (PR comment, job summary)': (text) =>
    renderFindingsMarkdown(
      [findingWith(text)],
      manifestLineUrl(context, 'kms.yaml', 'a'.repeat(40)),
    ),
  'manifest problems (PR comment, job summary)': (text) =>
    renderProblemsMarkdown(
      [problemWith(text)],
      manifestLineUrl(context, 'kms.yaml', 'a'.repeat(40)),
    ),
  'apply report (job summary, merged PR comment)': (text) => {
    const changes = changesWith(text);
    return renderApplyReport({
      manifest: text,
      commit: COMMIT,
      plan: planWith(text),
      result: {
        applied: changes,
        heldBack: changes.map((change) => ({ change, reason: text })),
        failed: {
          change: changes[0] as Change,
          error: new AwsAccessError(text),
          notAttempted: changes,
        },
      },
      review: text,
    });
  },
  'apply refusal': (text) =>
    renderApplyReport({ manifest: text, commit: COMMIT, plan: planWith(text), refusal: text }),
  'drift issue': (text) => {
    const changes = changesWith(text);
    return renderDriftReport({
      manifest: text,
      detected: planWith(text),
      repair: {
        applied: changes,
        heldBack: [],
        failed: { change: changes[0] as Change, error: new AwsAccessError(text), notAttempted: [] },
      },
      remaining: planWith(text),
      runUrl: `https://github.com/acme/platform-keys/actions/runs/42?${text}`,
      checkedAt: text,
    });
  },
  'check-run summary: findings': (text) =>
    renderCheckSummary({
      path: text,
      conclusion: 'failure',
      readError: undefined,
      problems: [],
      findings: [findingWith(text), findingWith(text)],
      keyCount: 2,
      notes: [text],
      plan: { kind: 'failed', message: text },
      listLimit: 100,
      annotationsPosted: 1,
      annotationsTotal: 2,
    }),
  'check-run summary: problems': (text) =>
    renderCheckSummary({
      path: text,
      conclusion: 'failure',
      readError: undefined,
      problems: [problemWith(text)],
      findings: [],
      keyCount: undefined,
      notes: [],
      plan: { kind: 'skipped', reason: text },
      listLimit: 100,
      annotationsPosted: 1,
      annotationsTotal: 1,
    }),
  'check-run summary: unreadable manifest': (text) =>
    renderCheckSummary({
      path: text,
      conclusion: 'failure',
      readError: { message: text, help: text },
      problems: [],
      findings: [],
      keyCount: undefined,
      notes: [],
      plan: { kind: 'not-configured' },
      listLimit: 100,
      annotationsPosted: 0,
      annotationsTotal: 0,
    }),
  'app config check run': (text) => renderConfigCheck({ configPath: text, problems: [text] }),
  'app review comment': (text) =>
    renderReviewComment({ items: [{ severity: 'error', rule: text, message: text, help: text }] }),
};

/** Tags without attribute values: `<a href="...">` -> `<a href>`. */
function skeleton(rendered: RenderedMarkdown): string[] {
  return rendered.tags.map((tag) => tag.replace(/\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/g, ''));
}

/** How `text` may legitimately show: as is, JSON-quoted (descriptions, tags), in a table code span, in a code block. */
function visibleForms(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  return [
    ...new Set([
      revealInvisible(text),
      revealInvisible(text).replace(/\\(?=\|)/g, '[U+005C]'),
      revealInvisible(json),
      plainText(text),
    ]),
  ];
}

function occurrences(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1;
}

const benign = Object.fromEntries(
  Object.entries(OUTPUTS).map(([name, output]) => [name, renderGitHubMarkdown(output(BENIGN))]),
);

describe.each(Object.keys(OUTPUTS))('%s', (name) => {
  const output = OUTPUTS[name] as (text: string) => string;
  const expected = benign[name] as RenderedMarkdown;

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))(
    'renders %s as text: same elements, rows and cells as a harmless word',
    (_label, text) => {
      const markdown = output(text);
      const rendered = renderGitHubMarkdown(markdown);
      expect(skeleton(rendered)).toEqual(skeleton(expected));
      // Hidden markers are found by searching the body's source: none may come from the text.
      expect(occurrences(markdown, '<!--')).toBe(occurrences(output(BENIGN), '<!--'));
      expect(rendered.tables.map((table) => table.map((row) => row.length))).toEqual(
        expected.tables.map((table) => table.map((row) => row.length)),
      );
      expect(rendered.comments).toEqual(expected.comments);
      expect(rendered.stray).toEqual([]);
      expect(rendered.html).not.toMatch(/<(img|script|iframe)\b/i);
      for (const tag of rendered.tags.filter((tag) => tag.startsWith('<a '))) {
        expect(tag).toMatch(/^<a href="https:\/\/github\.com\/acme\/platform-keys\//);
      }
      // GitHub links @name, #1 and GH-1 in text outside code and links after rendering.
      expect(rendered.linkableText).not.toMatch(/(^|[^\w`])@[a-z0-9]/im);
      expect(rendered.linkableText).not.toMatch(/#\d/);
      expect(rendered.linkableText).not.toMatch(/\bGH-\d/i);
      expect(rendered.linkableText).not.toMatch(/\b(https?|ftp):\/\//i);
      // No invisible or line-breaking character from the manifest reaches the page.
      expect(rendered.text.replace(/\n/g, '')).not.toMatch(
        /(?!\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u,
      );
      // The text is shown, escaped, wherever the harmless word was (outside the access
      // picture, where Mermaid entity codes stand for it: mermaid-injection.test.ts).
      const prose = renderGitHubMarkdown(withoutMermaid(markdown)).text;
      const shown = visibleForms(text).reduce((sum, form) => sum + occurrences(prose, form), 0);
      expect(shown).toBeGreaterThanOrEqual(
        occurrences(renderGitHubMarkdown(withoutMermaid(output(BENIGN))).text, BENIGN),
      );
    },
  );
});

describe('the raw-policy principal `...role/x|<img src=...>|` in the access table', () => {
  it('stays one code cell of its row', () => {
    const rendered = renderGitHubMarkdown(renderPlanMarkdown(planWith(PRINCIPAL_ATTACK)));
    // The second access table: the policy update's (the first is the new key's).
    const access = rendered.tables.filter((table) => table[0]?.[0] === 'Principal')[1];
    expect(access).toEqual([
      ['Principal', 'Change', 'Action', 'Conditions'],
      [PRINCIPAL_ATTACK, '➕ gains', PRINCIPAL_ATTACK, 'only with mfa (or as IAM policies allow)'],
      [PRINCIPAL_ATTACK, '➖ loses', PRINCIPAL_ATTACK, 'no'],
    ]);
    expect(rendered.html).toContain(
      '<td><code>arn:aws:iam::111122223333:role/x|&lt;img src=https://evil.example/p.png&gt;|</code></td>',
    );
  });

  it('a bare CR in a description does not start a forged row', () => {
    const rendered = renderGitHubMarkdown(
      renderPlanMarkdown(planWith('enable the key\r| key.prod | forged | 🟢 safe |')),
    );
    const changes = rendered.tables.find((table) => table[0]?.[1] === 'Change');
    // A header, and one row per change but one: the grant's revoke and create are one replace.
    expect(changes).toHaveLength(changesWith('x').length);
    expect(changes?.[1]?.[2]).toContain('enable the key[U+000D]| key.prod | forged | 🟢 safe |');
  });
});

describe('plain-text surfaces (check-run title, annotations, workflow commands)', () => {
  const HIDDEN =
    /(?!\n|\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))(
    'shows the invisible characters of %s',
    (_label, text) => {
      const title = renderCheckTitle({
        path: text,
        unreadable: false,
        problems: 1,
        errors: 0,
        warnings: 0,
        notices: 0,
        keyCount: 1,
      });
      const annotations = buildAnnotations({
        path: 'kms.yaml',
        readError: { message: text, help: text },
        problems: [problemWith(text)],
        findings: [findingWith(text)],
        notes: [],
        plan: { kind: 'not-configured' },
      });
      const commands = renderFindingsAnnotations([{ ...findingWith(text), file: 'kms.yaml' }]);
      for (const shown of [
        title,
        commands,
        ...annotations.flatMap((annotation) => [
          annotation.title,
          annotation.message,
          annotation.raw_details ?? '',
        ]),
      ]) {
        expect(shown).not.toMatch(HIDDEN);
      }
      expect(commands.trimEnd().split('\n')).toHaveLength(1);
    },
  );
});

describe('the Action on a pull request whose manifest is hostile', () => {
  const manifest = `version: 1
defaults:
  region: us-east-1
accounts:
  production: '${ACCOUNT}'
keys:
  app:
    account: production
    description: "enable the key\\r| key.prod | forged | 🟢 safe | @org/team #1 <!-- kms-action:kms.yaml --> x\\u202egnp.exe <img src=x> \`\`\`"
    policy:
      document:
        Version: "2012-10-17"
        Statement:
          - Sid: Root
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::${ACCOUNT}:root" }
            Action: "kms:*"
            Resource: "*"
          - Sid: "Use\\u202egnp"
            Effect: Allow
            Principal: { AWS: "${PRINCIPAL_ATTACK}" }
            Action: "kms:Decrypt"
            Resource: "*"
`;
  let workspace: Workspace;

  beforeAll(async () => {
    nock.disableNetConnect();
    workspace = await createWorkspace(manifest);
  });
  afterAll(async () => {
    await workspace.remove();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });

  /** The plan core makes of the manifest against a live key with only the root statement. */
  function hostilePlan(): Plan {
    const read = readManifest('kms.yaml', manifest, {
      repository: 'acme/platform-keys',
      manifestPath: 'kms.yaml',
    });
    if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
    const key = keyNamed(read.desired, 'app');
    const live = liveFrom(key, {
      description: 'old',
      tags: {},
      ownership: { manifest: read.desired.owner, key: 'app' },
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Root',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      },
    });
    return buildPlan(read.desired, liveState(read.desired, [live]));
  }

  function expectPlanComment(): { body: string | undefined } {
    const posted: { body: string | undefined } = { body: undefined };
    nock(API).get(`${REPO}/contents/kms.yaml`).query(true).reply(404, { message: 'Not Found' });
    // The token's identity (GitHub's own answer for GITHUB_TOKEN), so earlier comments are read.
    nock(API)
      .post('/graphql')
      .reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
        posted.body = body.body;
        return true;
      })
      .reply(201, { id: 1, html_url: 'https://github.com/c/1' });
    return posted;
  }

  function expectInert(rendered: RenderedMarkdown): void {
    expect(rendered.html).not.toMatch(/<(img|script|iframe)\b/i);
    expect(rendered.stray).toEqual([]);
    for (const tag of rendered.tags.filter((tag) => tag.startsWith('<a '))) {
      expect(tag).toMatch(/^<a href="https:\/\/github\.com\/acme\/platform-keys\//);
    }
    for (const comment of rendered.comments) expect(comment).toMatch(/^<!-- kms-action[-:]/);
    expect(rendered.linkableText).not.toMatch(/(^|[^\w`])@[a-z0-9]/im);
    expect(rendered.linkableText).not.toMatch(/#\d/);
  }

  it('posts a comment and a job summary in which the manifest text is only text', async () => {
    const plan = hostilePlan();
    const posted = expectPlanComment();

    const result = await run(
      inputs(),
      octokit(),
      pullRequestContext(workspace.dir),
      fakeServices([{ plan }]),
    );

    expect(result.failures).toEqual([]);
    for (const markdown of [posted.body ?? '', result.summary]) {
      const rendered = renderGitHubMarkdown(markdown);
      expectInert(rendered);
      const changes = rendered.tables.find((table) => table[0]?.[1] === 'Change');
      expect(changes).toHaveLength(1 + plan.changes.length);
      const access = rendered.tables.find((table) => table[0]?.[0] === 'Principal');
      expect(access?.slice(1).map((row) => row[0])).toContain(PRINCIPAL_ATTACK);
      expect(access?.every((row) => row.length === 4)).toBe(true);
      expect(rendered.text).toContain('"enable the key\\r| key.prod | forged');
      expect(rendered.text).toContain('"Sid": "Use[U+202E]gnp"');
      expect(rendered.text).toContain(
        '<!-- kms-action:kms.yaml --> x[U+202E]gnp.exe <img src=x> ```',
      );
    }
  });

  it('reports a planning error that quotes manifest text as text', async () => {
    const posted = expectPlanComment();
    const services = fakeServices([]);
    services.aws.prepare = () =>
      Promise.reject(
        new Error(
          `cannot read /home/runner/work/${PRINCIPAL_ATTACK}/kms.yaml:\r\n<!-- x --> @org/team`,
        ),
      );

    const result = await run(inputs(), octokit(), pullRequestContext(workspace.dir), services);

    expect(result.failures.join()).toContain('planning failed');
    for (const markdown of [posted.body ?? '', result.summary]) {
      const rendered = renderGitHubMarkdown(markdown);
      expectInert(rendered);
      expect(rendered.text).toContain(
        `cannot read /home/runner/work/${PRINCIPAL_ATTACK}/kms.yaml:[U+000D][U+000A]<!-- x --> @org/team`,
      );
    }
  });
});

describe('the app on a pull request whose manifest is hostile', () => {
  const CHECK_RUNS = '/repos/acme/infra/check-runs';
  const REVIEWS = `/repos/acme/infra/pulls/${PR}/reviews`;
  const CONFIG = '.github/kms-action.yml';
  const before = '    rotation: { enabled: true, period_in_days: 180 }';
  const after =
    '    rotation: { enabled: true, period_in_days: "9|<img src=x>|\\r@org/team #1 \\u202e<!-- kms-action:review-comment -->" }';

  beforeEach(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });

  async function check(manifest: string, planner: Planner | undefined): Promise<GitHubMock> {
    const probot = createTestProbot();
    await probot.load(kmsActionApp({ planner }));
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, undefined)
      .file(CONFIG, HEAD_SHA, undefined)
      .file('kms.yaml', HEAD_SHA, manifest)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .createCheckRun(7)
      .files([{ filename: 'kms.yaml', patch: patchChanging(16, before, after) }])
      .reviewComments([]);
    if (planner === undefined) github.createReview();
    await probot.receive({
      id: 'delivery-1',
      name: 'pull_request',
      payload: loadFixture('pull_request.synchronize'),
    } as Parameters<Probot['receive']>[0]);
    expect(github.scope.pendingMocks()).toEqual([]);
    return github;
  }

  it('check-run summary, annotations and review comment show the value as text', async () => {
    const github = await check(CLEAN_MANIFEST.replace(before, after), undefined);

    const [run] = github.sent('POST', CHECK_RUNS) as {
      output: { title: string; summary: string; annotations: { message: string }[] };
    }[];
    const summary = renderGitHubMarkdown(run?.output.summary ?? '');
    expect(summary.html).not.toMatch(/<(img|a)\b/i);
    expect(summary.comments).toEqual([]);
    expect(summary.tables[0]?.every((row) => row.length === 2)).toBe(true);
    expect(summary.text).toContain(
      'got "9|<img src=x>|\\r@org/team #1 [U+202E]<!-- kms-action:review-comment -->"',
    );
    expect(summary.linkableText).not.toMatch(/(^|[^\w`])@[a-z0-9]|#\d/im);
    expect(run?.output.annotations[0]?.message).toContain('\\r@org/team #1 [U+202E]');

    const [review] = github.sent('POST', REVIEWS) as { comments: { body: string }[] }[];
    const body = review?.comments[0]?.body ?? '';
    // The app finds its own review comments by this marker: exactly once, at the end.
    expect(occurrences(body, '<!-- kms-action:review-comment -->')).toBe(1);
    expect(body.startsWith('<!-- kms-action:review-comment -->\n')).toBe(true);
    const comment = renderGitHubMarkdown(body);
    expect(comment.html).not.toMatch(/<(img|a)\b/i);
    expect(comment.comments).toEqual(['<!-- kms-action:review-comment -->']);
    expect(comment.text).toContain(
      'got "9|<img src=x>|\\r@org/team #1 [U+202E]<!-- kms-action:review-comment -->"',
    );
    expect(comment.linkableText).not.toMatch(/(^|[^\w`])@[a-z0-9]|#\d/im);
  });

  it('check-run text holds the hostile plan as text', async () => {
    const github = await check(CLEAN_MANIFEST, () => Promise.resolve(planWith(PRINCIPAL_ATTACK)));

    const [run] = github.sent('POST', CHECK_RUNS) as { output: { text: string } }[];
    const text = renderGitHubMarkdown(run?.output.text ?? '');
    expect(skeleton(text)).toEqual(
      skeleton(benign['check-run text (the plan)'] as RenderedMarkdown),
    );
    expect(text.html).not.toMatch(/<img\b/i);
    const access = text.tables.find((table) => table[0]?.[0] === 'Principal');
    expect(access?.[1]?.[0]).toBe(PRINCIPAL_ATTACK);
  });
});

/** The Markdown without its ```mermaid blocks (fence lines and what they enclose). */
function withoutMermaid(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    if (fence === undefined) {
      const opening = /^(`{3,})mermaid\s*$/.exec(line);
      if (opening !== null) fence = opening[1];
      else kept.push(line);
    } else if (line.trimEnd() === fence) {
      fence = undefined;
    }
  }
  return kept.join('\n');
}
