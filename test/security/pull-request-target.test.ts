/**
 * Guard: the Action refuses pull_request_target (and every event it does not support) before
 * it reads the manifest or requests a credential. pull_request_target runs with the base
 * repository's secrets and OIDC token: its default checkout is the base branch (a plan of the
 * wrong files) and a workflow that checks out the head runs a fork's files with them.
 * The bundled Action is run with the same event in test/e2e/action.test.ts.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import {
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  pullRequestContext,
  pushContext,
  type Workspace,
} from '../action/action-fixtures.ts';

let workspace: Workspace;

beforeAll(async () => {
  nock.disableNetConnect();
  workspace = await createWorkspace();
});
afterAll(async () => {
  await workspace.remove();
});
afterEach(() => {
  nock.cleanAll();
});

const ROLES = {
  'role-to-assume': 'arn:aws:iam::{account}:role/kms-action-apply',
  'plan-role-to-assume': 'arn:aws:iam::{account}:role/kms-action-plan',
  'aws-region': 'us-east-1',
};

describe('pull_request_target', () => {
  it.each([
    ['no mode (it used to mean plan)', {}, true],
    ['mode plan', { mode: 'plan' }, true],
    ['mode plan, same-repository branch', { mode: 'plan' }, false],
    [
      'mode apply, even outside the default branch',
      { mode: 'apply', 'apply-outside-default-branch': 'true' },
      true,
    ],
    ['mode drift with repairs', { mode: 'drift', 'on-drift': 'cancel-deletion' }, true],
  ])('is refused with %s, before any credential or API call', async (_, values, fromFork) => {
    const services = fakeServices([]);
    const context = {
      ...pullRequestContext(workspace.dir, { fromFork }),
      eventName: 'pull_request_target',
    };

    const result = await run(inputs({ ...ROLES, ...values }), octokit(), context, services);

    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain("refuses to run on a 'pull_request_target' event");
    expect(result.failures[0]).toContain("'on: pull_request'");
    expect(result.summary).toContain('Refused');
    // Nothing reached for: no OIDC token, no AWS session, no GitHub call (nock refuses all).
    expect(services.tokenRequests).toEqual([]);
    expect(services.prepareCalls).toEqual([]);
    expect(services.applyCalls).toEqual([]);
    expect(result.outputs['plan-json']).toBe('');
  });
});

describe('other events', () => {
  it.each(['workflow_run', 'issue_comment', 'pull_request_review', 'merge_group', 'release'])(
    "'%s' is refused, naming the event and the supported ones",
    async (eventName) => {
      const services = fakeServices([]);
      const result = await run(
        inputs({ ...ROLES, mode: 'plan' }),
        octokit(),
        { ...pushContext(workspace.dir), eventName },
        services,
      );

      expect(result.failures).toEqual([
        `kms-action does not run on a '${eventName}' event: it runs on pull_request (plan), push to the default branch (apply), schedule (drift) and workflow_dispatch (with the input mode). Trigger the workflow with one of those events.`,
      ]);
      expect(services.tokenRequests).toEqual([]);
      expect(services.prepareCalls).toEqual([]);
    },
  );

  it('workflow_dispatch with a mode still runs', async () => {
    const services = fakeServices([]);
    const result = await run(
      inputs({ mode: 'apply' }),
      octokit(),
      { ...pushContext(workspace.dir), eventName: 'workflow_dispatch' },
      services,
    );
    // Mode apply's own rule (default branch push) answers, not the event guard.
    expect(result.failures[0]).toContain("but this run is a 'workflow_dispatch' event");
  });
});
