import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { applyPlan } from '../../../adapters/aws/apply-plan.ts';
import { startFaultProxy, type FaultProxy, type FaultRule } from '../../emulator/fault-proxy.ts';
import {
  describeWithEmulator,
  emulatorEndpoint,
  emulatorRegion,
  resetEmulatorState,
} from '../../emulator/use-emulator.ts';
import {
  cli,
  isWriteOperation,
  PRODUCTION,
  prepare,
  prepareAndApply,
  REPO_ROOT,
  ROLE,
  snapshotLiveState,
  STAGING,
  type KeySnapshot,
} from './plan-apply-harness.ts';

const MANIFEST = 'examples/kms.yaml';
const AWS = ['--role-to-assume', ROLE];

/** Runs `body` with the SDK's standard endpoint variable pointing at `endpoint` (the CLI reads it). */
async function withEndpoint<T>(endpoint: string, body: () => Promise<T>): Promise<T> {
  const saved = process.env['AWS_ENDPOINT_URL'];
  process.env['AWS_ENDPOINT_URL'] = endpoint;
  try {
    return await body();
  } finally {
    process.env['AWS_ENDPOINT_URL'] = saved;
  }
}

/** A TCP server that accepts connections and never answers: a request to it times out. */
async function startSilentServer(): Promise<{ port: number; server: Server; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return { port: address.port, server, sockets };
}

