/**
 * Shared by the tests of mode apply: the merged pull request #7 and its plan comment, served
 * through nock, and the changes the reviewed-plan rules are shown with.
 */
import nock from 'nock';
import { computeFingerprint, renderFingerprint } from '../../action/plan-fingerprint.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import { API, CHANGES, MERGED_PULLS, REPO, emptyLive, planOf } from './action-fixtures.ts';

const MARKER = '<!-- kms-action:kms.yaml -->';
export const bot = { login: 'github-actions[bot]', type: 'Bot' };

/** nock for the token's identity (GraphQL viewer): GITHUB_TOKEN posts as github-actions[bot]. */
export function expectLogin(): void {
  nock(API)
    .post('/graphql')
    .reply(200, { data: { viewer: { login: bot.login } } });
}

/** The body of the plan comment kms-action posted for a plan of `changes`. */
export function reviewedComment(
  changes: Change[],
  live = emptyLive('acme/platform-keys/kms.yaml'),
  manifestSha256 = 'f'.repeat(64),
): string {
  const fingerprint = computeFingerprint({
    base: 'b'.repeat(40),
    manifestSha256,
    live,
    plan: planOf(changes),
  });
  return `${MARKER}\n${renderFingerprint(fingerprint).hidden}\nplan`;
}

/** nock for #7, merged by the pushed commit, with `commentBody` as its plan comment. */
export function mergedPull(
  commentBody: string | undefined,
  others: { id: number; body: string; user: typeof bot; html_url: string }[] = [],
  updatedAt = '2025-12-31T23:00:00Z',
): nock.Scope {
  expectLogin();
  return nock(API)
    .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
    .query(true)
    .reply(200, MERGED_PULLS)
    .get(`${REPO}/issues/7/comments`)
    .query(true)
    .reply(200, [
      ...(commentBody === undefined
        ? []
        : [{ id: 3, body: commentBody, user: bot, html_url: 'u', updated_at: updatedAt }]),
      ...others.map((other) => ({ ...other, updated_at: '2025-12-31T22:00:00Z' })),
    ]);
}

/** The apply report posted as a new comment (the comments were listed once, with the plan comment). */
export function expectReport(): { body: string | undefined } {
  const posted: { body: string | undefined } = { body: undefined };
  nock(API)
    .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
      posted.body = body.body;
      return true;
    })
    .reply(201, { id: 9, html_url: 'u' });
  return posted;
}

/**
 * A disruptive change: a key disabled. A reviewed plan pairs it with the change that makes it
 * harmless (its replacement), so it is made only with the whole reviewed plan.
 */
export const disableOld: Change = {
  ...CHANGES.enable,
  key: 'old',
  address: 'key.old',
  keyId: 'k-9',
  action: 'disable',
  before: 'Enabled',
  after: 'Disabled',
  risk: 'disruptive',
};
