/**
 * The most access-matrix work one plan may do over all its keys, in the steps of
 * `MAX_ACCESS_MATRIX_WORK` (one matrix may take at most 500,000). A plan of keys written from
 * intents spends a few thousand per key; a manifest of 1 MiB of hostile policies, each just
 * under the per-matrix cap, took 5 s of plan CPU. Past the budget, each further matrix is
 * refused like one too large: its access is `unknown` and the change counts as disruptive,
 * never safe.
 */
export const MAX_PLAN_ACCESS_WORK = 10_000_000;

/** Access-matrix work left in one plan. */
export interface AccessWorkMeter {
  remaining: number;
}

let active: AccessWorkMeter | undefined;

/** Runs `run` (synchronous) with `meter` counting the access matrices it builds. */
export function meterAccessWork<T>(meter: AccessWorkMeter, run: () => T): T {
  const previous = active;
  active = meter;
  try {
    return run();
  } finally {
    active = previous;
  }
}

/** Work left in the active meter; without one, every matrix may be built. */
export function accessWorkLeft(): number {
  return active === undefined ? Number.POSITIVE_INFINITY : active.remaining;
}

/** Takes `work` (at most what is left) from the active meter, if any. */
export function spendAccessWork(work: number): void {
  if (active !== undefined) active.remaining = Math.max(0, active.remaining - work);
}
