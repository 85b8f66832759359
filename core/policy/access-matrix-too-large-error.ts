/**
 * The most statement evaluations (rows x actions x request variants x statements that name
 * the row) one access matrix may take, about a second of work. Policies a person writes stay
 * far below it (the bench's worst 32 KB shapes: see bench/measure-hostile-policies.ts); past
 * it, a hostile policy (thousands of principals against conditioned wildcard statements) is
 * refused with `AccessMatrixTooLargeError` instead of stalling the plan.
 */
export const MAX_ACCESS_MATRIX_WORK = 2_000_000;

/** The access matrix of a policy would take more than MAX_ACCESS_MATRIX_WORK evaluations. */
export class AccessMatrixTooLargeError extends Error {
  constructor(
    readonly principals: number,
    readonly actions: number,
    readonly work: number,
  ) {
    super(
      `the access matrix is too large to compute: ${String(principals)} principals x ${String(actions)} actions (${String(work)} statement evaluations, more than ${String(MAX_ACCESS_MATRIX_WORK)}); review the policy JSON diff instead, and consider fewer principals per policy`,
    );
    this.name = 'AccessMatrixTooLargeError';
  }
}
