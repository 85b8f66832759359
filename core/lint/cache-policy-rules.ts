import { exactJsonOf } from './exact-json-of.ts';
import type { LintRule } from './types.ts';
import { runPolicyRules, type PolicyPlacement, type PolicyRuleIssue } from './run-policy-rules.ts';

/** Distinct policy shapes kept per lint run; past that, policies are linted uncached. */
const MAX_ENTRIES = 2_000;
/** Characters of cache keys kept per lint run (the keys are whole policies). */
const MAX_KEY_CHARS = 16 * 1024 * 1024;

export type CachedPolicyRules = (
  raw: unknown,
  placement: PolicyPlacement,
) => readonly PolicyRuleIssue[];

/**
 * `runPolicyRules` with `rules`, answered once per distinct policy and placement within one
 * lint run: keys generated from the same intent for the same account, Region and key spec
 * get the same policy, and its findings do not depend on where the key is in the manifest
 * (their paths are inside the policy). The cache key is the policy's full JSON text as
 * written (member order kept) and the whole placement, never a digest, so two different
 * policies never share an answer; a policy that JSON cannot represent exactly is not cached.
 * Bounded by entry count and key size.
 */
export function cachePolicyRules(rules: readonly LintRule[]): CachedPolicyRules {
  const answers = new Map<string, readonly PolicyRuleIssue[]>();
  let keyChars = 0;
  return (raw, placement) => {
    const text = exactJsonOf(raw);
    if (text === undefined) return runPolicyRules(raw, placement, rules);
    const key = `${JSON.stringify(placementFields(placement))}\n${text}`;
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = runPolicyRules(raw, placement, rules);
    if (answers.size < MAX_ENTRIES && keyChars + key.length <= MAX_KEY_CHARS) {
      answers.set(key, answer);
      keyChars += key.length;
    }
    return answer;
  };
}

/** Every field a policy rule reads from the placement, in a fixed order. */
function placementFields(placement: PolicyPlacement): unknown[] {
  const { key } = placement;
  return [
    placement.account ?? null,
    placement.partition ?? null,
    key === undefined
      ? null
      : 'arn' in key
        ? { arn: key.arn }
        : [key.partition ?? null, key.account ?? null, key.region ?? null],
    placement.generated ?? null,
    placement.keySpec ?? null,
    placement.keyUsage ?? null,
  ];
}
