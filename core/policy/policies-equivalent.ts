import { countPolicyGrants } from './count-policy-grants.ts';
import { expandPolicyActions } from './expand-policy-actions.ts';
import { normalizeKeyPolicy } from './normalize-key-policy.ts';
import type { KeyPolicyDocument } from './types.ts';

/**
 * The most single grants (principal x action x resource, `countPolicyGrants`) a policy is
 * split into for the comparison: a 32 KB policy giving every KMS action to 700 roles (about
 * as many as fit) is 37 100 grants, compared in seconds; a policy of 1 500 resources
 * for 200 roles is 16 million, which ran the comparison out of memory.
 */
export const MAX_COMPARED_GRANTS = 50_000;

/**
 * Whether two key policies mean the same, never comparing JSON text: statement order and
 * grouping, list order, a string vs a one-element list, the casing of actions, condition
 * operators and keys, condition value order and types, duplicates, `Sid` and `Id` do not
 * matter (see `normalizeKeyPolicy`), nor whether actions are written as wildcards or one by
 * one (`expandActionPattern`: `kms:ReEncrypt*` is `kms:ReEncryptFrom` + `kms:ReEncryptTo`, as
 * far as the KMS actions known today go). The planner uses it to decide whether a policy
 * changed. Fails closed: a policy of more than MAX_COMPARED_GRANTS grants is equal only to the
 * very same JSON, so it is written again and reported as drift rather than compared.
 */
export function policiesEquivalent(
  a: KeyPolicyDocument,
  b: KeyPolicyDocument,
  options: { partition?: string } = {},
): boolean {
  // The same document means the same (normalising is deterministic): a plan of keys in sync,
  // its common case, skips the normalisation of both.
  if (a === b || JSON.stringify(a) === JSON.stringify(b)) return true;
  const expandedA = expandPolicyActions(a);
  const expandedB = expandPolicyActions(b);
  if (
    countPolicyGrants(expandedA) > MAX_COMPARED_GRANTS ||
    countPolicyGrants(expandedB) > MAX_COMPARED_GRANTS
  ) {
    return false;
  }
  return (
    JSON.stringify(normalizeKeyPolicy(expandedA, options)) ===
    JSON.stringify(normalizeKeyPolicy(expandedB, options))
  );
}
