import { MAX_PLAN_ACCESS_WORK } from './access-work-meter.ts';

/**
 * The most evaluation steps one access matrix may take: for every row and action, each
 * request variant counts one step, plus one per statement covering the row and what matching
 * that statement's conditions costs (`estimateConditionWork`: values by length, policy
 * variables by the characters they produce, set operators by request values x policy values).
 * A step is a fraction of a microsecond to a few, so this is well under a second. The
 * evaluations are counted as they run too: a matrix that costs more than estimated (wildcard
 * matcher steps) stops at the cap. The worst 32 KB shapes of
 * bench/measure-hostile-policies.ts stay under it (at most about 190,000: a statement per role
 * whose conditions read every request dimension) and are computed in full; past it, a hostile
 * policy (a thousand principals, 90 conditioned wildcard statements over 30 rows, 330 roles
 * against a value of 850 policy variables) is refused with `AccessMatrixTooLargeError`
 * instead of stalling the plan.
 */
export const MAX_ACCESS_MATRIX_WORK = 500_000;

/** The access matrix of a policy would take more than MAX_ACCESS_MATRIX_WORK steps. */
export class AccessMatrixTooLargeError extends Error {
  constructor(
    readonly principals: number,
    readonly actions: number,
    readonly work: number,
    /** `plan`: the matrix fits its own cap, but the plan's budget over all keys is spent. */
    readonly exceeded: 'matrix' | 'plan' = 'matrix',
  ) {
    super(
      exceeded === 'matrix'
        ? `the access matrix is too large to compute: ${String(principals)} principals x ${String(actions)} actions (${String(work)} evaluation steps, more than ${String(MAX_ACCESS_MATRIX_WORK)}); review the policy JSON diff instead, and consider fewer principals per policy`
        : `the access matrix (${String(principals)} principals x ${String(actions)} actions, ${String(work)} evaluation steps) does not fit in what is left of this plan's budget of ${String(MAX_PLAN_ACCESS_WORK)} steps over all keys; review the policy JSON diff instead, and plan fewer keys with large policies at once (--target, or several manifests)`,
    );
    this.name = 'AccessMatrixTooLargeError';
  }
}
