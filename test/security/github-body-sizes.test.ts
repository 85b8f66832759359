/**
 * Guard: every body sent to GitHub fits GitHub's limits (65,536 characters for comments, 65,535
 * for check run outputs, 1 MiB for the job summary), clipped on a safe boundary with a pointer
 * to the full report, and the plan fingerprint stays bounded whatever the plan (one 22-character
 * identity per change up to 1,000 changes, a fixed-size digest of the set beyond). Attacks: a
 * small one-line manifest whose findings make a review comment GitHub refuses (422, stale
 * comments stay); a plan with 1,700 destructive changes whose fingerprint alone exceeded a
 * comment, so the plan could never be posted and reviewed.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import { planCommentMarker } from '../../action/markers.ts';
import { parseFingerprint } from '../../action/plan-fingerprint.ts';
import { createCheckRun } from '../../app/create-check-run.ts';
import { selectReviewComments } from '../../app/select-review-comments.ts';
import type { GitHub } from '../../app/types.ts';
import {
  REVIEW_COMMENT_MARKER,
  renderReviewComment,
} from '../../app/views/render-review-comment.ts';
import { runLint } from '../../core/lint/run-lint.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import {
  API,
  CHANGES,
  REPO,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pullRequestContext,
  pushContext,
  type Workspace,
  MERGED_PULLS,
} from '../action/action-fixtures.ts';

const COMMENT_LIMIT = 65_536;
const MARKER = planCommentMarker('kms.yaml');
const ACTIONS = { login: 'github-actions[bot]', type: 'Bot' };

let workspace: Workspace;
beforeAll(async () => {
  nock.disableNetConnect();
  workspace = await createWorkspace();
});
afterAll(async () => {
  await workspace.remove();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe("app review comments within GitHub's limit", () => {
  it('clips the review comment of a 4 KB one-line manifest whose findings fill 80,000 characters', () => {
    const keys = Array.from(
      { length: 26 },
      (_, index) =>
        `k${index}: {rotation: {enabled: false}, deletion_window_in_days: 7, environment: production, policy: {admins: [a], users: [a, b], require_mfa_for: []}}`,
    ).join(', ');
    const text = `{version: 1, defaults: {region: us-east-1, account: '111122223333'}, principals: {a: 'arn:aws:iam::111122223333:role/a', b: 'arn:aws:iam::222222222222:root'}, keys: {${keys}}}`;
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThan(4096);
    const read = readManifest('kms.yaml', text, {
      repository: 'acme/x',
      manifestPath: 'kms.yaml',
    });
    if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('; '));
    const findings = runLint(read.desired);
    // Unclipped, the one comment on line 1 is more than GitHub accepts.
    expect(renderReviewComment({ items: findings }).length).toBeGreaterThan(COMMENT_LIMIT);

    const comments = selectReviewComments(
      [{ path: 'kms.yaml', problems: [], findings, notes: [], plan: { kind: 'not-configured' } }],
      new Map([['kms.yaml', new Set([1])]]),
    );

    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.split('\n')[0]).toBe(REVIEW_COMMENT_MARKER);
    expect(body).toContain('the full report is in the check run `kms-action: kms.yaml`');
  });
});

describe("app check runs within GitHub's limits", () => {
  it("clips a huge plan's check run summary and text to 65,535 characters, with a pointer", async () => {
    const changes: Change[] = Array.from({ length: 3000 }, (_, index) => ({
      ...CHANGES.description,
      address: `key.k${index}`,
      key: `k${index}`,
      after: `described 🔑 ${index} `.repeat(5),
    }));
    const sent: { output: { summary: string; text?: string } }[] = [];
    const octokit = {
      rest: {
        checks: {
          create: (params: { output: { summary: string; text?: string } }) => {
            sent.push(params);
            return Promise.resolve({ data: { id: 1 } });
          },
          update: () => Promise.resolve({ data: { id: 1 } }),
        },
      },
    } as unknown as GitHub;

    await createCheckRun(
      octokit,
      { owner: 'acme', repo: 'x', number: 7, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) },
      {
        path: 'kms.yaml',
        problems: [],
        findings: [],
        notes: [],
        keyCount: 3000,
        plan: { kind: 'planned', plan: planOf(changes) },
      },
    );

    const output = sent[0]?.output;
    expect(output?.text?.length).toBeLessThanOrEqual(65_535);
    expect(output?.summary.length).toBeLessThanOrEqual(65_535);
    expect(output?.text).toContain('the full report is in the annotations of this check run');
    expect(output?.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('a plan with 1,700 destructive changes', () => {
  const destructive = (count: number): Change[] =>
    Array.from({ length: count }, (_, index) => ({
      ...CHANGES.scheduleDeletion,
      address: `key.k${index}`,
      key: `k${index}`,
    }));

  /** Plans the pull request; returns the plan comment as posted. */
  async function postPlan(changes: Change[]): Promise<string> {
    let posted = '';
    nock(API).get(`${REPO}/contents/kms.yaml`).query(true).reply(404, { message: 'Not Found' });
    nock(API)
      .post('/graphql')
      .reply(200, { data: { viewer: { login: ACTIONS.login } } })
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
        posted = body.body;
        return true;
      })
      .reply(201, { id: 1, html_url: 'https://github.com/c/1' });
    const result = await run(
      inputs(),
      octokit(),
      pullRequestContext(workspace.dir),
      fakeServices([{ plan: planOf(changes) }]),
    );
    expect(result.failures).toEqual([]);
    return posted;
  }

  /** Applies on the merge of #7, whose plan comment is `planComment`. */
  async function applyMerged(changes: Change[], planComment: string) {
    nock(API)
      .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
      .query(true)
      .reply(200, MERGED_PULLS)
      .post('/graphql')
      .reply(200, { data: { viewer: { login: ACTIONS.login } } })
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [
        {
          id: 1,
          body: planComment,
          user: ACTIONS,
          html_url: 'u',
          updated_at: '2025-12-31T23:00:00Z',
        },
      ]);
    // The apply report on the merged pull request, when something was applied.
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .optionally()
      .reply(200, [
        {
          id: 1,
          body: planComment,
          user: ACTIONS,
          html_url: 'u',
          updated_at: '2025-12-31T23:00:00Z',
        },
      ])
      .post(`${REPO}/issues/7/comments`)
      .optionally()
      .reply(201, { id: 2, html_url: 'u' });
    const services = fakeServices([{ plan: planOf(changes) }]);
    const result = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      services,
    );
    return { result, services };
  }

  it('posts its plan comment with a fixed-size fingerprint, the marker first', async () => {
    const body = await postPlan(destructive(1700));

    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.split('\n')[0]).toBe(MARKER);
    const fingerprintLine = body.split('\n')[1] ?? '';
    expect(fingerprintLine.length).toBeLessThan(400);
    expect(parseFingerprint(body)).toMatchObject({ destructiveCount: 1700 });
    expect(body).toContain('the full report is in the [job summary]');
  });

  it('applies when the destructive changes are the reviewed ones', async () => {
    const reviewed = await postPlan(destructive(1700));
    const { result, services } = await applyMerged(destructive(1700), reviewed);
    expect(result.failures).toEqual([]);
    expect(services.applyCalls).toHaveLength(1);
    expect(services.applyCalls[0]?.plan.changes).toHaveLength(1700);
  });

  it('holds all of it back when one more destructive change appeared since the review', async () => {
    const reviewed = await postPlan(destructive(1700));
    const { result, services } = await applyMerged(destructive(1701), reviewed);
    expect(services.applyCalls).toEqual([]);
    expect(result.failures.join()).toContain(
      '1701 changes held back because no reviewer saw them (or the rest of their plan)',
    );
  });

  it('posts a plan of 1,000 changes with one identity each, the plan still within the comment', async () => {
    const body = await postPlan(destructive(1000));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect((body.split('\n')[1] ?? '').length).toBeLessThan(26_000);
    expect(parseFingerprint(body)?.ids).toHaveLength(1000);
    expect(body).toContain('key.k0');
  });

  it('refuses when one destructive change was swapped for another of the same count', async () => {
    const reviewed = await postPlan(destructive(1700));
    const swapped = destructive(1700);
    swapped[5] = { ...CHANGES.scheduleDeletion, address: 'key.other', key: 'other' };
    const { services } = await applyMerged(swapped, reviewed);
    expect(services.applyCalls).toEqual([]);
  });

  it('refuses when the fingerprint is malformed (fail closed)', async () => {
    const reviewed = await postPlan(destructive(1700));
    const lines = reviewed.split('\n');
    lines[1] = (lines[1] ?? '').replace(/"changes":"[0-9a-f]{64}"/, '"changes":"00"');
    const { services, result } = await applyMerged(destructive(1700), lines.join('\n'));
    expect(services.applyCalls).toEqual([]);
    expect(result.failures.join()).toContain(
      'the plan comment on pull request #7 has no valid fingerprint on its second line',
    );
  });
});
