/**
 * The entry's early OIDC token request, against a real token service on loopback: asked only
 * when the run will assume a role, with the audience input and the runtime's bearer token;
 * handed over once and masked; a failed early request is asked again through @actions/core,
 * whose error the user sees as before; a configured proxy is honoured by leaving the request
 * to @actions/core.
 */
import * as core from '@actions/core';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestIdToken } from '../../action/request-id-token.ts';
import { startIdTokenPrefetch, type IdTokenToolkit } from '../../action/start-id-token-prefetch.ts';
import { startConnectProxy } from '../e2e/start-connect-proxy.ts';

interface TokenService {
  port: number;
  /** Every request: its path and query, and its Authorization header. */
  seen: { url: string; authorization: string | undefined }[];
  answer: (response: ServerResponse, audience: string) => void;
  closed: number;
  server: Server;
}

const ROLE = 'arn:aws:iam::{account}:role/kms-admin';
let service: TokenService;
let workspace: string;
let savedEnv: NodeJS.ProcessEnv;

beforeEach(async () => {
  savedEnv = { ...process.env };
  workspace = await mkdtemp(join(tmpdir(), 'kms-action-prefetch-'));
  await writeFile(
    join(workspace, 'push.json'),
    JSON.stringify({ ref: 'refs/heads/main', repository: { default_branch: 'main' } }),
  );
  const server = createServer((request, response) => {
    service.seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
    request.on('close', () => (service.closed += 1));
    const audience = new URL(request.url ?? '', 'http://x').searchParams.get('audience') ?? '';
    service.answer(response, audience);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service = {
    port: (server.address() as AddressInfo).port,
    seen: [],
    closed: 0,
    answer: (response, audience) => {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ value: `jwt-for-${audience}` }));
    },
    server,
  };
});

afterEach(async () => {
  process.env = savedEnv;
  service.server.closeAllConnections();
  await new Promise((resolve) => service.server.close(resolve));
  await rm(workspace, { recursive: true, force: true });
});

/** The runner's environment for a push to main, mode from the event (apply). */
function runEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(workspace, 'push.json'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/platform-keys',
    ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${String(service.port)}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
    'INPUT_GITHUB-TOKEN': 'ghs_test',
    'INPUT_ROLE-TO-ASSUME': ROLE,
    INPUT_AUDIENCE: 'sts.amazonaws.com',
    ...overrides,
  };
}

/** A toolkit that records what it masks; asked for a token, it says it was not expected to be. */
function recordingToolkit(): IdTokenToolkit & { masked: string[] } {
  const masked: string[] = [];
  return {
    masked,
    debug: () => undefined,
    setSecret: (secret) => masked.push(secret),
    getIDToken: () => Promise.reject(new Error('the toolkit was asked')),
  };
}

