/**
 * A local stand-in for the GitHub REST API and the runner's OIDC token service, for running
 * the bundled Action as a child process. Loopback only; keeps comments, pull requests, issues
 * and files in memory and records every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  /** When it was last written (apply trusts only a plan comment written before the merge). */
  updatedAt?: string;
}

const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

export interface FakePull {
  number: number;
  mergeCommitSha: string;
  headSha: string;
  baseRef: string;
  merged: boolean;
  /** When it was merged; unset: the time of the request that asks (after every comment). */
  mergedAt?: string;
}

export interface FakeGitHub {
  url: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_URL`: the toolkit appends `&audience=...`. */
  tokenUrl: string;
  comments: FakeComment[];
  issues: FakeIssue[];
  pulls: FakePull[];
  /** `<ref>:<path>` -> content, for the contents API. */
  files: Map<string, string>;
  requests: { method: string; path: string; authorization: string | undefined }[];
  /** Audiences the OIDC token was requested for. */
  tokenAudiences: string[];
  close: () => Promise<void>;
}

/** A JWT-shaped token: moto does not verify it; the payload carries GitHub's claims. */
export function fakeIdToken(audience: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub: 'repo:acme/platform-keys:ref:refs/heads/main', aud: audience, iss: 'https://token.actions.githubusercontent.com' })}.signature`;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    tokenUrl: '',
    comments: [],
    issues: [],
    pulls: [],
    files: new Map(),
    requests: [],
    tokenAudiences: [],
    close: () => Promise.resolve(),
  };

  /** Answers with JSON; returns `true` so handlers can `return send(...)`. */
  const send = (res: ServerResponse, status: number, body: unknown): true => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
    return true;
  };
  const commentJson = (comment: FakeComment) => ({
    id: comment.id,
    body: comment.body,
    user: comment.user,
    html_url: `https://github.example/acme/platform-keys/issues/${comment.issue}#issuecomment-${comment.id}`,
    updated_at: comment.updatedAt ?? new Date(0).toISOString(),
  });
  const issueJson = (issue: FakeIssue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
    html_url: `https://github.example/acme/platform-keys/issues/${issue.number}`,
    user: ACTIONS_BOT,
  });

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): true => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    fake.requests.push({ method, path: url.pathname, authorization: req.headers.authorization });
    const body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);

    if (url.pathname === '/oidc/token') {
      if (req.headers.authorization !== 'Bearer runtime-token') return send(res, 401, {});
      const audience = url.searchParams.get('audience') ?? '';
      fake.tokenAudiences.push(audience);
      return send(res, 200, { value: fakeIdToken(audience) });
    }
    // The token's identity (GraphQL viewer): the workflow's GITHUB_TOKEN.
    if (url.pathname === '/graphql' && method === 'POST') {
      return send(res, 200, { data: { viewer: { login: ACTIONS_BOT.login } } });
    }
    const repo = /^\/repos\/acme\/platform-keys(\/.*)$/.exec(url.pathname)?.[1];
    if (repo === undefined) return send(res, 404, { message: 'Not Found' });
    let match: RegExpExecArray | null;

    if ((match = /^\/issues\/(\d+)\/comments$/.exec(repo))) {
      const issue = Number(match[1]);
      if (method === 'GET') {
        return send(res, 200, fake.comments.filter((c) => c.issue === issue).map(commentJson));
      }
      const comment: FakeComment = {
        id: nextId++,
        issue,
        body: String(body['body']),
        user: ACTIONS_BOT,
        updatedAt: new Date().toISOString(),
      };
      fake.comments.push(comment);
      return send(res, 201, commentJson(comment));
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(repo)) && method === 'PATCH') {
      const comment = fake.comments.find((c) => c.id === Number(match?.[1]));
      if (comment === undefined) return send(res, 404, { message: 'Not Found' });
      comment.body = String(body['body']);
      comment.updatedAt = new Date().toISOString();
      return send(res, 200, commentJson(comment));
    }
    if ((match = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(repo))) {
      const sha = match[1];
      return send(
        res,
        200,
        fake.pulls
          .filter((pull) => pull.mergeCommitSha === sha)
          .map((pull) => ({
            number: pull.number,
            html_url: `https://github.example/acme/platform-keys/pull/${pull.number}`,
            merged_at: pull.merged ? (pull.mergedAt ?? new Date().toISOString()) : null,
            merge_commit_sha: pull.mergeCommitSha,
            head: { sha: pull.headSha },
            base: { ref: pull.baseRef },
          })),
      );
    }
    if ((match = /^\/contents\/(.+)$/.exec(repo))) {
      const content = fake.files.get(
        `${url.searchParams.get('ref') ?? ''}:${decodeURIComponent(match[1] ?? '')}`,
      );
      if (content === undefined) return send(res, 404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
      res.end(content);
      return true;
    }
    if (repo === '/issues' && method === 'GET') {
      const label = url.searchParams.get('labels');
      const state = url.searchParams.get('state') ?? 'open';
      return send(
        res,
        200,
        fake.issues
          .filter(
            (issue) => (label === null || issue.labels.includes(label)) && issue.state === state,
          )
          .map(issueJson),
      );
    }
    if (repo === '/issues' && method === 'POST') {
      const issue: FakeIssue = {
        number: 100 + fake.issues.length,
        title: String(body['title']),
        body: String(body['body']),
        state: 'open',
        labels: Array.isArray(body['labels']) ? body['labels'].map(String) : [],
      };
      fake.issues.push(issue);
      return send(res, 201, issueJson(issue));
    }
    if ((match = /^\/issues\/(\d+)$/.exec(repo)) && method === 'PATCH') {
      const issue = fake.issues.find((candidate) => candidate.number === Number(match?.[1]));
      if (issue === undefined) return send(res, 404, { message: 'Not Found' });
      if (typeof body['title'] === 'string') issue.title = body['title'];
      if (typeof body['body'] === 'string') issue.body = body['body'];
      if (body['state'] === 'closed' || body['state'] === 'open') issue.state = body['state'];
      return send(res, 200, issueJson(issue));
    }
    return send(res, 404, { message: `no route for ${method} ${url.pathname}` });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        send(res, 500, { message: String(error) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('fake GitHub has no port');
  fake.url = `http://127.0.0.1:${address.port}`;
  fake.tokenUrl = `${fake.url}/oidc/token?api-version=2.0`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => {
        if (error === undefined) resolve();
        else reject(error);
      });
    });
  return fake;
}
