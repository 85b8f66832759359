// A pure unit test, kept beside the read tests it supports (it needs no emulator).
import { describe, expect, it, vi } from 'vitest';
import { limitConcurrency } from '../../../adapters/aws/limit-concurrency.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('limitConcurrency', () => {
  it('never runs more than the limit at once and runs every task', async () => {
    const limiter = limitConcurrency(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await tick();
          running--;
          return index;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });

  it('lets a failed task fail alone until the caller cancels the rest', async () => {
    const limiter = limitConcurrency(1);
    const started: number[] = [];
    const task = (index: number, fail = false) =>
      limiter.run(async () => {
        started.push(index);
        await tick();
        if (fail) throw new Error(`task ${index} failed`);
        return index;
      });

    await expect(task(1, true)).rejects.toThrow('task 1 failed');
    await expect(task(2)).resolves.toBe(2);

    const running = task(3);
    await vi.waitFor(() => {
      expect(started).toContain(3);
    });
    const queued = [running, task(4)];
    limiter.cancel(new Error('read failed'));
    const settled = await Promise.allSettled(queued);
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect(started).toEqual([1, 2, 3]);
  });

  it('refuses a limit below one', () => {
    expect(() => limitConcurrency(0)).toThrow('at least 1, got 0');
  });
});
