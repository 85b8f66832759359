import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  syncDriftIssue,
  type DriftIssueRequest,
} from '../../../adapters/github/sync-drift-issue.ts';
import { API, REPO, octokit } from '../../action/action-fixtures.ts';

const MARKER = '<!-- kms-action-drift:kms.yaml -->';
const LOGIN = 'github-actions[bot]';
const request = (body: string | undefined): DriftIssueRequest => ({
  owner: 'acme',
  repo: 'platform-keys',
  marker: MARKER,
  title: 'KMS drift in kms.yaml',
  body,
  closingComment: 'No drift any more.',
  login: LOGIN,
});
const issue = (number: number, body: string, extra: object = {}) => ({
  number,
  body,
  html_url: `https://github.com/acme/platform-keys/issues/${number}`,
  user: { login: LOGIN, type: 'Bot' },
  ...extra,
});

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('syncDriftIssue', () => {
  it('opens one issue labelled kms-drift when drift appears', async () => {
    let created: unknown;
    nock(API)
      .get(`${REPO}/issues`)
      .query({ labels: 'kms-drift', state: 'open', per_page: '100' })
      .reply(200, [issue(3, '<!-- kms-action-drift:other.yaml -->\ndrift of another manifest')])
      .post(`${REPO}/issues`, (body: unknown) => {
        created = body;
        return true;
      })
      .reply(201, issue(12, `${MARKER}\ndrift`));

    const result = await syncDriftIssue(octokit(), request(`${MARKER}\ndrift`));

    expect(result).toEqual({
      action: 'opened',
      number: 12,
      url: expect.stringContaining('/issues/12'),
    });
    expect(created).toEqual({
      title: 'KMS drift in kms.yaml',
      body: `${MARKER}\ndrift`,
      labels: ['kms-drift'],
    });
  });

  it('updates the open issue while the drift lasts, never a second one', async () => {
    let updated: unknown;
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [
        issue(20, `pull request text ${MARKER}`, { pull_request: { url: 'x' } }),
        issue(12, `${MARKER}\nold drift`),
      ])
      .patch(`${REPO}/issues/12`, (body: unknown) => {
        updated = body;
        return true;
      })
      .reply(200, issue(12, `${MARKER}\nnew drift`));

    const result = await syncDriftIssue(octokit(), request(`${MARKER}\nnew drift`));

    expect(result).toMatchObject({ action: 'updated', number: 12 });
    expect(updated).toEqual({ title: 'KMS drift in kms.yaml', body: `${MARKER}\nnew drift` });
  });

  it('comments and closes the issue when the drift is gone', async () => {
    const sent: unknown[] = [];
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [issue(12, `${MARKER}\ndrift`)])
      .post(`${REPO}/issues/12/comments`, (body: unknown) => {
        sent.push(body);
        return true;
      })
      .reply(201, { id: 1 })
      .patch(`${REPO}/issues/12`, (body: unknown) => {
        sent.push(body);
        return true;
      })
      .reply(200, issue(12, `${MARKER}\ndrift`, { state: 'closed' }));

    const result = await syncDriftIssue(octokit(), request(undefined));

    expect(result).toMatchObject({ action: 'closed', number: 12 });
    expect(sent).toEqual([
      { body: 'No drift any more.' },
      { state: 'closed', state_reason: 'completed' },
    ]);
  });

  it('does nothing without drift and without an open issue', async () => {
    nock(API).get(`${REPO}/issues`).query(true).reply(200, []);
    expect(await syncDriftIssue(octokit(), request(undefined))).toEqual({ action: 'none' });
  });

  it('names the missing permission when the token may not open issues', async () => {
    nock(API)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues`)
      .reply(403, { message: 'Resource not accessible by integration' });
    await expect(syncDriftIssue(octokit(), request(`${MARKER}\ndrift`))).rejects.toThrow(
      /opening a kms-drift issue in acme\/platform-keys was refused \(HTTP 403.*issues: write/,
    );
  });
});
