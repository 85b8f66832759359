import { KMS_ACTIONS } from '../policy/kms-actions.ts';
import { toList } from '../policy/to-list.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';

/**
 * Steps one access-matrix cell (a principal and an action, in every request variant) is
 * charged: measured, a cell costs about as much as ten grants split and compared.
 */
const STEPS_PER_CELL = 10;

/**
 * The steps `diffAccess(before, after)` over every KMS action is charged before it runs: two
 * matrices of a row per principal either policy names (plus the account root and anyone),
 * so a policy naming thousands of principals stops the inference instead of the matrix
 * running up to its own limit (`MAX_ACCESS_MATRIX_WORK`) twice.
 */
export function countAccessDiffSteps(before: KeyPolicyDocument, after: KeyPolicyDocument): number {
  const principals = new Set<string>();
  for (const statement of [...before.Statement, ...after.Statement]) {
    for (const block of [statement.Principal, statement.NotPrincipal]) {
      if (block === undefined || block === '*') continue;
      for (const values of Object.values(block)) {
        for (const value of toList<string>(values)) principals.add(value);
      }
    }
  }
  return 2 * (principals.size + 2) * KMS_ACTIONS.length * STEPS_PER_CELL;
}
