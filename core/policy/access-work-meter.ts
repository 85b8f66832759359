import { createWorkMeter, type WorkMeter } from '../work/create-work-meter.ts';
import { createWorkScope, type WorkScope } from '../work/create-work-scope.ts';

/**
 * The most access-matrix work one plan may do over all its keys, in the steps of
 * `MAX_ACCESS_MATRIX_WORK` (one matrix may take at most 500,000). A key written from intents
 * (bench/generate-manifest.ts) spends about 1,300, so 5,000 of them take 6.4 million and are
 * all computed. A step costs 0.2 to 0.8 microseconds of CPU (bench/measure-plan-work.ts: small
 * policies cost the most per step), so the budget is 2 to 8 s of plan CPU; the figures of
 * hostile shapes are printed by that bench. Past it, each further matrix is refused like one too
 * large: its access is `unknown` and the change counts as disruptive, never safe.
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
