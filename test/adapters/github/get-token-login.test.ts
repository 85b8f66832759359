import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getTokenLogin } from '../../../adapters/github/get-token-login.ts';
import { API, octokit } from '../../action/action-fixtures.ts';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('getTokenLogin', () => {
  it('is the GraphQL viewer: github-actions[bot] for the workflow token', async () => {
    nock(API)
      .post('/graphql', (body: { query: string }) => body.query.includes('viewer'))
      .reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    expect(await getTokenLogin(octokit())).toEqual({ login: 'github-actions[bot]' });
  });

  it('falls back to GET /user for a user token', async () => {
    nock(API)
      .post('/graphql')
      .reply(502, { message: 'Bad Gateway' })
      .get('/user')
      .reply(200, { login: 'release-bot' });
    expect(await getTokenLogin(octokit())).toEqual({ login: 'release-bot' });
  });

  it('is unknown, with both reasons, when neither answers', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, { data: { viewer: null } })
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' });
    const identity = await getTokenLogin(octokit());
    expect(identity.login).toBeUndefined();
    expect(identity).toMatchObject({
      reason: expect.stringMatching(
        /viewer returned no login.*GET \/user: Resource not accessible/,
      ) as unknown,
    });
  });
});
