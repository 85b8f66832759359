/**
 * A GitHub REST API for app tests, at the HTTP level with nock: each helper registers the
 * answers to one call, and `calls` records what the app sent, in order. Unexpected requests
 * fail (nock has net connect disabled), so a test also proves which calls were not made.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { Probot, ProbotOctokit } from 'probot';

export const API = 'https://api.github.com';
export const APP_ID = 1048576;
export const INSTALLATION_ID = 41200117;
export const WEBHOOK_SECRET = 'kms-action-test-secret';
export const OWNER = 'acme';
export const REPO = 'infra';
export const PR = 42;
/** Head and base commits of the pull request in the fixtures. */
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
export const BASE_SHA = 'a10867b14bb761a232cd80139fbd4c0d33264240';
export const BOT_LOGIN = 'kms-action[bot]';

export const PRIVATE_KEY = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;

/** A Probot as the server would create it, with retries and throttling off for tests. */
export function createTestProbot(): Probot {
  return new Probot({
    appId: APP_ID,
    privateKey: PRIVATE_KEY,
    secret: WEBHOOK_SECRET,
    logLevel: 'fatal',
    // A function, not an object: Probot passes its own `throttle` options at construction,
    // which would replace an object default's `throttle: { enabled: false }` (and the
    // throttle spaces writes 1 s apart).
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { ...(options['throttle'] as object | undefined), enabled: false },
      // Node's global fetch, looked up per request: nock intercepts it (undici's would escape).
      request: {
        ...(options['request'] as object | undefined),
        fetch: (url: string, init: RequestInit) => globalThis.fetch(url, init),
      },
    })),
  });
}

/** A webhook payload fixture, as GitHub sends it. */
export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/webhooks/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

export interface GitHubMock {
  scope: nock.Scope;
  calls: RecordedCall[];
  /** The installation token and `GET /app`, which every run that reaches the review needs. */
  auth: (options?: { app?: boolean }) => GitHubMock;
  /** A file at a commit, or 404 (`undefined`), or an error status. */
  file: (path: string, ref: string, content: string | undefined | { status: number }) => GitHubMock;
  /** A file whose metadata says it is `size` bytes (the content is never asked for). */
  fileOfSize: (path: string, ref: string, size: number) => GitHubMock;
  /** The pull request's files with their patches. */
  files: (files: { filename: string; patch?: string }[]) => GitHubMock;
  reviewComments: (comments: Record<string, unknown>[]) => GitHubMock;
  createCheckRun: (id: number) => GitHubMock;
  updateCheckRun: (id: number) => GitHubMock;
  createReview: () => GitHubMock;
  deleteReviewComment: (id: number) => GitHubMock;
  pullRequest: (pull: Record<string, unknown>) => GitHubMock;
  /** Calls of one kind, e.g. `('POST', '/repos/acme/infra/check-runs')`. */
  sent: (method: string, path: string) => unknown[];
}

const repoPath = `/repos/${OWNER}/${REPO}`;

export function mockGitHub(): GitHubMock {
  const scope = nock(API);
  const calls: RecordedCall[] = [];
  const record = (status: number, answer: (body: unknown) => unknown) =>
    function (this: nock.ReplyFnContext, uri: string, body: nock.Body): [number, nock.Body] {
      calls.push({ method: this.req.method, path: uri, body });
      return [status, answer(body) as nock.Body];
    };

  const mock: GitHubMock = {
    scope,
    calls,
    auth: ({ app = true } = {}) => {
      scope
        .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
        .reply(201, { token: 'ghs_test', expires_at: '2099-01-01T00:00:00Z', permissions: {} });
      if (app) scope.get('/app').reply(200, { id: APP_ID, slug: 'kms-action', name: 'kms-action' });
      return mock;
    },
    file: (path, ref, content) => {
      const interceptor = scope
        .get(`${repoPath}/contents/${encodeURIComponent(path)}`)
        .query({ ref });
      if (content === undefined) interceptor.reply(404, { message: 'Not Found', status: '404' });
      else if (typeof content === 'object')
        interceptor.reply(content.status, { message: `status ${content.status}` });
      else
        interceptor.reply(200, {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(content),
          name: path.split('/').pop(),
          path,
          sha: 'f'.repeat(40),
          content: Buffer.from(content).toString('base64'),
        });
      return mock;
    },
    fileOfSize: (path, ref, size) => {
      scope
        .get(`${repoPath}/contents/${encodeURIComponent(path)}`)
        .query({ ref })
        .reply(200, {
          type: 'file',
          encoding: 'none',
          size,
          name: path.split('/').pop(),
          path,
          sha: 'e'.repeat(40),
          content: '',
        });
      return mock;
    },
    files: (files) => {
      scope
        .get(`${repoPath}/pulls/${PR}/files`)
        .query({ per_page: 100 })
        .reply(
          200,
          files.map((file) => ({ sha: 'a'.repeat(40), status: 'modified', ...file })),
        );
      return mock;
    },
    reviewComments: (comments) => {
      scope.get(`${repoPath}/pulls/${PR}/comments`).query({ per_page: 100 }).reply(200, comments);
      return mock;
    },
    createCheckRun: (id) => {
      scope.post(`${repoPath}/check-runs`).reply(record(201, () => ({ id })));
      return mock;
    },
    updateCheckRun: (id) => {
      scope.patch(`${repoPath}/check-runs/${id}`).reply(record(200, () => ({ id })));
      return mock;
    },
    createReview: () => {
      scope.post(`${repoPath}/pulls/${PR}/reviews`).reply(record(200, () => ({ id: 80 })));
      return mock;
    },
    deleteReviewComment: (id) => {
      scope.delete(`${repoPath}/pulls/comments/${id}`).reply(record(204, () => ''));
      return mock;
    },
    pullRequest: (pull) => {
      scope.get(`${repoPath}/pulls/${PR}`).reply(200, pull);
      return mock;
    },
    sent: (method, path) =>
      calls.filter((call) => call.method === method && call.path === path).map((call) => call.body),
  };
  return mock;
}
