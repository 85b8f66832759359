/**
 * A tiny concurrency limiter (instead of a dependency): at most `max` tasks run at once, the
 * rest wait in FIFO order. After a task fails, tasks that have not started yet are rejected
 * with that failure instead of being run, so one AccessDenied does not cost 1,000 more calls.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limitConcurrency(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(max)}`);
  }
  let running = 0;
  let failure: { error: unknown } | undefined;
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

  return async <T>(task: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      if (failure !== undefined) throw failure.error;
      return await task();
    } catch (error) {
      failure ??= { error };
      throw error;
    } finally {
      release();
    }
  };
}
