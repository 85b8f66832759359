import type { WorkMeter } from './create-work-meter.ts';

/**
 * The meter that code deep in an evaluation charges without being handed one: the lint rules
 * and the access matrix are reached from many callers, and only the outermost run (a lint
 * run, a plan) knows its budget. Each budget has its own scope, so one never charges another.
 */
export interface WorkScope {
  /**
   * Runs `run` (synchronous) with `meter` active for exactly this call: charges inside it
   * count on `meter` only (a nested call's own meter takes them while it runs), and the meter
   * active before is active again afterwards, also when `run` throws.
   */
  meter<T>(meter: WorkMeter, run: () => T): T;
  /** The active meter, if any. */
  active(): WorkMeter | undefined;
  /** Charges the active meter, if any (it may throw its budget's error); else does nothing. */
  charge(steps: number): void;
}

export function createWorkScope(): WorkScope {
  let active: WorkMeter | undefined;
  return {
    meter(meter, run) {
      const previous = active;
      active = meter;
      try {
        return run();
      } finally {
        active = previous;
      }
    },
    active: () => active,
    charge(steps) {
      active?.charge(steps);
    },
  };
}
