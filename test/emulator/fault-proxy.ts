/**
 * A fault-injecting HTTP proxy in front of the emulator: requests pass through to moto,
 * except those matching a rule, which get the AWS error the rule describes (throttling,
 * AccessDenied, 500...). The SDK then sees a real HTTP error and runs its real retry and
 * error handling. Loopback only. Rules match the JSON protocol's `X-Amz-Target` operation.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

export interface FaultRule {
  /** Operation, e.g. `DescribeKey` or `GetResources`. */
  operation: string;
  /** HTTP status to answer, e.g. 400 (throttling, AccessDenied) or 500. */
  status: number;
  /** AWS error type, e.g. `ThrottlingException`, `AccessDeniedException`, `InternalFailure`. */
  errorType: string;
  message?: string;
  /** How many matching requests fail; default: all of them. */
  times?: number;
}

export interface FaultProxy {
  endpoint: string;
  /** Rules in force; edit freely between calls. */
  rules: FaultRule[];
  /** Faults served, by operation. */
  faults: Map<string, number>;
  close: () => Promise<void>;
}

export async function startFaultProxy(
  target: string,
  rules: FaultRule[] = [],
): Promise<FaultProxy> {
  const upstream = new URL(target);
  const faults = new Map<string, number>();
  const proxy: FaultProxy = { endpoint: '', rules, faults, close: () => Promise.resolve() };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const amzTarget = req.headers['x-amz-target'];
    const operation = typeof amzTarget === 'string' ? (amzTarget.split('.').pop() ?? '') : '';
    const rule = proxy.rules.find(
      (candidate) => candidate.operation === operation && (candidate.times ?? Infinity) > 0,
    );
    if (rule !== undefined) {
      if (rule.times !== undefined) rule.times--;
      faults.set(operation, (faults.get(operation) ?? 0) + 1);
      res.writeHead(rule.status, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': rule.errorType,
        'x-amzn-requestid': 'fault-proxy',
      });
      res.end(JSON.stringify({ __type: rule.errorType, message: rule.message ?? '' }));
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.once('error', (error) => {
      res.writeHead(502);
      res.end(error.message);
    });
    forward.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('fault proxy has no port');
  proxy.endpoint = `http://127.0.0.1:${address.port}`;
  proxy.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => {
        if (error === undefined) resolve();
        else reject(error);
      });
    });
  return proxy;
}
