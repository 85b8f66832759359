import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import { parseFingerprint } from '../../action/plan-fingerprint.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import {
  API,
  CHANGES,
  REPO,
  createWorkspace,
  credentialsUsed,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pullRequestContext,
  pushContext,
  type Workspace,
} from './action-fixtures.ts';

const MARKER = '<!-- kms-action:kms.yaml -->';
const bot = { login: 'github-actions[bot]', type: 'Bot' };
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

/** nock for the token's identity (GraphQL viewer): GITHUB_TOKEN posts as github-actions[bot]. */
function expectLogin(): void {
  nock(API)
    .post('/graphql')
    .reply(200, { data: { viewer: { login: bot.login } } });
}

/** nock for the plan comment on #7: no earlier comment; returns what was posted. */
function expectPlanComment(status = 201, readsBase = true): { body: string | undefined } {
  const posted: { body: string | undefined } = { body: undefined };
  if (readsBase) {
    nock(API).get(`${REPO}/contents/kms.yaml`).query(true).reply(404, { message: 'Not Found' });
  }
  expectLogin();
  nock(API)
    .get(`${REPO}/issues/7/comments`)
    .query(true)
    .reply(200, [])
    .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
      posted.body = body.body;
      return true;
    })
    .reply(
      status,
      status === 201
        ? { id: 1, html_url: 'https://github.com/c/1' }
        : { message: 'Resource not accessible by integration' },
    );
  return posted;
}

