/**
 * A tiny concurrency limiter (instead of a dependency): at most `max` tasks run at once, the
 * rest wait in FIFO order. `cancel(reason)` rejects every task that has not started yet with
 * `reason`, so one fatal AccessDenied does not cost a thousand more calls.
 */
export interface Limiter {
  /**
   * `operation` names the AWS operation the task calls, for limiters that pace by it. Waiting
   * tasks start by `rank`, lowest first (default `Infinity`), and in FIFO order within a rank.
   */
  run: <T>(task: () => Promise<T>, operation?: string, rank?: number) => Promise<T>;
  cancel: (reason: unknown) => void;
}

export function limitConcurrency(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(max)}`);
  }
  let running = 0;
  let cancelled: { reason: unknown } | undefined;
  // One FIFO queue per rank; there are only a few ranks (one per quota).
  const waiting = new Map<number, (() => void)[]>();
  let queued = 0;

  // A finishing task hands its slot straight to the next waiter, so `running` never exceeds `max`.
  const acquire = async (rank: number): Promise<void> => {
    if (running < max) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => {
      const queue = waiting.get(rank);
      if (queue === undefined) waiting.set(rank, [resolve]);
      else queue.push(resolve);
      queued++;
    });
  };
  const nextWaiter = (): (() => void) | undefined => {
    if (queued === 0) return undefined;
    let best: (() => void)[] | undefined;
    let bestRank = Infinity;
    for (const [rank, queue] of waiting) {
      if (queue.length > 0 && (best === undefined || rank < bestRank)) {
        best = queue;
        bestRank = rank;
      }
    }
    queued--;
    return best?.shift();
  };
  const release = (): void => {
    const next = nextWaiter();
    if (next === undefined) running--;
    else next();
  };

  return {
    run: async <T>(task: () => Promise<T>, _operation?: string, rank = Infinity): Promise<T> => {
      await acquire(rank);
      try {
        if (cancelled !== undefined) throw cancelled.reason;
        return await task();
      } finally {
        release();
      }
    },
    cancel: (reason) => {
      cancelled ??= { reason };
    },
  };
}
