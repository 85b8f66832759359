import { createHash } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import {
  API,
  CHANGES,
  MANIFEST,
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
} from './action-fixtures.ts';
import { bot, disableOld, mergedPull, reviewedComment } from './merged-pull-nock.ts';

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

describe('mode apply (push to the default branch)', () => {
  // The comments were listed once, with the plan comment: the report is a new comment.
  const noComment = () =>
    nock(API).post(`${REPO}/issues/7/comments`).reply(201, { id: 9, html_url: 'u' });

  it('refuses to run on anything but a push to the default branch, before any call', async () => {
    const services = fakeServices([]);
    for (const context of [
      pushContext(workspace.dir, 'refs/heads/feature'),
      pullRequestContext(workspace.dir),
    ]) {
      const result = await run(inputs({ mode: 'apply' }), octokit(), context, services);
      expect(result.failures.join()).toMatch(
        /refusing to apply: mode apply runs on a push to the default branch \(main\)/,
      );
    }
    expect(services.prepareCalls).toEqual([]);
  });

  it('applies the reviewed plan, destructive changes included when allowed, and reports on the merged pull request', async () => {
    mergedPull(reviewedComment([CHANGES.description, CHANGES.scheduleDeletion]));
    let report: string | undefined;
    // The comments were listed once, with the plan comment: a second listing finds no mock.
    nock(API)
      .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
        report = body.body;
        return true;
      })
      .reply(201, { id: 9, html_url: 'u' });
    const services = fakeServices([
      { plan: planOf([CHANGES.description, CHANGES.scheduleDeletion]) },
    ]);

    const result = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      services,
    );

    expect(result.failures).toEqual([]);
    expect(services.applyCalls).toHaveLength(1);
    expect(services.applyCalls[0]?.allowDestructive).toBe(true);
    expect(result.outputs.applied).toBe('2');
    expect(result.summary).toContain('Applied 2 changes');
    expect(report).toContain('<!-- kms-action-apply:kms.yaml -->');
    expect(report).toContain('the live state is unchanged since the plan reviewed');
  });

  it('updates its earlier apply comment, found in the one listing of the pull request comments', async () => {
    mergedPull(reviewedComment([CHANGES.description]), [
      { id: 5, body: '<!-- kms-action-apply:kms.yaml -->\nearlier', user: bot, html_url: 'u5' },
    ]);
    let report: string | undefined;
    nock(API)
      .patch(`${REPO}/issues/comments/5`, (body: { body: string }) => {
        report = body.body;
        return true;
      })
      .reply(200, { id: 5, html_url: 'u5' });

    const result = await run(
      inputs(),
      octokit(),
      pushContext(workspace.dir),
      fakeServices([{ plan: planOf([CHANGES.description]) }]),
    );

    expect(result.failures).toEqual([]);
    expect(report).toContain('<!-- kms-action-apply:kms.yaml -->');
    expect(report).toContain('Applied 1 change');
  });

  it('holds back every change that no reviewer saw, and reports them on the merged pull request', async () => {
    const before = {
      ...emptyLive('acme/platform-keys/kms.yaml'),
      regions: [
        {
          account: '111122223333',
          region: 'us-east-1',
          discovery: 'tagging-api' as const,
          aliases: [],
        },
      ],
    };
    const other = { ...CHANGES.description, key: 'other', address: 'key.other', keyId: 'k-2' };
    mergedPull(reviewedComment([other], before));
    let report: string | undefined;
    // The comments were listed once, with the plan comment: a second listing finds no mock.
    nock(API)
      .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
        report = body.body;
        return true;
      })
      .reply(201, { id: 9, html_url: 'u' });
    const services = fakeServices([
      { plan: planOf([other, CHANGES.description, CHANGES.scheduleDeletion]) },
    ]);

    const result = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      services,
    );

    expect(services.applyCalls.map((call) => call.plan.changes)).toEqual([[other]]);
    expect(result.outputs.applied).toBe('1');
    expect(result.failures.join()).toContain(
      '2 changes held back because no reviewer saw them (or the rest of their plan): key.prod-s3 update-description, key.prod-s3 schedule-deletion. Pull request #7: the live state changed since the plan reviewed',
    );
    expect(report).toContain('Held back: not reviewed');
    expect(report).toContain('not in the plan reviewed on pull request');
  });

  it('on a direct push (nothing was reviewed), makes no change, not even a drift repair', async () => {
    nock(API)
      .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
      .query(true)
      .times(2)
      .reply(200, []);

    const unreviewed = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      fakeServices([{ plan: planOf([CHANGES.description, CHANGES.scheduleDeletion]) }]),
    );
    expect(unreviewed.outputs.applied).toBe('0');
    expect(unreviewed.failures.join()).toContain(
      'No plan was reviewed: no merged pull request brought this commit (a direct push)',
    );
    expect(unreviewed.summary).toContain('Held back: not reviewed');

    // Declared enabled before the push too, but an earlier unreviewed push may have declared
    // it: without a reviewed plan nothing is a repair (test/security/unreviewed-repair.test.ts).
    const services = fakeServices([
      { plan: planOf([CHANGES.cancelDeletion, CHANGES.enable, CHANGES.description]) },
    ]);
    const repaired = await run(
      inputs(),
      octokit(),
      { ...pushContext(workspace.dir), before: 'c'.repeat(40) },
      services,
    );
    expect(services.applyCalls).toEqual([]);
    expect(repaired.failures.join()).toContain('key.prod-s3 enable');
    expect(repaired.failures.join()).toContain('key.prod-s3 update-description');
  });

  // Attack: the reviewed plan paired a disruptive change (a key disabled) with the change that
  // makes it harmless (its replacement). A commit pushed after the last plan (`[skip ci]`, or
  // merged before the plan job ended) drops the replacement: every change left was reviewed,
  // so the disruptive one alone would be made.
  it('holds back a reviewed disruptive change when the manifest changed since the review and dropped a reviewed change', async () => {
    mergedPull(reviewedComment([disableOld, CHANGES.description]));
    noComment();
    const services = fakeServices([{ plan: planOf([disableOld]) }]);

    const result = await run(inputs(), octokit(), pushContext(workspace.dir), services);

    expect(services.applyCalls).toEqual([]);
    expect(result.outputs.applied).toBe('0');
    expect(result.failures.join()).toContain('key.old disable');
    expect(result.summary).toContain('1 reviewed change is no longer planned');
  });

  it('makes a reviewed disruptive change when a reviewed change is gone but the manifest is the reviewed one (a re-run after a partial apply)', async () => {
    mergedPull(
      reviewedComment(
        [disableOld, CHANGES.description],
        emptyLive('acme/platform-keys/kms.yaml'),
        createHash('sha256').update(MANIFEST).digest('hex'),
      ),
    );
    noComment();
    const services = fakeServices([{ plan: planOf([disableOld]) }]);

    const result = await run(inputs(), octokit(), pushContext(workspace.dir), services);

    expect(result.failures).toEqual([]);
    expect(services.applyCalls.map((call) => call.plan.changes)).toEqual([[disableOld]]);
  });

  // Attack: push a commit to the pull request and merge at once (no approval of the most
  // recent push required). The plan job of that push finishes after the merge and rewrites the
  // plan comment with a fingerprint of the new changes, which the apply then read as reviewed.
  it('treats a plan comment updated after the merge as unreviewed: no reviewer saw that plan', async () => {
    mergedPull(reviewedComment([CHANGES.description]), [], '2026-01-01T00:00:05Z');
    noComment();
    const services = fakeServices([{ plan: planOf([CHANGES.description]) }]);

    const result = await run(inputs(), octokit(), pushContext(workspace.dir), services);

    expect(services.applyCalls).toEqual([]);
    expect(result.failures.join()).toContain(
      'the plan comment on pull request #7 was last updated at 2026-01-01T00:00:05Z, not before the merge at 2026-01-01T00:00:00Z',
    );
  });

  it('holds back reviewed destructive changes without allow-destructive, and applies the rest', async () => {
    mergedPull(reviewedComment([CHANGES.description, CHANGES.scheduleDeletion]));
    // The comments were listed once, with the plan comment: a second listing finds no mock.
    nock(API).post(`${REPO}/issues/7/comments`).reply(201, { id: 9, html_url: 'u' });
    const services = fakeServices(
      [{ plan: planOf([CHANGES.description, CHANGES.scheduleDeletion]) }],
      {
        apply: (applied) => ({
          applied: applied.changes.filter((change) => change.risk !== 'destructive'),
          heldBack: [{ change: CHANGES.scheduleDeletion, reason: 'destructive' }],
        }),
      },
    );
    const held = await run(inputs(), octokit(), pushContext(workspace.dir), services);
    expect(held.failures).toEqual([]);
    expect(services.applyCalls[0]?.allowDestructive).toBe(false);
    expect(held.outputs.applied).toBe('1');
    expect(held.summary).toContain('Held back');
    expect(services.warnings.join()).toContain('allow-destructive');
  });
});