describe('mode plan (pull request)', () => {
  it('posts the plan with its fingerprint, and reports it in the job summary and the outputs', async () => {
    const posted = expectPlanComment();
    const services = fakeServices([{ plan: planOf([CHANGES.description]) }]);

    const result = await run(inputs(), octokit(), pullRequestContext(workspace.dir), services);

    expect(result.failures).toEqual([]);
    expect(result.mode).toBe('plan');
    expect(posted.body?.startsWith(`${MARKER}\n`)).toBe(true);
    expect(posted.body).toContain('key.prod-s3');
    expect(parseFingerprint(posted.body ?? '')).toMatchObject({
      base: 'b'.repeat(40),
      destructiveCount: 0,
    });
    expect(result.summary).toContain('description: "old"');
    expect(result.outputs['has-changes']).toBe('true');
    expect(JSON.parse(result.outputs['plan-json'])).toMatchObject({
      format_version: 3,
      manifest: 'kms.yaml',
    });
    expect(result.outputs.applied).toBe('0');
    // No role input: the SDK's default chain (e.g. configure-aws-credentials).
    expect(credentialsUsed(services.prepareCalls[0])).toBeUndefined();
  });

  it('plans with plan-role-to-assume, not the apply role', async () => {
    expectPlanComment();
    let roleArn: string | null = null;
    nock('https://sts.us-east-1.amazonaws.com')
      .post('/', (body: string) => {
        roleArn = new URLSearchParams(body).get('RoleArn');
        return true;
      })
      .reply(
        403,
        '<ErrorResponse><Error><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>',
      );
    const services = fakeServices([{ plan: planOf([]) }]);
    const values = {
      'role-to-assume': 'arn:aws:iam::{account}:role/kms-admin',
      'plan-role-to-assume': 'arn:aws:iam::{account}:role/kms-plan',
      'aws-region': 'us-east-1',
    };

    await run(inputs(values), octokit(), pullRequestContext(workspace.dir), services);
    const provider = credentialsUsed(services.prepareCalls[0]);
    if (typeof provider !== 'function') throw new Error('expected a role session');
    await expect(provider()).rejects.toThrow('kms-plan');

    expect(roleArn).toBe('arn:aws:iam::111122223333:role/kms-plan');
    expect(services.tokenRequests).toEqual(['sts.amazonaws.com']);
  });

  it('with mask-aws-account-id, masks the account ids of the manifest and the role inputs in the log; not by default', async () => {
    expectPlanComment();
    expectPlanComment();
    const masked = fakeServices([{ plan: planOf([]) }]);
    await run(
      inputs({
        'mask-aws-account-id': 'true',
        'apply-role': 'arn:aws:iam::444455556666:role/kms-action-apply',
      }),
      octokit(),
      pullRequestContext(workspace.dir),
      masked,
    );
    expect(masked.secrets).toEqual(expect.arrayContaining(['111122223333', '444455556666']));

    const plain = fakeServices([{ plan: planOf([]) }]);
    await run(inputs(), octokit(), pullRequestContext(workspace.dir), plain);
    expect(plain.secrets.filter((secret) => /^[0-9]{12}$/.test(secret))).toEqual([]);
  });

  it("predicts the apply role's access in the plan, not the read-only plan role's", async () => {
    expectPlanComment();
    const services = fakeServices([{ plan: planOf([]) }]);
    await run(
      inputs({
        'role-to-assume': 'arn:aws:iam::{account}:role/kms-admin',
        'plan-role-to-assume': 'arn:aws:iam::{account}:role/kms-plan',
        'aws-region': 'us-east-1',
      }),
      octokit(),
      pullRequestContext(workspace.dir),
      services,
    );
    expect(services.prepareCalls[0]?.applierFor?.('111122223333')).toBe(
      'arn:aws:iam::111122223333:role/kms-admin',
    );
  });

  it("validates and lints a fork's pull request without asking for credentials, and says planning needs a maintainer", async () => {
    const posted = expectPlanComment(403);
    const services = fakeServices([]);

    const result = await run(
      inputs({ 'role-to-assume': 'arn:aws:iam::{account}:role/kms-admin' }),
      octokit(),
      pullRequestContext(workspace.dir, { fromFork: true }),
      services,
    );

    expect(services.prepareCalls).toEqual([]);
    expect(services.tokenRequests).toEqual([]);
    expect(posted.body).toContain("Planning needs a maintainer's run");
    expect(result.summary).toContain('not planned');
    // The fork's read-only token cannot comment: a warning, the summary carries the report.
    expect(result.failures).toEqual([]);
    expect(services.warnings.join('\n')).toContain('pull-requests: write');
    expect(result.outputs['plan-json']).toBe('');
    expect(JSON.parse(result.outputs.findings)).toEqual(expect.any(Array));
  });

  it('fails with the missing permission when the token of a same-repository pull request cannot comment', async () => {
    expectPlanComment(403);
    const result = await run(
      inputs(),
      octokit(),
      pullRequestContext(workspace.dir),
      fakeServices([{ plan: planOf([]) }]),
    );
    expect(result.failures.join('\n')).toMatch(
      /commenting on #7 .* refused \(HTTP 403.*pull-requests: write/,
    );
  });

  it('reports an invalid manifest with annotations on its lines and in the comment, and plans nothing', async () => {
    const broken = await createWorkspace('version: 1\nkeys:\n  prod-s3:\n    acount: production\n');
    try {
      const posted = expectPlanComment(201, false);
      const services = fakeServices([]);

      const result = await run(inputs(), octokit(), pullRequestContext(broken.dir), services);

      expect(services.prepareCalls).toEqual([]);
      expect(result.failures.join()).toContain('kms.yaml is invalid');
      expect(services.lines.join('\n')).toMatch(
        /^::error file=kms\.yaml,line=\d+,col=\d+,title=kms-action%3A invalid manifest::/m,
      );
      expect(posted.body).toContain('The manifest is invalid');
      expect(posted.body).toMatch(
        /\[line \d+, column \d+\]\(https:\/\/github\.com\/acme\/platform-keys\/blob\/a{40}\/kms\.yaml#L\d+\)/,
      );
    } finally {
      await broken.remove();
    }
  });

  it('cuts a huge plan to fit a comment, pointing to the job summary that holds all of it', async () => {
    const posted = expectPlanComment();
    const changes: Change[] = Array.from({ length: 1500 }, (_, index) => ({
      ...CHANGES.description,
      address: `key.k${index}`,
      key: `k${index}`,
      after: `a long description number ${index} `.repeat(4),
    }));

    const result = await run(
      inputs(),
      octokit(),
      pullRequestContext(workspace.dir),
      fakeServices([{ plan: planOf(changes) }]),
    );

    const body = posted.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain(
      'the full report is in the [job summary](https://github.com/acme/platform-keys/actions/runs/42)',
    );
    expect(parseFingerprint(body)).toBeDefined();
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(result.summary.length).toBeGreaterThan(65_536);
    expect(result.summary).toContain('key.k1499');
  });
});

describe('mode', () => {
  it('must be set for events other than pull_request, push and schedule', async () => {
    const result = await run(
      inputs(),
      octokit(),
      { ...pushContext(workspace.dir), eventName: 'workflow_dispatch' },
      fakeServices([]),
    );
    expect(result.failures).toEqual([
      "cannot tell what to do on a 'workflow_dispatch' event: set the input 'mode' to plan, apply or drift",
    ]);
  });
});
