/**
 * A pull request's plan checks the role that applies on merge (issue 14.4). The key
 * policy's MFA guard denies kms:DisableKey to every OIDC session (they never carry MFA), so a
 * `state: disabled` must be flagged as `applier-denied` on the pull request, not fail after
 * the merge. A read-only plan role is not the applier: the plan checks `apply-role` (never
 * assumed), and says so when it knows of no apply role at all.
 *
 * The AWS pipeline is the real planner (buildPlan with the applier the Action chose) over a
 * live key that is enabled under the manifest's generated, MFA-guarded policy.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AwsPlan } from '../../adapters/aws/prepare-plan.ts';
import { run } from '../../action/main.ts';
import { buildPlan } from '../../core/plan/build-plan.ts';
import {
  API,
  MANIFEST,
  REPO,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  pullRequestContext,
  type FakeServices,
  type Workspace,
} from './action-fixtures.ts';
import { keyNamed, liveFrom, liveState } from '../core/plan/plan-fixtures.ts';

const ADMIN_ROLE = 'arn:aws:iam::{account}:role/kms-admin';
const PLAN_ROLE = 'arn:aws:iam::{account}:role/kms-action-plan';
/** Who the default credential chain is, e.g. a read-only role from configure-aws-credentials. */
const CALLER = 'arn:aws:iam::111122223333:role/kms-action-plan';

let workspace: Workspace;

beforeAll(async () => {
  nock.disableNetConnect();
  workspace = await createWorkspace(
    MANIFEST.replace('    description: CMK', '    state: disabled\n    description: CMK'),
  );
});
afterAll(async () => {
  await workspace.remove();
});
afterEach(() => {
  nock.cleanAll();
});

/** Services whose `prepare` plans for real against the enabled live key, for the applier it is given. */
function realPlanner(): FakeServices {
  const services = fakeServices([]);
  services.aws.prepare = (desired, options): Promise<AwsPlan> => {
    services.prepareCalls.push(options);
    const key = keyNamed(desired, 'prod-s3');
    const live = liveState(desired, [
      liveFrom(key, { state: 'Enabled', ownership: { manifest: desired.owner, key: key.name } }),
    ]);
    const applierFor = options.applierFor ?? (() => CALLER);
    return Promise.resolve({
      desired,
      live,
      plan: buildPlan(desired, live, { applierFor }),
      clients: { destroy: () => undefined } as unknown as AwsPlan['clients'],
      stats: { calls: new Map() } as unknown as AwsPlan['stats'],
      identities: new Map(),
      applierFor,
    });
  };
  return services;
}

async function planPullRequest(values: Record<string, string>) {
  nock(API).get(`${REPO}/contents/kms.yaml`).query(true).reply(404, { message: 'Not Found' });
  const services = realPlanner();
  const result = await run(
    inputs({ comment: 'false', 'aws-region': 'us-east-1', ...values }),
    octokit(),
    pullRequestContext(workspace.dir),
    services,
  );
  const plan = JSON.parse(result.outputs['plan-json']) as {
    problems: { code: string; key: string; message: string }[];
  };
  return { result, plan, services };
}

describe('the plan of a pull request checks the apply role', () => {
  it('with apply-role next to a read-only plan role, a disable behind the MFA guard is applier-denied on the pull request', async () => {
    nock('https://sts.us-east-1.amazonaws.com').post('/').optionally().reply(403);
    const { result, plan, services } = await planPullRequest({
      'plan-role-to-assume': PLAN_ROLE,
      'apply-role': ADMIN_ROLE,
    });

    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'applier-denied',
        key: 'prod-s3',
        message: expect.stringContaining('arn:aws:iam::111122223333:role/kms-admin'),
      }),
    ]);
    expect(result.failures.join('\n')).toContain('apply would refuse');
    expect(result.summary).toContain('`applier-denied`');
    // Never assumed: the only role session asked for is the read-only plan role's.
    const provider = services.prepareCalls[0]?.credentialsFor('111122223333');
    if (typeof provider !== 'function') throw new Error('expected a role session');
    await expect(provider()).rejects.toThrow('kms-action-plan');
  });

  it('with apply-role and the default credential chain, the apply role is checked, not the caller', async () => {
    const { plan } = await planPullRequest({ 'apply-role': ADMIN_ROLE });
    expect(plan.problems.map((problem) => problem.code)).toEqual(['applier-denied']);
    expect(plan.problems[0]?.message).toContain('role/kms-admin');
    expect(plan.problems[0]?.message).not.toContain('kms-action-plan');
  });

  it('with only a read-only plan role, the plan says the apply role was not checked and how to check it', async () => {
    nock('https://sts.us-east-1.amazonaws.com').post('/').optionally().reply(403);
    const { result, plan, services } = await planPullRequest({
      'plan-role-to-assume': PLAN_ROLE,
    });

    expect(plan.problems).toEqual([]);
    expect(result.summary).toContain("set the input 'apply-role'");
    expect(services.warnings.join('\n')).toContain("set the input 'apply-role'");
  });

  it('role-to-assume next to a plan role still names the applier, as before apply-role existed', async () => {
    nock('https://sts.us-east-1.amazonaws.com').post('/').optionally().reply(403);
    const { result, plan } = await planPullRequest({
      'plan-role-to-assume': PLAN_ROLE,
      'role-to-assume': ADMIN_ROLE,
    });
    expect(plan.problems.map((problem) => problem.code)).toEqual(['applier-denied']);
    expect(result.summary).not.toContain("set the input 'apply-role'");
  });
});
