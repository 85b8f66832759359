import { describe, expect, it } from 'vitest';
import { paceRequests } from '../../../adapters/aws/pace-requests.ts';

/** A pacer on a simulated clock: `sleep` records when each call would be sent. */
function simulated() {
  let clock = 0;
  const sentAt: number[] = [];
  const pacer = paceRequests(
    { ListGrants: 100 },
    () => clock,
    (ms) => {
      sentAt.push(clock + ms);
      return Promise.resolve();
    },
  );
  const take = async (scope: string, operation: string) => {
    // `take` asks for its sleep synchronously, before its first await.
    const before = sentAt.length;
    const taken = pacer.take(scope, operation);
    const slept = sentAt.length > before;
    await taken;
    if (!slept) sentAt.push(clock);
  };
  return {
    pacer,
    take,
    sentAt,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

/** The most calls sent in any one-second window. */
function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= 1000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe('paceRequests', () => {
  it('spreads 1,000 calls asked for at once so that no second holds more than the quota', async () => {
    const { take, sentAt } = simulated();
    await Promise.all(
      Array.from({ length: 1000 }, () => take('111122223333/us-east-1', 'ListGrants')),
    );
    expect(sentAt).toHaveLength(1000);
    expect(busiestSecond(sentAt)).toBeLessThanOrEqual(100);
    // ... and without idling: 90% of the quota after a burst of the other 10%.
    expect(Math.max(...sentAt)).toBeLessThanOrEqual(((1000 - 10) / 90) * 1000 + 1);
  });

  it('keeps a second under the quota after an idle spell too (the bucket refills only to its burst)', async () => {
    const { take, sentAt, advance } = simulated();
    await take('111122223333/us-east-1', 'ListGrants');
    advance(2000);
    await Promise.all(
      Array.from({ length: 300 }, () => take('111122223333/us-east-1', 'ListGrants')),
    );
    expect(busiestSecond(sentAt.slice(1))).toBeLessThanOrEqual(100);
  });

  it('holds back calls whose timers fire late (a busy event loop) instead of sending them together', async () => {
    let clock = 0;
    let timers: { at: number; fire: () => void }[] = [];
    const pacer = paceRequests(
      { ListGrants: 100 },
      () => clock,
      (ms) =>
        new Promise((resolve) => {
          timers.push({ at: clock + ms, fire: resolve });
        }),
    );
    const sentAt: number[] = [];
    const calls = Array.from({ length: 300 }, () =>
      pacer.take('111122223333/us-east-1', 'ListGrants').then(() => sentAt.push(clock)),
    );
    await new Promise((resolve) => setImmediate(resolve));
    // The event loop is blocked 1.5 s at a time: every timer due meanwhile fires at once.
    for (let step = 0; step < 20 && sentAt.length < 300; step += 1) {
      clock += 1500;
      const due = timers.filter((timer) => timer.at <= clock);
      timers = timers.filter((timer) => timer.at > clock);
      for (const timer of due) timer.fire();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(calls);
    expect(busiestSecond(sentAt)).toBeLessThanOrEqual(100);
  });

  it('never holds back an operation without a quota, nor another account', async () => {
    const { take, sentAt } = simulated();
    await Promise.all(Array.from({ length: 500 }, () => take('a/us-east-1', 'ListGrants')));
    sentAt.length = 0;
    await take('a/us-east-1', 'GetResources');
    await take('b/us-east-1', 'ListGrants');
    expect(sentAt).toEqual([0, 0]);
  });

  it('halves the rate after a throttling answer and wins it back with successes', async () => {
    const { pacer, take, sentAt, advance } = simulated();
    const gapAfter = async (): Promise<number> => {
      advance(10_000);
      sentAt.length = 0;
      // Drain the bucket, then two more calls: the gap between them is 1 / rate.
      await Promise.all(Array.from({ length: 200 }, () => take('a/us-east-1', 'ListGrants')));
      const last = sentAt.slice(-2);
      return (last[1] ?? 0) - (last[0] ?? 0);
    };
    const normal = await gapAfter();
    pacer.throttled('a/us-east-1', 'ListGrants');
    const slowed = await gapAfter();
    expect(slowed).toBeCloseTo(normal * 2, 5);
    for (let index = 0; index < 100; index += 1) pacer.succeeded('a/us-east-1', 'ListGrants');
    expect(await gapAfter()).toBeCloseTo(normal, 5);
  });
});
