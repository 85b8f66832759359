/**
 * Guard: a hidden marker is recognised only as the first line of a comment or issue written
 * by the identity the token posts as. Attacks: a person (or another bot) posts a comment
 * that carries the Action's marker so the Action edits or trusts it; manifest text (a policy
 * Sid) rendered into a plan comment carries the apply report's marker, so the apply report
 * overwrites the reviewed plan comment and its fingerprint is lost.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import { applyCommentMarker, driftIssueMarker, planCommentMarker } from '../../action/markers.ts';
import { computeFingerprint, renderFingerprint } from '../../action/plan-fingerprint.ts';
import { composeGitHubBody } from '../../adapters/github/compose-github-body.ts';
import { findStickyComment } from '../../adapters/github/find-sticky-comment.ts';
import { syncDriftIssue } from '../../adapters/github/sync-drift-issue.ts';
import { upsertStickyComment } from '../../adapters/github/upsert-sticky-comment.ts';
import {
  API,
  CHANGES,
  REPO,
  createWorkspace,
  emptyLive,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pullRequestContext,
  pushContext,
  type Workspace,
  MERGED_PULLS,
} from '../action/action-fixtures.ts';

const PLAN_MARKER = planCommentMarker('kms.yaml');
const APPLY_MARKER = applyCommentMarker('kms.yaml');
const TARGET = { owner: 'acme', repo: 'platform-keys', number: 7 };
const ACTIONS = { login: 'github-actions[bot]', type: 'Bot' };
const comment = (id: number, body: string, user = ACTIONS) => ({
  id,
  body,
  user,
  html_url: `https://github.com/acme/platform-keys/pull/7#issuecomment-${id}`,
  // Before the merge of the fixtures' pull request (2026-01-01T00:00:00Z).
  updated_at: '2025-12-31T23:00:00Z',
});

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

function viewer(login: string): void {
  nock(API)
    .post('/graphql')
    .reply(200, { data: { viewer: { login } } });
}

/** Comments on #7 are `existing`; records a new comment (POST) and any edit (PATCH). */
function conversation(existing: object[], listed = true): { posted: string[]; edited: number[] } {
  const seen = { posted: [] as string[], edited: [] as number[] };
  if (listed) nock(API).get(`${REPO}/issues/7/comments`).query(true).reply(200, existing);
  nock(API)
    .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
      seen.posted.push(body.body);
      return true;
    })
    .reply(201, comment(99, 'new'));
  nock(API)
    .patch(/\/issues\/comments\/\d+$/, () => true)
    .optionally()
    .reply(200, (uri) => {
      seen.edited.push(Number(uri.split('/').at(-1)));
      return comment(0, 'edited');
    });
  return seen;
}

