import {
  AccessMatrixTooLargeError,
  type AccessMatrixOptions,
} from '../policy/build-access-matrix.ts';
import { diffAccess, type AccessChange } from '../policy/diff-access.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';

/**
 * `diffAccess` for the plan: a policy whose access matrix is too large to compute (a hostile
 * one, `MAX_ACCESS_MATRIX_WORK`) gives no access rows but `unknown`, a note naming the size
 * and pointing at the policy JSON diff. The caller then treats the change as disruptive: who
 * loses access is not known, so it is never reported as safe.
 */
export function planAccessDiff(
  before: KeyPolicyDocument | undefined,
  after: KeyPolicyDocument,
  options: AccessMatrixOptions,
): { access: AccessChange[]; unknown?: string } {
  try {
    return { access: diffAccess(before, after, options) };
  } catch (error) {
    if (!(error instanceof AccessMatrixTooLargeError)) throw error;
    return {
      access: [],
      unknown: `who gains or loses access was not computed: ${error.message}`,
    };
  }
}
