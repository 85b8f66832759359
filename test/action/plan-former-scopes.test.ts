/**
 * A pull request that removes the last key of a Region (or moves a key with `region:`) must
 * still get the `orphan` problem: the plan reads, besides the Regions of the manifest's keys,
 * those the base branch's manifest has keys in (and only those: the pull request cannot
 * choose what is read).
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import {
  API,
  MANIFEST,
  PRODUCTION,
  REPO,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pullRequestContext,
  type Workspace,
} from './action-fixtures.ts';

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

const BASE = `${MANIFEST}  prod-eu:
    account: production
    region: eu-west-1
    environment: production
    service: sqs
    description: CMK for SQS - Production EU
`;

function expectComment(base: string | undefined | 502): void {
  const contents = nock(API).get(`${REPO}/contents/kms.yaml`).query(true);
  if (base === undefined) contents.reply(404, { message: 'Not Found' });
  else if (base === 502) contents.times(4).reply(502, { message: 'Bad Gateway' });
  else contents.reply(200, base);
  nock(API)
    .post('/graphql')
    .reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
  nock(API)
    .get(`${REPO}/issues/7/comments`)
    .query(true)
    .reply(200, [])
    .post(`${REPO}/issues/7/comments`)
    .reply(201, { id: 1, html_url: 'https://github.com/c/1' });
}

describe('mode plan: the base branch decides which other Regions are read', () => {
  it("reads the base branch's Region that the pull request leaves without keys", async () => {
    expectComment(BASE);
    const services = fakeServices([{ plan: planOf([]) }]);
    await run(inputs(), octokit(), pullRequestContext(workspace.dir), services);
    expect(services.preparedStates[0]?.formerScopes).toEqual([
      { account: PRODUCTION, region: 'eu-west-1' },
    ]);
  });

  it('reads only the manifest’s own Regions when the base branch has no manifest', async () => {
    expectComment(undefined);
    const services = fakeServices([{ plan: planOf([]) }]);
    await run(inputs(), octokit(), pullRequestContext(workspace.dir), services);
    expect(services.preparedStates[0]?.formerScopes).toBeUndefined();
  });

  it('fails the check when the base manifest cannot be read (its Regions were not checked)', async () => {
    expectComment(502);
    const services = fakeServices([{ plan: planOf([]) }]);
    const result = await run(inputs(), octokit(), pullRequestContext(workspace.dir), services);
    expect(services.preparedStates[0]?.formerScopes).toBeUndefined();
    expect(result.failures.join('\n')).toContain("cannot read the base branch's kms.yaml");
    expect(result.failures.join('\n')).toContain('not checked for orphans');
  });

  it("masks the base manifest's accounts with mask-aws-account-id (they are read too)", async () => {
    expectComment(
      BASE.replace(
        `production: '${PRODUCTION}'`,
        `production: '${PRODUCTION}'\n  eu: '777788889999'`,
      ).replace(
        '    account: production\n    region: eu-west-1',
        '    account: eu\n    region: eu-west-1',
      ),
    );
    const services = fakeServices([{ plan: planOf([]) }]);
    await run(
      inputs({ 'mask-aws-account-id': 'true' }),
      octokit(),
      pullRequestContext(workspace.dir),
      services,
    );
    expect(services.preparedStates[0]?.formerScopes).toEqual([
      { account: '777788889999', region: 'eu-west-1' },
    ]);
    expect(services.secrets).toContain('777788889999');
  });
});
