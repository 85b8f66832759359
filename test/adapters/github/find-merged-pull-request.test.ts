import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findMergedPullRequest } from '../../../adapters/github/find-merged-pull-request.ts';
import { readFileFromRepo } from '../../../adapters/github/read-file-from-repo.ts';
import { API, REPO, octokit } from '../../action/action-fixtures.ts';

const SHA = 'd'.repeat(40);
const REPOSITORY = { owner: 'acme', repo: 'platform-keys' };
const pull = (number: number, fields: object) => ({
  number,
  html_url: `https://github.com/acme/platform-keys/pull/${number}`,
  head: { sha: `${number}`.padEnd(40, 'a') },
  base: { ref: 'main' },
  merged_at: '2026-01-01T00:00:00Z',
  merge_commit_sha: SHA,
  ...fields,
});

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('findMergedPullRequest', () => {
  it('finds the pull request whose merge produced the pushed commit', async () => {
    nock(API)
      .get(`${REPO}/commits/${SHA}/pulls`)
      .query(true)
      .reply(200, [
        pull(5, { merged_at: null, merge_commit_sha: null }),
        pull(6, { merge_commit_sha: 'e'.repeat(40) }),
        pull(7, {}),
      ]);
    expect(await findMergedPullRequest(octokit(), REPOSITORY, SHA, 'main')).toEqual({
      number: 7,
      url: 'https://github.com/acme/platform-keys/pull/7',
      headSha: '7'.padEnd(40, 'a'),
      baseRef: 'main',
      mergedAt: '2026-01-01T00:00:00Z',
    });
  });

  it('returns nothing for a direct push, or a pull request merged into another branch', async () => {
    nock(API)
      .get(`${REPO}/commits/${SHA}/pulls`)
      .query(true)
      .reply(200, [pull(5, { merged_at: null }), pull(8, { base: { ref: 'release' } })]);
    expect(await findMergedPullRequest(octokit(), REPOSITORY, SHA, 'main')).toBeUndefined();
  });

  it('names the missing permission when the lookup is refused', async () => {
    nock(API)
      .get(`${REPO}/commits/${SHA}/pulls`)
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    await expect(findMergedPullRequest(octokit(), REPOSITORY, SHA, 'main')).rejects.toThrow(
      /pull-requests: read/,
    );
  });
});

describe('readFileFromRepo', () => {
  it("reads the base branch's manifest at a commit", async () => {
    nock(API)
      .get(`${REPO}/contents/config%2Fkms.yaml`)
      .query({ ref: 'b'.repeat(40) })
      .matchHeader('accept', 'application/vnd.github.v3.raw')
      .reply(200, 'version: 1\n');
    expect(
      await readFileFromRepo(octokit(), {
        ...REPOSITORY,
        path: 'config/kms.yaml',
        ref: 'b'.repeat(40),
      }),
    ).toBe('version: 1\n');
  });

  it('returns nothing when the file does not exist at that commit (a new manifest)', async () => {
    nock(API).get(`${REPO}/contents/kms.yaml`).query(true).reply(404, { message: 'Not Found' });
    expect(
      await readFileFromRepo(octokit(), { ...REPOSITORY, path: 'kms.yaml', ref: 'main' }),
    ).toBeUndefined();
  });
});