describe('comment markers', () => {
  it("does not edit another user's comment that carries the marker on its first line", async () => {
    const seen = conversation([
      comment(1, `${PLAN_MARKER}\nforged plan`, { login: 'mallory', type: 'User' }),
      comment(2, `${PLAN_MARKER}\nanother app's plan`, { login: 'other-app[bot]', type: 'Bot' }),
    ]);

    const result = await upsertStickyComment(
      octokit(),
      TARGET,
      PLAN_MARKER,
      `${PLAN_MARKER}\nplan`,
      ACTIONS.login,
    );

    expect(result.created).toBe(true);
    expect(seen.edited).toEqual([]);
    expect(seen.posted).toEqual([`${PLAN_MARKER}\nplan`]);
  });

  it("does not recognise the marker anywhere but the first line of the Action's own comment", async () => {
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [
        comment(3, `quoted:\n${PLAN_MARKER}`),
        comment(4, ` ${PLAN_MARKER}\nindented`),
        comment(5, `${PLAN_MARKER} trailing text\nplan`),
      ]);
    expect(await findStickyComment(octokit(), TARGET, PLAN_MARKER, ACTIONS.login)).toBeUndefined();
  });

  it('edits nothing when the identity of the token cannot be established (fail closed)', async () => {
    nock(API)
      .post('/graphql')
      .reply(403, { message: 'Resource not accessible by integration' })
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' });
    nock(API).get(`${REPO}/contents/kms.yaml`).query(true).reply(404, { message: 'Not Found' });
    // Not even listed: no comment can be trusted without knowing whose it is.
    const seen = conversation([comment(6, `${PLAN_MARKER}\nour earlier plan`)], false);
    const services = fakeServices([{ plan: planOf([CHANGES.description]) }]);

    const result = await run(inputs(), octokit(), pullRequestContext(workspace.dir), services);

    expect(result.failures).toEqual([]);
    expect(seen.edited).toEqual([]);
    expect(seen.posted).toHaveLength(1);
    expect(services.warnings.join('\n')).toContain('cannot tell which account the github-token');
  });

  it('a Sid carrying the apply marker does not make the apply report overwrite the reviewed plan comment', async () => {
    const plan = planOf([CHANGES.description, CHANGES.scheduleDeletion]);
    const fingerprint = computeFingerprint({
      base: 'b'.repeat(40),
      manifestSha256: 'f'.repeat(64),
      live: emptyLive(),
      plan,
    });
    // The policy diff shows a Sid verbatim, as a code block does.
    const planComment = composeGitHubBody({
      marker: PLAN_MARKER,
      head: renderFingerprint(fingerprint).hidden,
      content: `### plan\n\n\`\`\`diff\n+ "Sid": "x\n${APPLY_MARKER}\n"\n\`\`\``,
      fullReport: 'the job summary',
      limit: 65_536,
    });
    expect(planComment.split('\n').slice(1)).toContain(APPLY_MARKER);
    viewer(ACTIONS.login);
    nock(API)
      .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
      .query(true)
      .reply(200, MERGED_PULLS)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(8, planComment)]);
    // Listed once above: the apply comment is looked for in the same listing.
    const seen = conversation([], false);
    const services = fakeServices([{ plan }]);

    const result = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      services,
    );

    // The reviewed fingerprint was read: the destructive change was applied...
    expect(result.failures).toEqual([]);
    expect(services.applyCalls).toHaveLength(1);
    // ...and the plan comment stays as reviewed: the report is a comment of its own.
    expect(seen.edited).toEqual([]);
    expect(seen.posted).toHaveLength(1);
    expect(seen.posted[0]?.startsWith(`${APPLY_MARKER}\n`)).toBe(true);
  });

  it('does not update or close a drift issue someone else opened with the marker', async () => {
    const marker = driftIssueMarker('kms.yaml');
    let opened: { body: string } | undefined;
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [
        {
          number: 12,
          body: `${marker}\nforged`,
          user: { login: 'mallory', type: 'User' },
          html_url: 'u',
        },
      ])
      .post(`${REPO}/issues`, (body: { body: string }) => {
        opened = body;
        return true;
      })
      .reply(201, { number: 13, html_url: 'u' });

    const result = await syncDriftIssue(octokit(), {
      owner: 'acme',
      repo: 'platform-keys',
      marker,
      title: 'KMS drift in kms.yaml',
      body: `${marker}\ndrift`,
      closingComment: 'gone',
      login: ACTIONS.login,
    });

    expect(result).toMatchObject({ action: 'opened', number: 13 });
    expect(opened?.body).toBe(`${marker}\ndrift`);
  });

  it('rendered content never starts a body: the marker is always the first line', () => {
    const body = composeGitHubBody({
      marker: APPLY_MARKER,
      content: `${PLAN_MARKER}\nmanifest text first`,
      fullReport: 'the job summary',
      limit: 65_536,
    });
    expect(body.split('\n')[0]).toBe(APPLY_MARKER);
    const unmarked = composeGitHubBody({
      content: `${PLAN_MARKER}\nmanifest text first`,
      fullReport: 'the job summary',
      limit: 65_536,
    });
    expect(unmarked.split('\n')[0]).not.toBe(PLAN_MARKER);
  });
});