describeWithEmulator('faults during plan and apply', () => {
  let proxy: FaultProxy | undefined;
  let converged: KeySnapshot[] = [];

  beforeEach(async () => {
    await resetEmulatorState();
  });

  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  async function expectConverged(): Promise<void> {
    const after = await cli(['plan', '-f', MANIFEST, '--detailed-exitcode', ...AWS], REPO_ROOT);
    expect(after.code).toBe(0);
    const live = await snapshotLiveState([PRODUCTION, STAGING]);
    expect(live.map((key) => key.name)).toEqual([
      'prod-payments',
      'prod-rds',
      'prod-s3',
      'staging-s3',
    ]);
    if (converged.length === 0) converged = live;
    else expect(live).toEqual(converged);
  }

  it('retries throttling and 500s on reads and writes, and plan and apply succeed', async () => {
    // One throttle: in adaptive retry mode it slows the rest of the run down by seconds.
    const rules: FaultRule[] = [
      { operation: 'GetResources', status: 500, errorType: 'InternalFailure', times: 1 },
      { operation: 'ListAliases', status: 500, errorType: 'InternalFailure', times: 1 },
      { operation: 'DescribeKey', status: 503, errorType: 'ServiceUnavailable', times: 2 },
      // CreateKey is retried only when KMS surely did not create the key (4xx): see below.
      { operation: 'CreateKey', status: 400, errorType: 'ThrottlingException', times: 1 },
      { operation: 'EnableKeyRotation', status: 500, errorType: 'KMSInternalException', times: 1 },
      { operation: 'CreateAlias', status: 500, errorType: 'KMSInternalException', times: 2 },
    ];
    const planned = rules.reduce((sum, rule) => sum + (rule.times ?? 0), 0);
    proxy = await startFaultProxy(emulatorEndpoint(), rules);

    const [plan, apply] = await withEndpoint(proxy.endpoint, async () => [
      await cli(['plan', '-f', MANIFEST, '--detailed-exitcode', ...AWS], REPO_ROOT),
      await cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT),
    ]);

    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(3);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Applied 12 changes.');
    // Every fault was served (and retried through), not skipped.
    expect([...proxy.faults.values()].reduce((sum, count) => sum + count, 0)).toBe(planned);
    expect(proxy.faults.get('CreateKey')).toBe(1);
    await expectConverged();
  });

  /**
   * Applies the example with the first attempt of each idempotent write sent to a server that never
   * answers, and `handler` settings (a short requestTimeout) on the clients' request handler;
   * `'hung'` when apply has not returned after 2 s.
   */
  async function applyWithHangingWrites(
    handler: Record<string, unknown>,
  ): Promise<{ outcome: 'applied' | 'failed' | 'hung'; hung: string[]; attempts: number }> {
    const silent = await startSilentServer();
    const prepared = await prepare(MANIFEST, REPO_ROOT);
    const hung: string[] = [];
    let stopped = false;
    try {
      for (const account of [PRODUCTION, STAGING]) {
        const kms = prepared.clients.kms(account, emulatorRegion);
        const requestHandler = kms.config.requestHandler as unknown as {
          updateHttpClientConfig: (key: string, value: unknown) => void;
        };
        for (const [key, value] of Object.entries(handler))
          requestHandler.updateHttpClientConfig(key, value);
        kms.middlewareStack.add(
          (next, context) => (args) => {
            if (stopped) throw new Error('apply stopped by the test');
            const operation = (context.commandName ?? '').replace(/Command$/, '');
            // CreateKey is deliberately not retried after a timeout (see the last test).
            const retried = isWriteOperation(operation) && operation !== 'CreateKey';
            if (!retried || hung.includes(operation)) return next(args);
            hung.push(operation);
            const request = args.request as object;
            const redirected = Object.assign(
              Object.create(Object.getPrototypeOf(request) as object) as object,
              request,
              { port: silent.port },
            );
            return next({ ...args, request: redirected });
          },
          // deserialize: inside the SDK's retry loop, once per attempt.
          { step: 'deserialize', name: 'hangFirstAttempt', override: true },
        );
      }
      const applying = applyPlan(prepared.plan, {
        clients: prepared.clients,
        allowDestructive: false,
      }).then((result) =>
        result.failed === undefined ? ('applied' as const) : ('failed' as const),
      );
      const outcome = await Promise.race([
        applying,
        new Promise<'hung'>((resolve) => {
          setTimeout(() => {
            resolve('hung');
          }, 2_000);
        }),
      ]);
      // A hung apply must not go on writing during the next test.
      stopped = true;
      for (const socket of silent.sockets) socket.destroy();
      await applying;
      return {
        outcome,
        hung,
        attempts: prepared.stats.attempts.get('EnableKeyRotation') ?? 0,
      };
    } finally {
      prepared.clients.destroy();
      for (const socket of silent.sockets) socket.destroy();
      silent.server.close();
    }
  }

  it('retries a write whose first attempt times out, and apply succeeds', async () => {
    const { outcome, hung, attempts } = await applyWithHangingWrites({
      requestTimeout: 300,
      throwOnRequestTimeout: true,
    });
    expect(outcome).toBe('applied');
    expect(hung).toEqual(['EnableKeyRotation', 'CreateAlias']);
    // Four keys to rotate, one attempt lost to the timeout.
    expect(attempts).toBe(5);
    await expectConverged();
  });

  // smithy's node-http-handler only *warns* when requestTimeout passes unless
  // throwOnRequestTimeout is set (adapters/aws/kms-client.ts sets it): without it a stalled
  // connection would hang apply until the socket timeout.
  it('with the production client settings, a write that hangs past the request timeout is retried', async () => {
    const { outcome } = await applyWithHangingWrites({ requestTimeout: 300 });
    expect(outcome).toBe('applied');
  });

  it('stops at a permanent AccessDenied with an AwsAccessError naming the call and the key (exit 4)', async () => {
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { operation: 'EnableKeyRotation', status: 400, errorType: 'AccessDeniedException' },
    ]);
    const apply = await withEndpoint(proxy.endpoint, () =>
      cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT),
    );

    expect(apply.code).toBe(4);
    // Not retried: one denied call, and nothing after it.
    expect(proxy.faults.get('EnableKeyRotation')).toBe(1);
    const prodPayments = (await snapshotLiveState([PRODUCTION])).find(
      (key) => key.name === 'prod-payments',
    );
    expect(prodPayments?.rotation).toBe(false);
    expect(apply.stderr).toMatch(/^kms-action: AWS error: /);
    expect(apply.stderr).toContain('kms:EnableKeyRotation');
    expect(apply.stderr).toContain('key.prod-payments');
    expect(apply.stderr).toContain('EnableKeyRotation on prod-payments');
    expect(apply.stderr).toContain(`account ${PRODUCTION}`);
    expect(apply.stderr).toMatch(/denied/i);
    expect(apply.stdout).toContain('Applied 4 changes.');
    expect(apply.stdout).toContain('Failed at key.prod-payments; not attempted:');
    expect(apply.stdout).toContain('  - alias.alias/staging-s3-encryption: create');

    // Permission fixed: the next run converges.
    proxy.rules.length = 0;
    const rerun = await withEndpoint(proxy.endpoint, () =>
      cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT),
    );
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('Applied 8 changes.');
    await expectConverged();
  });

  it('stops a plan at a permanent AccessDenied on a read with the call and key named (exit 4)', async () => {
    const applied = await cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT);
    expect(applied.code).toBe(0);
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { operation: 'GetKeyPolicy', status: 400, errorType: 'AccessDeniedException' },
    ]);
    const plan = await withEndpoint(proxy.endpoint, () =>
      cli(['plan', '-f', MANIFEST, ...AWS], REPO_ROOT),
    );
    expect(plan.code).toBe(4);
    expect(plan.stdout).toBe('');
    expect(plan.stderr).toMatch(
      /^kms-action: AWS error: GetKeyPolicy on arn:aws:kms:us-east-1:\d{12}:key\/\S+ \(account \d{12}, region us-east-1\) was denied.*Allow kms:GetKeyPolicy/,
    );
  });

  it('does not retry a CreateKey whose outcome is unknown: apply stops, and the re-run converges without a duplicate key', async () => {
    let lost = 0;
    const { prepared, result } = await prepareAndApply(MANIFEST, REPO_ROOT, {
      inject: ({ clients }) => {
        for (const account of [PRODUCTION, STAGING]) {
          clients.kms(account, emulatorRegion).middlewareStack.add(
            (next, context) => async (args) => {
              if (context.commandName !== 'CreateKeyCommand' || lost > 0) return next(args);
              // The key is created, then the connection drops before the answer arrives.
              await next(args);
              lost += 1;
              throw Object.assign(new Error('socket hang up'), {
                name: 'TimeoutError',
                code: 'ETIMEDOUT',
              });
            },
            // Closest to the network, inside the SDK's retry loop.
            { step: 'deserialize', priority: 'low', name: 'loseCreateKeyAnswer', override: true },
          );
        }
      },
    });
    expect(lost).toBe(1);
    expect(result.failed?.change.action).toBe('create');
    expect(result.failed?.error.message).toContain('may have been created');
    expect(prepared.stats.attempts.get('CreateKey')).toBe(1);

    const rerun = await prepareAndApply(MANIFEST, REPO_ROOT);
    expect(rerun.prepared.plan.problems).toEqual([]);
    expect(rerun.result.failed).toBeUndefined();
    await expectConverged();
  });
});
