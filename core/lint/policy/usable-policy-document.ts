import { parseKeyPolicy, type ParseKeyPolicyResult } from '../../policy/parse-key-policy.ts';
import type { KeyPolicyDocument } from '../../policy/types.ts';

const parsedDocuments = new WeakMap<object, ParseKeyPolicyResult>();

/**
 * `parseKeyPolicy`, once per document object: every rule reads the same parsed policy, so
 * the evaluator's per-document caches are shared by all of them.
 */
export function parsePolicyOnce(document: unknown): ParseKeyPolicyResult {
  if (typeof document !== 'object' || document === null) return parseKeyPolicy(document);
  let parsed = parsedDocuments.get(document);
  if (parsed === undefined) {
    parsed = parseKeyPolicy(document);
    parsedDocuments.set(document, parsed);
  }
  return parsed;
}

/**
 * Drops the parse of `document` kept by `parsePolicyOnce`, and with it what the evaluator
 * cached about it: once a key's policy rules have run, nothing asks about it again, and a
 * manifest of thousands of keys must not keep every key's evaluations alive.
 */
export function forgetParsedPolicy(document: unknown): void {
  if (typeof document === 'object' && document !== null) parsedDocuments.delete(document);
}

/**
 * The document as the evaluator needs it (`Statement` always a list), or `undefined` when
 * KMS would refuse it; `invalid-policy` reports why.
 */
export function usablePolicyDocument(document: unknown): KeyPolicyDocument | undefined {
  if (document === undefined) return undefined;
  const parsed = parsePolicyOnce(document);
  return parsed.ok ? parsed.policy : undefined;
}
