/**
 * Where the client's CPU per AWS call goes (issue 16.2), on its own:
 * `node --import tsx bench/measure-call-cpu.ts [calls]`.
 *
 * The same DescribeKey answered by the scripted responder (start-kms-responder.ts, no quotas,
 * 20 ms round trip, its own process), 100 calls in flight over 50 accounts' keep-alive agents:
 * 1. bare node http, the request the SDK would send (headers included), the answer parsed;
 * 2. the SDK end to end, with the live read's client setup (kms-client.ts, cached middleware,
 *    standard retries);
 * 3. the same calls through clients as the SDK builds them by default (`new KMSClient`), which
 *    shows what the read's client setup saves;
 * 4. the read's clients with the answer handed over in memory (no socket, no node http): the
 *    SDK's middleware, signing and (de)serialisation alone. It costs far less than 2 minus 1:
 *    between socket events the same code runs with cold caches, and on a busy machine more so.
 * The variants take turns, twice, and the lower figure of each counts. The difference of 1 and 2 is what the SDK costs over the wire work: middleware, endpoint resolution,
 * SigV4 signing, (de)serialisation, its HTTP handler's timers and body collection. Client CPU
 * only: on a shared machine, compare CPU, not wall time.
 */
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { Agent, request } from 'node:http';
import { PassThrough } from 'node:stream';
import {
  cacheMiddlewareWhile,
  createKmsClient,
  retryStandardWhile,
} from '../adapters/aws/kms-client.ts';
import { forkKmsResponder } from './fork-kms-responder.ts';

const ACCOUNTS = 50;
const IN_FLIGHT = 100;
const KEY_ID = '00000000-0000-4000-8000-000000000001';

function accountOf(index: number): string {
  return String(100000000000 + (index % ACCOUNTS));
}

/** CPU microseconds per call of `calls` calls of `one`, `IN_FLIGHT` at a time, after a warm-up. */
async function cpuPerCall(
  calls: number,
  one: (index: number) => Promise<unknown>,
): Promise<number> {
  const round = async () => {
    let next = 0;
    const lane = async () => {
      while (next < calls) await one(next++);
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  };
  await round();
  const start = process.cpuUsage();
  await round();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

const calls = Number(process.argv[2] ?? 10_000);
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
const responder = await forkKmsResponder({
  accounts: new Map(
    Array.from({ length: ACCOUNTS }, (_, index) => [
      accountOf(index),
      [{ id: KEY_ID, description: 'bench', policy: '{}', tags: {}, aliases: [] }],
    ]),
  ),
  quotas: {},
});
const { hostname, port } = new URL(responder.endpoint);
const agents = Array.from({ length: ACCOUNTS }, () => new Agent({ keepAlive: true }));
const body = JSON.stringify({ KeyId: KEY_ID });
const bare = (index: number) =>
  new Promise<unknown>((resolve, reject) => {
    const sent = request(
      {
        host: hostname,
        port,
        method: 'POST',
        path: '/',
        agent: agents[index % ACCOUNTS],
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'content-length': Buffer.byteLength(body),
          'x-amz-target': 'TrentService.DescribeKey',
          'x-amz-date': '20261130T000000Z',
          'x-amz-content-sha256': '0'.repeat(64),
          'x-amz-security-token': 'bench',
          'x-amz-user-agent': 'aws-sdk-js/3',
          'user-agent': 'aws-sdk-js/3 ua/2.1 os/linux lang/js md/nodejs#20 api/kms#3',
          'amz-sdk-invocation-id': '00000000-0000-4000-8000-000000000000',
          'amz-sdk-request': 'attempt=1; max=8',
          authorization: `AWS4-HMAC-SHA256 Credential=AKIABENCH${accountOf(index)}/20261130/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
const clients: KMSClient[] = Array.from({ length: ACCOUNTS }, (_, index) => {
  const kms = createKmsClient({
    region: 'us-east-1',
    endpoint: responder.endpoint,
    credentials: { accessKeyId: `AKIABENCH${accountOf(index)}`, secretAccessKey: 'bench' },
  });
  cacheMiddlewareWhile(kms);
  retryStandardWhile(kms);
  return kms;
});
const defaultClients = Array.from(
  { length: ACCOUNTS },
  (_, index) =>
    new KMSClient({
      region: 'us-east-1',
      endpoint: responder.endpoint,
      credentials: { accessKeyId: `AKIABENCH${accountOf(index)}`, secretAccessKey: 'bench' },
    }),
);
const through =
  (fleet: readonly KMSClient[]) =>
  (index: number): Promise<unknown> =>
    fleet[index % ACCOUNTS]?.send(new DescribeKeyCommand({ KeyId: KEY_ID })) ??
    Promise.reject(new Error('no client'));
const answer = Buffer.from(JSON.stringify(await bare(0)));
const inMemoryClients: KMSClient[] = Array.from({ length: ACCOUNTS }, (_, index) => {
  const kms = createKmsClient({
    region: 'us-east-1',
    endpoint: responder.endpoint,
    credentials: { accessKeyId: `AKIABENCH${accountOf(index)}`, secretAccessKey: 'bench' },
  });
  kms.config.requestHandler = {
    handle: () => {
      const stream = new PassThrough();
      stream.end(answer);
      return Promise.resolve({
        response: {
          statusCode: 200,
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'bench' },
          body: stream,
        },
      });
    },
  };
  cacheMiddlewareWhile(kms);
  retryStandardWhile(kms);
  return kms;
});
const variants = {
  bare,
  ours: through(clients),
  defaults: through(defaultClients),
  inMemory: through(inMemoryClients),
};
const lowest: Record<keyof typeof variants, number> = {
  bare: Infinity,
  ours: Infinity,
  defaults: Infinity,
  inMemory: Infinity,
};
try {
  for (let turn = 0; turn < 2; turn += 1) {
    for (const [name, one] of Object.entries(variants) as [keyof typeof variants, typeof bare][]) {
      lowest[name] = Math.min(lowest[name], await cpuPerCall(calls, one));
    }
  }
  const { bare: bareUs, ours, defaults, inMemory } = lowest;
  console.log(
    `  client CPU per DescribeKey (${calls} calls, ${IN_FLIGHT} in flight): bare node http ${bareUs.toFixed(0)} µs; AWS SDK as the read sets it up ${ours.toFixed(0)} µs (the SDK's own share ${(ours - bareUs).toFixed(0)} µs), with the SDK's defaults ${defaults.toFixed(0)} µs; the read's clients answered in memory (no socket) ${inMemory.toFixed(0)} µs`,
  );
} finally {
  for (const client of [...clients, ...defaultClients, ...inMemoryClients]) client.destroy();
  for (const agent of agents) agent.destroy();
  await responder.stop();
}
