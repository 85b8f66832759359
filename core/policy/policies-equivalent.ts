import { expandPolicyActions } from './expand-policy-actions.ts';
import { normalizeKeyPolicy } from './normalize-key-policy.ts';
import type { KeyPolicyDocument } from './types.ts';

/**
 * Whether two key policies mean the same, never comparing JSON text: statement order and
 * grouping, list order, a string vs a one-element list, the casing of actions, condition
 * operators and keys, condition value order and types, duplicates, `Sid` and `Id` do not
 * matter (see `normalizeKeyPolicy`), nor whether actions are written as wildcards or one by one
 * (`expandActionPattern`: `kms:ReEncrypt*` is `kms:ReEncryptFrom` + `kms:ReEncryptTo`). The planner uses it to decide whether a policy changed.
 */
export function policiesEquivalent(
  a: KeyPolicyDocument,
  b: KeyPolicyDocument,
  options: { partition?: string } = {},
): boolean {
  // The same document means the same (normalising is deterministic): a plan of keys in sync,
  // its common case, skips the normalisation of both.
  if (a === b || JSON.stringify(a) === JSON.stringify(b)) return true;
  return (
    JSON.stringify(normalizeKeyPolicy(expandPolicyActions(a), options)) ===
    JSON.stringify(normalizeKeyPolicy(expandPolicyActions(b), options))
  );
}
