import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findStickyComment } from '../../../adapters/github/find-sticky-comment.ts';
import { upsertStickyComment } from '../../../adapters/github/upsert-sticky-comment.ts';
import { API, REPO, octokit } from '../../action/action-fixtures.ts';

const MARKER = '<!-- kms-action:kms.yaml -->';
const TARGET = { owner: 'acme', repo: 'platform-keys', number: 7 };
const bot = { login: 'github-actions[bot]', type: 'Bot' };
const person = { login: 'mallory', type: 'User' };
const comment = (id: number, body: string, user = bot) => ({
  id,
  body,
  user,
  html_url: `https://github.com/acme/platform-keys/pull/7#issuecomment-${id}`,
});

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('upsertStickyComment', () => {
  it('creates the comment when the pull request has none with the marker', async () => {
    let posted: unknown;
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(1, 'LGTM', person), comment(2, 'other bot text')])
      .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
        posted = body.body;
        return true;
      })
      .reply(201, comment(3, `${MARKER}\nplan`));

    const result = await upsertStickyComment(
      octokit(),
      TARGET,
      MARKER,
      `${MARKER}\nplan`,
      bot.login,
    );

    expect(result).toEqual({
      id: 3,
      url: expect.stringContaining('issuecomment-3'),
      created: true,
    });
    expect(posted).toBe(`${MARKER}\nplan`);
  });

  it("updates the Action's own comment in place instead of adding one per push", async () => {
    let patched: unknown;
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(5, `${MARKER}\nold plan`)])
      .patch(`${REPO}/issues/comments/5`, (body: { body: string }) => {
        patched = body.body;
        return true;
      })
      .reply(200, comment(5, `${MARKER}\nnew plan`));

    const result = await upsertStickyComment(
      octokit(),
      TARGET,
      MARKER,
      `${MARKER}\nnew plan`,
      bot.login,
    );

    expect(result.created).toBe(false);
    expect(result.id).toBe(5);
    expect(patched).toBe(`${MARKER}\nnew plan`);
  });

  it('finds the comment on a later page of a long conversation', async () => {
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query((query) => query['page'] === undefined)
      .reply(200, [comment(1, 'first')], {
        link: `<${API}${REPO}/issues/7/comments?per_page=100&page=2>; rel="next"`,
      })
      .get(`${REPO}/issues/7/comments`)
      .query((query) => query['page'] === '2')
      .reply(200, [comment(9, `${MARKER}\nplan`)])
      .patch(`${REPO}/issues/comments/9`)
      .reply(200, comment(9, `${MARKER}\nplan 2`));

    const result = await upsertStickyComment(
      octokit(),
      TARGET,
      MARKER,
      `${MARKER}\nplan 2`,
      bot.login,
    );
    expect(result).toMatchObject({ id: 9, created: false });
  });

  it("ignores a person's comment that copies the marker: only the Action's comment carries the fingerprint", async () => {
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [comment(4, `${MARKER}\nforged`, person)]);
    expect(await findStickyComment(octokit(), TARGET, MARKER, bot.login)).toBeUndefined();
  });

  it('names the missing permission when the token may not comment', async () => {
    nock(API)
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/7/comments`)
      .reply(403, { message: 'Resource not accessible by integration' });

    await expect(
      upsertStickyComment(octokit(), TARGET, MARKER, `${MARKER}\nplan`, bot.login),
    ).rejects.toThrow(
      /commenting on #7 in acme\/platform-keys was refused \(HTTP 403: Resource not accessible by integration.*pull-requests: write/,
    );
  });

  it('refuses a body that does not start with its marker (the next run could not find it)', async () => {
    await expect(
      upsertStickyComment(octokit(), TARGET, MARKER, `plan\n${MARKER}`, bot.login),
    ).rejects.toThrow('does not start with its marker');
  });
});
