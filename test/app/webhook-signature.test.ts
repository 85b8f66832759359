import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLambdaHandler } from '../../app/create-lambda-handler.ts';
import { createWebhookServer } from '../../app/create-webhook-server.ts';
import { kmsActionApp } from '../../app/index.ts';
import {
  API,
  BASE_SHA,
  INSTALLATION_ID,
  HEAD_SHA,
  PRIVATE_KEY,
  WEBHOOK_SECRET,
  createTestProbot,
  loadFixture,
  mockGitHub,
  type GitHubMock,
} from './github-mock.ts';

vi.setConfig({ testTimeout: 30_000 });

const payload = JSON.stringify(loadFixture('pull_request.opened'));
const sign = (body: string, secret: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const headers = (signature: string) => ({
  'content-type': 'application/json',
  'x-github-event': 'pull_request',
  'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
  'x-hub-signature-256': signature,
});

/** A repository without manifests: a handled event makes exactly these six reads. */
function repositoryWithoutManifest(): GitHubMock {
  return mockGitHub()
    .auth({ app: false })
    .file('.github/kms-action.yml', BASE_SHA, undefined)
    .file('.github/kms-action.yml', HEAD_SHA, undefined)
    .file('kms.yaml', HEAD_SHA, undefined)
    .file('kms.yaml', BASE_SHA, undefined);
}

/** No handler ran: the app never asked for an installation token, let alone read anything. */
function expectNoHandlerRan(github: GitHubMock): void {
  expect(github.scope.pendingMocks()).toContain(
    `POST ${API}:443/app/installations/${INSTALLATION_ID}/access_tokens`,
  );
  expect(github.scope.isDone()).toBe(false);
}

let probot: Probot;

beforeEach(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  probot = createTestProbot();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('Node server (create-webhook-server.ts)', () => {
  let server: Server;
  let url: string;

  beforeEach(async () => {
    await probot.load(kmsActionApp({ planner: undefined }));
    server = createWebhookServer(probot, { webhookPath: '/api/github/webhooks' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('rejects a forged signature with 400 before any handler runs', async () => {
    const github = repositoryWithoutManifest();

    const response = await fetch(url, {
      method: 'POST',
      headers: headers(sign(payload, 'not-the-secret')),
      body: payload,
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('signature does not match');
    expectNoHandlerRan(github);
  });

  it('rejects a payload altered after signing', async () => {
    const github = repositoryWithoutManifest();

    const altered = payload.replace('"number":42', '"number":43');
    expect(altered).not.toBe(payload);

    const response = await fetch(url, {
      method: 'POST',
      headers: headers(sign(payload, WEBHOOK_SECRET)),
      body: altered,
    });

    expect(response.status).toBe(400);
    expectNoHandlerRan(github);
  });

  it('handles a correctly signed delivery', async () => {
    const github = repositoryWithoutManifest();

    const response = await fetch(url, {
      method: 'POST',
      headers: headers(sign(payload, WEBHOOK_SECRET)),
      body: payload,
    });

    expect(response.status).toBe(200);
    expect(github.scope.pendingMocks()).toEqual([]);
  });
});

describe('Lambda handler', () => {
  beforeEach(async () => {
    await probot.load(kmsActionApp({ planner: undefined }));
  });

  it('rejects a forged signature with 400 before any handler runs', async () => {
    const github = repositoryWithoutManifest();
    const handler = createLambdaHandler(probot);

    const result = await handler({
      headers: headers(sign(payload, 'not-the-secret')),
      body: payload,
    });

    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body)).toEqual({
      error: '[@octokit/webhooks] signature does not match event payload and secret',
    });
    expectNoHandlerRan(github);
  });

  it('rejects a delivery without the signature header', async () => {
    const handler = createLambdaHandler(probot);
    const unsigned: Record<string, string> = headers('');
    delete unsigned['x-hub-signature-256'];

    const result = await handler({ headers: unsigned, body: payload });

    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body)).toEqual({
      error: 'Required headers missing: x-hub-signature-256',
    });
  });

  it('handles a correctly signed, base64-encoded delivery with mixed-case headers', async () => {
    const github = repositoryWithoutManifest();
    const handler = createLambdaHandler(probot);

    const result = await handler({
      headers: {
        'Content-Type': 'application/json',
        'X-GitHub-Event': 'pull_request',
        'X-GitHub-Delivery': 'd1',
        'X-Hub-Signature-256': sign(payload, WEBHOOK_SECRET),
      },
      body: Buffer.from(payload).toString('base64'),
      isBase64Encoded: true,
    });

    expect(result).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
    });
    expect(github.scope.pendingMocks()).toEqual([]);
  });

  it('answers 500 without details when a handler fails', async () => {
    // GitHub fails every read: the app cannot even look for its configuration.
    mockGitHub().auth({ app: false });
    nock('https://api.github.com').get(/.*/).times(4).reply(500, { message: 'boom' });
    const handler = createLambdaHandler(probot);

    const result = await handler({
      headers: headers(sign(payload, WEBHOOK_SECRET)),
      body: payload,
    });

    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body)).toEqual({
      error: 'The webhook handler failed; see the app logs.',
    });
  });
});

describe('app/lambda.ts (the deployed entry)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  // Refusing to start without a secret is a child-process test: test/security/webhook-intake.test.ts.
  it('verifies signatures with the configured secret', async () => {
    vi.stubEnv('APP_ID', '1048576');
    vi.stubEnv('PRIVATE_KEY', PRIVATE_KEY);
    vi.stubEnv('WEBHOOK_SECRET', 'deployed-secret');
    vi.stubEnv('LOG_LEVEL', 'fatal');
    const { handler } = await import('../../app/lambda.ts');

    const forged = await handler({
      headers: headers(sign(payload, WEBHOOK_SECRET)),
      body: payload,
    });
    const ping = JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 1 });
    const genuine = await handler({
      headers: { ...headers(sign(ping, 'deployed-secret')), 'x-github-event': 'ping' },
      body: ping,
    });

    expect(forged.statusCode).toBe(400);
    expect(genuine.statusCode).toBe(200);
  });
});
