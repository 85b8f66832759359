import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import {
  API,
  CHANGES,
  REPO,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pushContext,
  type Workspace,
} from './action-fixtures.ts';

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

describe('mode drift (schedule)', () => {
  const scheduleContext = () => ({ ...pushContext(workspace.dir), eventName: 'schedule' });
  const DRIFT_MARKER = '<!-- kms-action-drift:kms.yaml -->';

  it('cancels an out-of-band deletion and re-enables the key, touching nothing else, and opens the drift issue', async () => {
    let opened: { title: string; body: string; labels: string[] } | undefined;
    expectLogin();
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues`, (body: { title: string; body: string; labels: string[] }) => {
        opened = body;
        return true;
      })
      .reply(201, { number: 12, html_url: 'u' });
    const detected = planOf([CHANGES.cancelDeletion, CHANGES.enable, CHANGES.description]);
    const services = fakeServices([{ plan: detected }, { plan: planOf([CHANGES.description]) }]);

    const result = await run(
      inputs({
        'on-drift': 'cancel-deletion',
        'role-to-assume': 'arn:aws:iam::{account}:role/kms-admin',
        'plan-role-to-assume': 'arn:aws:iam::{account}:role/kms-plan',
      }),
      octokit(),
      scheduleContext(),
      services,
    );

    expect(result.failures).toEqual([]);
    expect(
      services.applyCalls.map((call) => call.plan.changes.map((change) => change.action)),
    ).toEqual([['cancel-deletion', 'enable']]);
    expect(result.outputs.applied).toBe('2');
    expect(result.outputs['has-changes']).toBe('true');
    expect(opened?.labels).toEqual(['kms-drift']);
    expect(opened?.body).toContain('Repaired automatically');
    expect(opened?.body).toContain('Drift left after the repairs');
    expect(opened?.body.startsWith(`${DRIFT_MARKER}\n`)).toBe(true);
  });

  // EBS granted the key to a new instance: drift repair never revokes such a grant (not even
  // with on-drift: cancel-deletion), and the drift issue shows it with how to keep it.
  it('never revokes a grant AWS operates while repairing, and reports it with how to keep it', async () => {
    let opened: { body: string } | undefined;
    expectLogin();
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues`, (body: { body: string }) => {
        opened = body;
        return true;
      })
      .reply(201, { number: 12, html_url: 'u' });
    const services = fakeServices([
      { plan: planOf([CHANGES.cancelDeletion, CHANGES.awsGrantRevoke]) },
      { plan: planOf([CHANGES.awsGrantRevoke]) },
    ]);

    const result = await run(
      inputs({ mode: 'drift', 'on-drift': 'cancel-deletion', 'allow-destructive': 'true' }),
      octokit(),
      scheduleContext(),
      services,
    );

    expect(result.failures).toEqual([]);
    expect(services.applyCalls.map((call) => call.plan.changes)).toEqual([
      [CHANGES.cancelDeletion],
    ]);
    const left = opened?.body.split('#### Drift left after the repairs')[1] ?? '';
    expect(left).toContain('`grant.prod-s3.0d8aa621`');
    // Markdown-escaped: `\_`, `\-`, `\{`.
    expect(left).toContain(
      'keep it with \\`keep\\_grants: \\[\\{ grantee: arn:aws:iam::111122223333:role/aws:ec2\\-infrastructure, reason:',
    );
    expect(left).toContain('\\-\\-revoke\\-grant g\\-ebs\\-1');
  });

  it('only reports by default: the open issue is updated, nothing is applied', async () => {
    let updated: { body: string } | undefined;
    expectLogin();
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [{ number: 12, body: `${DRIFT_MARKER}\nold`, user: bot, html_url: 'u' }])
      .patch(`${REPO}/issues/12`, (body: { body: string }) => {
        updated = body;
        return true;
      })
      .reply(200, { number: 12, html_url: 'u' });
    const services = fakeServices([{ plan: planOf([CHANGES.cancelDeletion, CHANGES.enable]) }]);

    const result = await run(inputs({ mode: 'drift' }), octokit(), scheduleContext(), services);

    expect(services.applyCalls).toEqual([]);
    expect(result.outputs.applied).toBe('0');
    expect(updated?.body).toMatch(
      /> \*\*Changed outside this repository\*\*\n>\n> - `key.prod-s3`: key prod\\-s3 is scheduled for deletion/,
    );
  });

  it('closes the drift issue when the drift is gone', async () => {
    const sent: unknown[] = [];
    expectLogin();
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [{ number: 12, body: `${DRIFT_MARKER}\nold`, user: bot, html_url: 'u' }])
      .post(`${REPO}/issues/12/comments`)
      .reply(201, { id: 1 })
      .patch(`${REPO}/issues/12`, (body: unknown) => {
        sent.push(body);
        return true;
      })
      .reply(200, { number: 12, html_url: 'u' });

    const result = await run(
      inputs(),
      octokit(),
      scheduleContext(),
      fakeServices([{ plan: planOf([]) }]),
    );

    expect(result.outputs['has-changes']).toBe('false');
    expect(sent).toEqual([{ state: 'closed', state_reason: 'completed' }]);
  });
});
