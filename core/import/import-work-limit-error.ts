/**
 * The most comparison steps `inferPolicyIntent` may take for one key policy: a step is one
 * grant (principal x action x resource, `splitKeyPolicyStatement`) split, indexed or looked
 * up, a few microseconds. Every policy of test/core/import and the worst 32 KB shapes of
 * bench/measure-import-cost.ts stay far under it when each statement is split once; past it
 * (a policy whose grants cannot be indexed, compared again and again), the inference stops and
 * the policy is imported as written.
 */
export const MAX_IMPORT_WORK = 500_000;

/** Inferring the intent form of a key policy would take more than its budget of steps. */
export class ImportWorkLimitError extends Error {
  constructor(readonly limit: number) {
    super(
      `inferring its intent form would take more than ${String(limit)} grant comparisons, so it is imported as written (review the policy, and consider fewer principals, resources or statements per policy)`,
    );
    this.name = 'ImportWorkLimitError';
  }
}
