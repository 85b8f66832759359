import type { PreparedKeyPolicy } from './prepare-key-policy.ts';

/**
 * Everything the evaluator has done for `policy` so far, in steps: evaluations, statements
 * looked at, Resource lists scanned, statements matched against a new caller, and conditions
 * matched by their real size (`matchConditions`). Work meters charge the difference around
 * their evaluations.
 */
export function evaluationWorkOf(policy: PreparedKeyPolicy): number {
  const { work } = policy;
  return (
    work.evaluations + work.statements + work.resourceScans + work.principalScans + work.conditions
  );
}
