/**
 * A tiny concurrency limiter (instead of a dependency): at most `max` tasks run at once, the
 * rest wait in FIFO order. `cancel(reason)` rejects every task that has not started yet with
 * `reason`, so one fatal AccessDenied does not cost a thousand more calls.
 */
export interface Limiter {
  /**
   * `operation` names the AWS operation the task calls, for limiters that pace by it; an
   * `ahead` task waits in front of the others (a call whose quota token is due now).
   */
  run: <T>(task: () => Promise<T>, operation?: string, ahead?: boolean) => Promise<T>;
  cancel: (reason: unknown) => void;
}

export function limitConcurrency(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(max)}`);
  }
  let running = 0;
  let cancelled: { reason: unknown } | undefined;
  const waiting: (() => void)[] = [];
  const waitingAhead: (() => void)[] = [];

  // A finishing task hands its slot straight to the next waiter, so `running` never exceeds `max`.
  const acquire = async (ahead: boolean): Promise<void> => {
    if (running < max) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => {
      (ahead ? waitingAhead : waiting).push(resolve);
    });
  };
  const release = (): void => {
    const next = waitingAhead.shift() ?? waiting.shift();
    if (next === undefined) running--;
    else next();
  };

  return {
    run: async <T>(task: () => Promise<T>, _operation?: string, ahead = false): Promise<T> => {
      await acquire(ahead);
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
