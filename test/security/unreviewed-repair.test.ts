/**
 * Guard: a drift repair made on merge without review (cancel a deletion, re-enable a key) is
 * one that restores a state the manifest already declared before this push. Attack: a push
 * nobody reviewed (a direct push, or a pull request merged without a plan comment, e.g. from
 * a fork) turns `state: disabled` into `enabled`, or puts back a key whose deletion a
 * reviewed plan scheduled: the plan's `enable` and `cancel-deletion` look like repairs, so
 * before this guard they were made without review, re-opening a key that was disabled on
 * purpose. The manifest of the commit before the push (the event's `before`) decides; when it
 * cannot be read, no change is made as a repair.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import {
  API,
  CHANGES,
  MANIFEST,
  REPO,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pushContext,
  type Workspace,
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