describe('the early OIDC token request of the Action entry', () => {
  it('asks the token service for the audience input with the runtime token, and hands the token over once, masked', async () => {
    const prefetch = startIdTokenPrefetch(runEnv({ INPUT_AUDIENCE: 'sts.example.internal' }));
    expect(prefetch?.audience).toBe('sts.example.internal');
    await prefetch?.sent;
    const toolkit = recordingToolkit();
    expect(prefetch?.take('another-audience', toolkit)).toBeUndefined();
    const token = await prefetch?.take('sts.example.internal', toolkit);
    expect(token).toBe('jwt-for-sts.example.internal');
    expect(toolkit.masked).toEqual(['jwt-for-sts.example.internal']);
    expect(prefetch?.take('sts.example.internal', toolkit)).toBeUndefined();
    expect(service.seen).toEqual([
      {
        url: '/token?api-version=2.0&audience=sts.example.internal',
        authorization: 'Bearer runtime-token',
      },
    ]);
  });

  it.each([
    ['no role input', { 'INPUT_ROLE-TO-ASSUME': '' }],
    ['apply on another branch', { GITHUB_REF: 'refs/heads/feature' }],
    ['a refused event', { GITHUB_EVENT_NAME: 'pull_request_target' }],
    ['an invalid input (the Action reports it)', { 'INPUT_ROLE-TO-ASSUME': 'kms-admin' }],
    ['no repository to tell', { GITHUB_REPOSITORY: '' }],
  ])('requests nothing on %s', async (_name, overrides) => {
    expect(startIdTokenPrefetch(runEnv(overrides))).toBeUndefined();
    // The service would have seen a request started synchronously by now plus one turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(service.seen).toEqual([]);
  });

  it('an event payload that is not JSON requests nothing (the Action reports it)', async () => {
    const event = join(workspace, 'broken.json');
    await writeFile(event, '{"ref": "refs/heads/main", ');
    expect(startIdTokenPrefetch(runEnv({ GITHUB_EVENT_PATH: event }))).toBeUndefined();
  });

  it("a fork's pull request requests nothing", async () => {
    const event = join(workspace, 'fork.json');
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: 9,
          head: { sha: 'f', repo: { full_name: 'mallory/platform-keys' } },
          base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/platform-keys' } },
        },
        repository: { full_name: 'acme/platform-keys', default_branch: 'main' },
      }),
    );
    expect(
      startIdTokenPrefetch(runEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })),
    ).toBeUndefined();
  });

  it.each([
    ['an HTTP error', (response: ServerResponse) => response.writeHead(500).end('{}')],
    ['an answer without a token', (response: ServerResponse) => response.writeHead(200).end('{}')],
    ['an answer that is not JSON', (response: ServerResponse) => response.writeHead(200).end('<')],
    [
      'a redirect (the toolkit follows them, the early request does not)',
      (response: ServerResponse) => response.writeHead(302, { location: '/elsewhere' }).end(),
    ],
    [
      'an oversized answer',
      (response: ServerResponse) => response.writeHead(200).end('x'.repeat(100_000)),
    ],
  ])('after %s, the toolkit is asked instead', async (_name, answer) => {
    service.answer = answer;
    const prefetch = startIdTokenPrefetch(runEnv());
    const asked: string[] = [];
    const token = await prefetch?.take('sts.amazonaws.com', {
      debug: () => undefined,
      setSecret: () => undefined,
      getIDToken: (audience) => {
        asked.push(audience);
        return Promise.resolve('jwt-from-the-toolkit');
      },
    });
    expect(token).toBe('jwt-from-the-toolkit');
    expect(asked).toEqual(['sts.amazonaws.com']);
  });

  it('a token service that keeps failing fails the run with the same error as without the early request', async () => {
    service.answer = (response) => response.writeHead(403).end('{"message":"not allowed"}');
    const env = runEnv();
    Object.assign(process.env, env);
    const prefetch = startIdTokenPrefetch(env);
    const early = requestIdToken(
      'sts.amazonaws.com',
      env,
      (audience) =>
        prefetch?.take(audience, core) ?? Promise.reject(new Error('nothing prefetched')),
    );
    const direct = requestIdToken('sts.amazonaws.com', env, (audience) =>
      core.getIDToken(audience),
    );
    const [earlyError, directError] = await Promise.all([
      early.then(
        () => undefined,
        (error: unknown) => error,
      ),
      direct.then(
        () => undefined,
        (error: unknown) => error,
      ),
    ]);
    expect(directError).toBeInstanceOf(Error);
    expect((earlyError as Error).message).toBe((directError as Error).message);
    expect((earlyError as Error).message).toContain(
      "requesting a GitHub OIDC token for audience 'sts.amazonaws.com' failed",
    );
  });

  it('a request nobody takes is aborted when the run ends, so it does not hold the process', async () => {
    service.answer = () => undefined; // never answers
    const prefetch = startIdTokenPrefetch(runEnv());
    await prefetch?.sent;
    await expect.poll(() => service.seen.length).toBe(1);
    prefetch?.release();
    await expect.poll(() => service.closed).toBe(1);
  });

  it('with a proxy configured, the request goes through the proxy (the toolkit makes it), never directly', async () => {
    const proxy = await startConnectProxy(service.port);
    try {
      // A host only the proxy can reach: a direct request could not resolve it.
      const env = runEnv({
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://token.invalid/token?api-version=2.0',
        HTTP_PROXY: proxy.url,
      });
      Object.assign(process.env, env);
      const prefetch = startIdTokenPrefetch(env);
      const token = await prefetch?.take('sts.amazonaws.com', recordingToolkit());
      expect(token).toBe('jwt-for-sts.amazonaws.com');
      expect(proxy.tunnels).toEqual(['token.invalid:80']);
      expect(service.seen.map((request) => request.url)).toEqual([
        '/token?api-version=2.0&audience=sts.amazonaws.com',
      ]);
    } finally {
      await proxy.close();
    }
  });
});
