/**
 * Guard: the webhook intake of both entry points (the Node server and the Lambda handler).
 * Unauthenticated requests cost no memory beyond GitHub's 25 MB payload cap and are refused
 * before buffering when they say they are larger; only JSON is taken; a signed delivery is
 * handled once, however often it is sent (by id or replayed under a fresh id); and neither
 * entry starts without a webhook secret, saying why in one line.
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeliveryLog } from '../../app/create-delivery-log.ts';
import { createLambdaHandler } from '../../app/create-lambda-handler.ts';
import { createWebhookServer } from '../../app/create-webhook-server.ts';
import { kmsActionApp } from '../../app/index.ts';
import { MAX_WEBHOOK_BYTES } from '../../app/receive-webhook.ts';
import {
  BASE_SHA,
  HEAD_SHA,
  PRIVATE_KEY,
  WEBHOOK_SECRET,
  createTestProbot,
  loadFixture,
  mockGitHub,
  type GitHubMock,
} from '../app/github-mock.ts';

vi.setConfig({ testTimeout: 60_000 });

const PATH = '/api/github/webhooks';
const payload = JSON.stringify(loadFixture('pull_request.opened'));
const sign = (body: string, secret = WEBHOOK_SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const headersFor = (body: string, id: string, secret = WEBHOOK_SECRET) => ({
  'content-type': 'application/json',
  'x-github-event': 'pull_request',
  'x-github-delivery': id,
  'x-hub-signature-256': sign(body, secret),
});

/** A repository without manifests: handling the event once makes exactly these reads. */
function handledOnce({ token = true } = {}): GitHubMock {
  const github = mockGitHub();
  if (token) github.auth({ app: false });
  return github
    .file('.github/kms-action.yml', BASE_SHA, undefined)
    .file('.github/kms-action.yml', HEAD_SHA, undefined)
    .file('kms.yaml', HEAD_SHA, undefined)
    .file('kms.yaml', BASE_SHA, undefined);
}

let probot: Probot;

beforeEach(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  probot = createTestProbot();
  await probot.load(kmsActionApp({ planner: undefined }));
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

interface Answer {
  status: number;
  body: string;
  /** Body bytes the client had written when the answer arrived. */
  sent: number;
}

/**
 * POSTs `total` bytes of body in 64 KiB chunks, each written only after the previous one was
 * flushed, and stops writing as soon as the server answers. With `declareLength`, the
 * `Content-Length` is sent and only the first chunk is written before waiting for the answer.
 */
function postLarge(
  port: number,
  total: number,
  options: { declareLength: boolean },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path: PATH,
      method: 'POST',
      headers: {
        ...headersFor('{}', 'large-delivery'),
        ...(options.declareLength ? { 'content-length': String(total) } : {}),
      },
    });
    request.on('response', (response) => {
      answered = true;
      const at = sent;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body, sent: at });
        request.destroy();
      });
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const writeNext = (): void => {
      if (answered) return;
      if (sent >= total) {
        request.end();
        return;
      }
      sent += chunk.length;
      request.write(chunk, () => {
        if (!options.declareLength) writeNext();
      });
    };
    writeNext();
  });
}

async function post(
  port: number,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}${PATH}`, {
    method: 'POST',
    headers,
    body,
  });
  return { status: response.status, body: await response.json() };
}

describe('the Node server (create-webhook-server.ts, started by app/server.ts)', () => {
  let server: Server;
  let port: number;

  beforeEach(async () => {
    server = createWebhookServer(probot, { webhookPath: PATH });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses a body declared over 25 MB with 413 before it is sent', async () => {
    const github = handledOnce();
    const total = 26 * 1024 * 1024;

    const answer = await postLarge(port, total, { declareLength: true });

    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      error: `webhook payloads are at most ${MAX_WEBHOOK_BYTES} bytes (GitHub's limit), got a Content-Length of ${total}`,
    });
    // The answer came while only the first 64 KiB of the 26 MB were written.
    expect(answer.sent).toBe(64 * 1024);
    expect(github.scope.isDone()).toBe(false);
  });

  it('refuses a streamed body (no Content-Length) once it passes 25 MB, with 413', async () => {
    const github = handledOnce();

    const answer = await postLarge(port, 26 * 1024 * 1024, { declareLength: false });

    expect(answer.status).toBe(413);
    expect(answer.sent).toBeGreaterThan(MAX_WEBHOOK_BYTES);
    expect(github.scope.isDone()).toBe(false);
  });

  it('refuses text/plain with 415, signature or not', async () => {
    const github = handledOnce();

    const answer = await post(port, payload, {
      ...headersFor(payload, 'plain-delivery'),
      'content-type': 'text/plain',
    });

    expect(answer).toEqual({
      status: 415,
      body: { error: "Content-Type must be application/json, got 'text/plain'" },
    });
    expect(github.scope.isDone()).toBe(false);
  });

  it('handles a signed delivery once when it is sent twice, or replayed under a fresh id', async () => {
    const github = handledOnce();

    const first = await post(port, payload, headersFor(payload, 'delivery-1'));
    const again = await post(port, payload, headersFor(payload, 'delivery-1'));
    const replayed = await post(port, payload, headersFor(payload, 'delivery-2'));

    expect(first).toEqual({ status: 200, body: { ok: true } });
    expect(again).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(replayed).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    // One handling's reads, no more: a second handling would have found no mocked answer.
    expect(github.scope.pendingMocks()).toEqual([]);
  });

  it('a forged delivery cannot make the genuine one with its id count as a duplicate', async () => {
    const github = handledOnce();

    const forged = await post(port, payload, headersFor(payload, 'delivery-3', 'not-the-secret'));
    const genuine = await post(port, payload, headersFor(payload, 'delivery-3'));

    expect(forged.status).toBe(400);
    expect(genuine).toEqual({ status: 200, body: { ok: true } });
    expect(github.scope.pendingMocks()).toEqual([]);
  });
});

