/**
 * A scripted KMS / tagging / STS responder for `npm run bench` only (never shipped, never a
 * correctness test: the emulator tests are those). It answers from memory on 127.0.0.1 after
 * a fixed round-trip time, and enforces the documented KMS request quotas per account and
 * second, answering `ThrottlingException` (HTTP 400) past them as KMS does, so that the SDK's
 * retry and our own pacing react to it.
 *
 * Quotas: "Request quotas" of the KMS developer guide,
 * https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html
 * (default values, per account and Region; each operation's quota counted independently).
 *
 * Accounts are told apart by the access key id in the signature: `credentialsFor(account)`
 * gives each account its own, and AssumeRole hands out one naming the role's account.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerKmsRequest } from './answer-kms-request.ts';

/** Default KMS request quotas (requests per second) of the operations a plan reads. */
export const KMS_READ_QUOTAS: Readonly<Record<string, number>> = {
  DescribeKey: 2000,
  GetKeyPolicy: 1000,
  GetKeyRotationStatus: 1000,
  ListAliases: 500,
  ListGrants: 100,
  ListKeys: 500,
  ListResourceTags: 2000,
};

export interface ResponderKey {
  id: string;
  description: string;
  policy: string;
  tags: Record<string, string>;
  aliases: string[];
}

export interface ResponderOptions {
  /** Keys per account (12 digits), all in us-east-1. */
  accounts: ReadonlyMap<string, readonly ResponderKey[]>;
  /** Time every answer waits before it is sent; default 20 ms. */
  rttMs?: number;
  quotas?: Readonly<Record<string, number>>;
}

export interface Responder {
  endpoint: string;
  /** The access key id that makes the responder answer as `account`. */
  accessKeyIdFor: (account: string) => string;
  /**
   * Requests answered, and those throttled, per operation, and TCP connections accepted, since
   * the last `resetCounts`.
   */
  counts: () => ResponderCounts;
  resetCounts: () => void;
  stop: () => Promise<void>;
}

export interface ResponderCounts {
  requests: Record<string, number>;
  throttled: Record<string, number>;
  /** Keep-alive sockets are reused: far fewer than requests. */
  connections: number;
  /** CPU milliseconds the responder's process has used (it shares the machine's cores). */
  cpuMs: number;
}

interface Window {
  second: number;
  count: number;
}

export async function startKmsResponder(options: ResponderOptions): Promise<Responder> {
  const rttMs = options.rttMs ?? 20;
  const quotas = options.quotas ?? KMS_READ_QUOTAS;
  const byId = new Map<string, Map<string, ResponderKey>>();
  for (const [account, keys] of options.accounts) {
    byId.set(account, new Map(keys.map((key) => [key.id, key])));
  }
  const windows = new Map<string, Window>();
  let requests: Record<string, number> = {};
  let throttled: Record<string, number> = {};
  let connections = 0;
  let cpuAtReset = process.cpuUsage();

  // KMS counts requests per second: past the quota, the rest of that second is throttled.
  const admit = (account: string, operation: string): boolean => {
    const quota = quotas[operation];
    if (quota === undefined) return true;
    const second = Math.floor(performance.now() / 1000);
    const id = `${account}/${operation}`;
    const window = windows.get(id);
    if (window === undefined || window.second !== second) {
      windows.set(id, { second, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= quota;
  };

  const answer = (
    response: ServerResponse,
    status: number,
    contentType: string,
    body: string,
  ): void => {
    setTimeout(() => {
      response.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': 'bench' });
      response.end(body);
    }, rttMs);
  };
  const json = (response: ServerResponse, status: number, body: unknown): void => {
    answer(response, status, 'application/x-amz-json-1.1', JSON.stringify(body));
  };

  const handle = (request: IncomingMessage, body: string, response: ServerResponse): void => {
    const account = accountOf(request.headers.authorization ?? '');
    const target = request.headers['x-amz-target'];
    if (typeof target !== 'string') {
      sts(account, new URLSearchParams(body), response);
      return;
    }
    const operation = target.slice(target.indexOf('.') + 1);
    requests[operation] = (requests[operation] ?? 0) + 1;
    if (!admit(account, operation)) {
      throttled[operation] = (throttled[operation] ?? 0) + 1;
      json(response, 400, {
        __type: 'ThrottlingException',
        message:
          'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.',
      });
      return;
    }
    const input = JSON.parse(body === '' ? '{}' : body) as Record<string, unknown>;
    const keys = byId.get(account) ?? new Map<string, ResponderKey>();
    const result = answerKmsRequest(operation, input, account, keys);
    if (result === undefined) {
      json(response, 400, { __type: 'NotFoundException', message: 'Key not found' });
    } else {
      json(response, 200, result);
    }
  };

  const sts = (account: string, form: URLSearchParams, response: ServerResponse): void => {
    const action = form.get('Action') ?? '';
    requests[action] = (requests[action] ?? 0) + 1;
    const xml = (inner: string) =>
      `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>${inner}</${action}Result><ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata></${action}Response>`;
    if (action === 'GetCallerIdentity') {
      answer(
        response,
        200,
        'text/xml',
        xml(
          `<Arn>arn:aws:sts::${account}:assumed-role/kms-admin/bench</Arn><UserId>AROABENCH:bench</UserId><Account>${account}</Account>`,
        ),
      );
      return;
    }
    if (action === 'AssumeRole') {
      const roleAccount = /^arn:aws:iam::(\d{12}):role\//.exec(form.get('RoleArn') ?? '')?.[1];
      const expiration = new Date(Date.now() + 3600_000).toISOString();
      answer(
        response,
        200,
        'text/xml',
        xml(
          `<Credentials><AccessKeyId>${accessKeyIdFor(roleAccount ?? account)}</AccessKeyId><SecretAccessKey>bench</SecretAccessKey><SessionToken>bench</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${roleAccount ?? account}:assumed-role/kms-admin/bench</Arn><AssumedRoleId>AROABENCH:bench</AssumedRoleId></AssumedRoleUser>`,
        ),
      );
      return;
    }
    answer(
      response,
      400,
      'text/xml',
      '<ErrorResponse><Error><Code>InvalidAction</Code></Error></ErrorResponse>',
    );
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, Buffer.concat(chunks).toString('utf8'), response);
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyIdFor,
    counts: () => {
      const cpu = process.cpuUsage(cpuAtReset);
      return {
        requests: { ...requests },
        throttled: { ...throttled },
        connections,
        cpuMs: (cpu.user + cpu.system) / 1000,
      };
    },
    resetCounts: () => {
      requests = {};
      throttled = {};
      connections = 0;
      cpuAtReset = process.cpuUsage();
      windows.clear();
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}

function accessKeyIdFor(account: string): string {
  return `AKIABENCH${account}`;
}

function accountOf(authorization: string): string {
  return /Credential=AKIABENCH(\d{12})\//.exec(authorization)?.[1] ?? '000000000000';
}
