import { KMSClient, ListGrantsCommand } from '@aws-sdk/client-kms';
import { describe, expect, it, vi } from 'vitest';
import type { RequestPacer } from '../../../adapters/aws/pace-requests.ts';
import { scheduleAwsCalls } from '../../../adapters/aws/schedule-aws-calls.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

function openGate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const freePacer: RequestPacer = {
  take: () => Promise.resolve(Infinity),
  throttled: () => {},
  succeeded: () => {},
  cancel: () => {},
};

describe('scheduleAwsCalls', () => {
  it('bounds the calls in flight per account, and reads accounts side by side', async () => {
    const scheduler = scheduleAwsCalls({ perAccount: 2, total: 100, pacer: freePacer });
    const running = new Map<string, number>();
    const peak = new Map<string, number>();
    let peakTotal = 0;
    const call = (account: string) =>
      scheduler.forScope(account, 'us-east-1').run(async () => {
        running.set(account, (running.get(account) ?? 0) + 1);
        peak.set(account, Math.max(peak.get(account) ?? 0, running.get(account) ?? 0));
        peakTotal = Math.max(
          peakTotal,
          [...running.values()].reduce((sum, n) => sum + n, 0),
        );
        await tick();
        running.set(account, (running.get(account) ?? 0) - 1);
      }, 'DescribeKey');
    await Promise.all(
      ['111111111111', '222222222222', '333333333333'].flatMap((account) =>
        Array.from({ length: 10 }, () => call(account)),
      ),
    );
    expect(Object.fromEntries(peak)).toEqual({
      '111111111111': 2,
      '222222222222': 2,
      '333333333333': 2,
    });
    expect(peakTotal).toBe(6);
  });

  it('lets other operations through while a paced operation waits for its quota', async () => {
    const gate = openGate();
    const pacer: RequestPacer = {
      ...freePacer,
      take: async (_scope, operation) => {
        if (operation !== 'ListGrants') return Infinity;
        await gate.opened;
        return 100;
      },
    };
    const scope = scheduleAwsCalls({ perAccount: 1, pacer }).forScope('111111111111', 'us-east-1');
    const done: string[] = [];
    const grants = Array.from({ length: 5 }, () =>
      scope.run(() => {
        done.push('ListGrants');
        return Promise.resolve();
      }, 'ListGrants'),
    );
    await scope.run(() => {
      done.push('DescribeKey');
      return Promise.resolve();
    }, 'DescribeKey');
    expect(done).toEqual(['DescribeKey']);
    gate.open();
    await Promise.all(grants);
    expect(done).toHaveLength(6);
  });

  it('sends a due call of the scarcest operation before the calls queued for larger quotas', async () => {
    const token = openGate();
    const busy = openGate();
    const pacer: RequestPacer = {
      ...freePacer,
      take: async (_scope, operation) => {
        if (operation !== 'ListGrants') return 1000;
        await token.opened;
        return 100;
      },
    };
    const scope = scheduleAwsCalls({ perAccount: 1, pacer }).forScope('111111111111', 'us-east-1');
    const order: string[] = [];
    const call = (operation: string, work: () => Promise<void> = () => Promise.resolve()) =>
      scope.run(async () => {
        order.push(operation);
        await work();
      }, operation);
    const first = call('DescribeKey', () => busy.opened);
    const grants = call('ListGrants');
    const queued = Array.from({ length: 3 }, () => call('GetKeyPolicy'));
    token.open();
    await tick();
    busy.open();
    await Promise.all([first, grants, ...queued]);
    expect(order).toEqual([
      'DescribeKey',
      'ListGrants',
      'GetKeyPolicy',
      'GetKeyPolicy',
      'GetKeyPolicy',
    ]);
  });

  it('slows an operation down when an attempt of a watched client is throttled', async () => {
    const throttled: string[] = [];
    const scheduler = scheduleAwsCalls({
      pacer: {
        ...freePacer,
        throttled: (scope, operation) => throttled.push(`${scope} ${operation}`),
      },
    });
    const kms = new KMSClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
      requestHandler: {
        handle: () =>
          Promise.resolve({
            response: {
              statusCode: 400,
              reason: 'Bad Request',
              headers: { 'content-type': 'application/x-amz-json-1.1' },
              body: new TextEncoder().encode(
                JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }),
              ),
            },
          }),
      },
    });
    scheduler.watch(kms, '111111111111', 'us-east-1');
    await expect(kms.send(new ListGrantsCommand({ KeyId: 'k' }))).rejects.toThrow('Rate exceeded');
    expect(throttled).toEqual(['111111111111/us-east-1 ListGrants']);
    kms.destroy();
  });

  it('cancels the calls waiting for a quota token with the read: no timer is left to keep the process alive', async () => {
    vi.useFakeTimers();
    try {
      const scheduler = scheduleAwsCalls();
      const scope = scheduler.forScope('111111111111', 'us-east-1');
      // 200 ListGrants at 100/s: a burst goes at once, the rest wait up to two seconds.
      const calls = Array.from({ length: 200 }, () =>
        scope.run(() => Promise.resolve('sent'), 'ListGrants'),
      );
      const failure = new Error('AccessDeniedException on DescribeKey');
      scheduler.cancel(failure);
      expect(vi.getTimerCount()).toBe(0);
      const settled = await Promise.allSettled(calls);
      const rejected = settled.filter((result) => result.status === 'rejected');
      expect(rejected.length).toBeGreaterThan(150);
      for (const result of rejected) expect(result.reason).toBe(failure);
    } finally {
      vi.useRealTimers();
    }
  });
});
