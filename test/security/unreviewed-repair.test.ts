/**
 * Guard: a drift repair made on merge without review (cancel a deletion, re-enable a key) is
 * one that restores a state the manifest already declared before this push. Attack: a push
 * nobody reviewed (a direct push, or a pull request merged without a plan comment, e.g. from
 * a fork) turns `state: disabled` into `enabled`, or puts back a key whose deletion a
 * reviewed plan scheduled: the plan's `enable` and `cancel-deletion` look like repairs, so
 * before this guard they were made without review, re-opening a key that was disabled on
 * purpose. The manifest of the commit before the push (the event's `before`) decides; when it
 * cannot be read, no change is made as a repair. And a repair needs a plan reviewed from the
 * very manifest merged: a plan reviewed before an unreviewed push reached the branch would
 * otherwise vouch for what that push declared.
 */
import { createHash } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import { computeFingerprint, renderFingerprint } from '../../action/plan-fingerprint.ts';
import {
  API,
  CHANGES,
  MANIFEST,
  emptyLive,
  REPO,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pushContext,
  type Workspace,
  MERGED_PULLS,
} from '../action/action-fixtures.ts';

const BEFORE = 'c'.repeat(40);
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

/** A direct push (no merged pull request) whose previous commit's manifest is `previous`. */
function directPush(previous: { status: number; body?: string }): void {
  nock(API)
    .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
    .query(true)
    .reply(200, []);
  nock(API)
    .get(`${REPO}/contents/kms.yaml`)
    .query({ ref: BEFORE })
    .optionally()
    .reply(previous.status, previous.body ?? '');
}

async function applyPush() {
  const services = fakeServices([
    { plan: planOf([CHANGES.cancelDeletion, CHANGES.enable, CHANGES.description]) },
  ]);
  const result = await run(
    inputs(),
    octokit(),
    { ...pushContext(workspace.dir), before: BEFORE },
    services,
  );
  return { result, applied: services.applyCalls.map((call) => call.plan.changes), services };
}

describe('drift repairs on an unreviewed push', () => {
  it('does not re-enable a key the push itself declared enabled (it was disabled before)', async () => {
    directPush({
      status: 200,
      body: MANIFEST.replace('    service: s3\n', '    service: s3\n    state: disabled\n'),
    });
    const { result, applied } = await applyPush();
    expect(applied).toEqual([]);
    expect(result.outputs.applied).toBe('0');
    expect(result.failures.join()).toContain('key.prod-s3 enable');
    expect(result.failures.join()).toContain('key.prod-s3 cancel-deletion');
  });

  it('does not cancel the deletion of a key the push put back (absent before)', async () => {
    directPush({
      status: 200,
      body: MANIFEST.slice(0, MANIFEST.indexOf('keys:')) + 'keys: {}\n',
    });
    const { applied } = await applyPush();
    expect(applied).toEqual([]);
  });

  it('makes no repair when the previous manifest cannot be read', async () => {
    directPush({ status: 500, body: 'boom' });
    const { applied } = await applyPush();
    expect(applied).toEqual([]);
  });

  it('makes no repair on a push without a reviewed plan, even when the key was declared enabled before (an earlier unreviewed push may have declared it)', async () => {
    nock(API)
      .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
      .query(true)
      .reply(200, []);
    nock(API)
      .get(`${REPO}/contents/kms.yaml`)
      .query({ ref: BEFORE })
      .optionally()
      .reply(200, MANIFEST);
    const { result, applied } = await applyPush();
    expect(applied).toEqual([]);
    expect(result.failures.join()).toContain('key.prod-s3 enable');
  });
});

/**
 * A merge of pull request #7 whose plan comment lists `reviewed`, planned from a manifest of
 * SHA-256 `manifestSha256`; the manifest before the merge is `previous`.
 */
function reviewedMerge(reviewed: Parameters<typeof planOf>[0], manifestSha256: string): void {
  const fingerprint = computeFingerprint({
    base: 'b'.repeat(40),
    manifestSha256,
    live: emptyLive(),
    plan: planOf(reviewed),
  });
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const body = `<!-- kms-action:kms.yaml -->\n${renderFingerprint(fingerprint).hidden}\nplan`;
  nock(API)
    .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
    .query(true)
    .reply(200, MERGED_PULLS)
    .post('/graphql')
    .reply(200, { data: { viewer: { login: bot.login } } })
    .get(`${REPO}/issues/7/comments`)
    .query(true)
    .reply(200, [{ id: 3, body, user: bot, html_url: 'u', updated_at: '2025-12-31T23:00:00Z' }])
    .patch(`${REPO}/issues/comments/3`)
    .optionally()
    .reply(200, { id: 3, html_url: 'u' })
    .post(`${REPO}/issues/7/comments`)
    .optionally()
    .reply(201, { id: 9, html_url: 'u' });
  nock(API)
    .get(`${REPO}/contents/kms.yaml`)
    .query({ ref: BEFORE })
    .optionally()
    .reply(200, MANIFEST);
}

describe('drift repairs on a reviewed merge', () => {
  // Attack: an unreviewed push (a pull request merged without a plan comment) declares a
  // disabled key enabled; its `enable` is held back. A pull request planned before that push
  // (its plan never showed the `enable`) is merged next: the manifest before it now declares
  // the key enabled, and a reviewed plan exists, so the `enable` passed as a drift repair.
  it('makes no repair when the reviewed plan was made from another manifest (the repair may come from a push after the review)', async () => {
    reviewedMerge([CHANGES.description], 'f'.repeat(64));
    const { result, applied } = await applyPush();
    expect(applied).toEqual([]);
    expect(result.failures.join()).toContain('key.prod-s3 enable');
    expect(result.failures.join()).toContain('key.prod-s3 cancel-deletion');
  });

  it('repairs drift after the review of the very manifest merged, declared enabled before the merge too', async () => {
    reviewedMerge([CHANGES.description], createHash('sha256').update(MANIFEST).digest('hex'));
    const { result, applied } = await applyPush();
    expect(result.failures).toEqual([]);
    expect(applied).toEqual([[CHANGES.cancelDeletion, CHANGES.enable, CHANGES.description]]);
  });
});
