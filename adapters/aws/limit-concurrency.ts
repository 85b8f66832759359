/**
 * A tiny concurrency limiter (instead of a dependency): at most `max` tasks run at once, the
 * rest wait in FIFO order. `cancel(reason)` rejects every task that has not started yet with
 * `reason`, so one fatal AccessDenied does not cost a thousand more calls.
 */
export interface Limiter {
  /** `operation` names the AWS operation the task calls, for limiters that pace by it. */
  run: <T>(task: () => Promise<T>, operation?: string) => Promise<T>;
  cancel: (reason: unknown) => void;
}

export function limitConcurrency(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(max)}`);
  }
  let running = 0;
  let cancelled: { reason: unknown } | undefined;
  const waiting: (() => void)[] = [];

  // A finishing task hands its slot straight to the next waiter, so `running` never exceeds `max`.
  const acquire = async (): Promise<void> => {
    if (running < max) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
    });
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) running--;
    else next();
  };

  return {
    run: async <T>(task: () => Promise<T>): Promise<T> => {
      await acquire();
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
