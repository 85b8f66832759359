import { parseKeyPolicy } from '../../policy/parse-key-policy.ts';
import type { KeyPolicyDocument } from '../../policy/types.ts';

/**
 * The document as the evaluator needs it (`Statement` always a list), or `undefined` when
 * KMS would refuse it; `invalid-policy` reports why.
 */
export function usablePolicyDocument(document: unknown): KeyPolicyDocument | undefined {
  if (document === undefined) return undefined;
  const parsed = parseKeyPolicy(document);
  return parsed.ok ? parsed.policy : undefined;
}
