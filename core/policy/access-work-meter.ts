import { createWorkMeter, type WorkMeter } from '../work/create-work-meter.ts';
import { createWorkScope, type WorkScope } from '../work/create-work-scope.ts';

/**
 * The most access-matrix work one plan may do over all its keys, in the steps of
 * `MAX_ACCESS_MATRIX_WORK` (one matrix may take at most 500,000). A plan of keys written from
 * intents spends a few thousand per key; a manifest of 1 MiB of hostile policies, each just
 * under the per-matrix cap, took 5 s of plan CPU. Past the budget, each further matrix is
 * refused like one too large: its access is `unknown` and the change counts as disruptive,
 * never safe.
 */
export const MAX_PLAN_ACCESS_WORK = 10_000_000;

/** A meter for one plan's access matrices; `buildAccessMatrix` never takes more than is left. */
export function createAccessWorkMeter(limit: number = MAX_PLAN_ACCESS_WORK): WorkMeter {
  return createWorkMeter(limit);
}

const scope = createWorkScope();

/** Runs `run` (synchronous) with `meter` counting the access matrices it builds. */
export const meterAccessWork: WorkScope['meter'] = (meter, run) => scope.meter(meter, run);

/** Work left in the active meter; without one, every matrix may be built. */
export function accessWorkLeft(): number {
  return scope.active()?.left ?? Number.POSITIVE_INFINITY;
}

/** Takes `work`, at most what is left, from the active meter, if any. */
export function spendAccessWork(work: number): void {
  const meter = scope.active();
  meter?.charge(Math.min(work, meter.left));
}