describe('the Lambda handler (create-lambda-handler.ts)', () => {
  it('refuses text/plain with 415', async () => {
    const handler = createLambdaHandler(probot);

    const result = await handler({
      headers: { ...headersFor(payload, 'plain-delivery'), 'content-type': 'text/plain' },
      body: payload,
    });

    expect(result.statusCode).toBe(415);
  });

  it('refuses a body over 25 MB with 413, before verifying it', async () => {
    const handler = createLambdaHandler(probot);
    const body = ' '.repeat(MAX_WEBHOOK_BYTES + 1);

    const result = await handler({ headers: headersFor(body, 'large-delivery'), body });

    expect(result.statusCode).toBe(413);
  });

  it('handles a signed delivery once when it is sent twice, or replayed under a fresh id', async () => {
    const github = handledOnce();
    const handler = createLambdaHandler(probot);

    const first = await handler({ headers: headersFor(payload, 'delivery-1'), body: payload });
    const again = await handler({ headers: headersFor(payload, 'delivery-1'), body: payload });
    const replayed = await handler({ headers: headersFor(payload, 'delivery-2'), body: payload });

    expect([first, again, replayed].map((result) => [result.statusCode, result.body])).toEqual([
      [200, '{"ok":true}'],
      [200, '{"ok":true,"duplicate":true}'],
      [200, '{"ok":true,"duplicate":true}'],
    ]);
    expect(github.scope.pendingMocks()).toEqual([]);
  });

  it('handles a redelivery of a delivery whose handling failed', async () => {
    // GitHub fails every read the first time: the handler fails, and the id is not kept.
    mockGitHub().auth({ app: false });
    nock('https://api.github.com').get(/.*/).times(4).reply(500, { message: 'boom' });
    const handler = createLambdaHandler(probot);
    const failed = await handler({ headers: headersFor(payload, 'delivery-4'), body: payload });
    nock.cleanAll();
    // The installation token of the first attempt is cached: no new one is asked for.
    const github = handledOnce({ token: false });

    const redelivered = await handler({
      headers: headersFor(payload, 'delivery-4'),
      body: payload,
    });

    expect(failed.statusCode).toBe(500);
    expect(redelivered.statusCode).toBe(200);
    expect(github.scope.pendingMocks()).toEqual([]);
  });
});

describe('the delivery log', () => {
  it('remembers a bounded number of deliveries, oldest forgotten first', () => {
    const log = createDeliveryLog(3);
    for (const id of ['a', 'b', 'c', 'd']) expect(log.claim(id, `sig-${id}`)).toBe(true);

    expect(log.claim('d', 'sig-d')).toBe(false);
    expect(log.claim('b', 'sig-other')).toBe(false);
    expect(log.claim('other', 'sig-c')).toBe(false);
    // `a` was the oldest of four in a log of three: forgotten, so it is new again.
    expect(log.claim('a', 'sig-a')).toBe(true);
  });
});

describe('the entry points refuse to start without a webhook secret', () => {
  function runEntry(
    entry: string,
    env: Record<string, string>,
  ): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', entry], {
        cwd: new URL('../..', import.meta.url).pathname,
        env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        resolve({ code, stderr });
      });
    });
  }

  it.each([
    ['app/server.ts', {}],
    ['app/server.ts', { WEBHOOK_SECRET: 'development' }],
    ['app/lambda.ts', {}],
  ])('%s with %j exits non-zero with one line on stderr', async (entry, secret) => {
    const run = await runEntry(entry, { APP_ID: '1048576', PRIVATE_KEY, PORT: '0', ...secret });

    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^kms-action app: WEBHOOK_SECRET must be set to the app's webhook secret/,
      ),
    ]);
  });

  it('lists every missing setting in that one line', async () => {
    const run = await runEntry('app/server.ts', {});

    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /WEBHOOK_SECRET must be set.*; APP_ID must be .*; PRIVATE_KEY or PRIVATE_KEY_PATH must/,
      ),
    ]);
  });
});
