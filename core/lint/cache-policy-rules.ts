import { abstractPolicyPrincipals } from './abstract-policy-principals.ts';
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
 * `runPolicyRules` with `rules`, answered once per distinct policy shape and placement
 * within one lint run. Keys generated from one intent for the same account, Region and key
 * spec get policies that differ only in their own roles and users (a user of their own
 * each): `abstractPolicyPrincipals` replaces those with placeholders where that provably
 * changes no verdict, and the shared answer gets each key's names back (when a placeholder
 * cannot be mapped back exactly, the key's policy is linted on its own). Findings do not
 * depend on where the key is in the manifest (their paths are inside the policy). The cache
 * key is the shape's full JSON text (member order kept) and the whole placement, never a
 * digest, so two different shapes never share an answer; a policy that JSON cannot represent
 * exactly is not cached. Bounded by entry count and key size.
 */
export function cachePolicyRules(rules: readonly LintRule[]): CachedPolicyRules {
  const answers = new Map<string, readonly PolicyRuleIssue[]>();
  let keyChars = 0;
  return (raw, placement) => {
    const abstracted = abstractPolicyPrincipals(raw, placement);
    if (abstracted === undefined) return runPolicyRules(raw, placement, rules);
    const key = `${JSON.stringify(placementFields(placement))}\n${abstracted.shape}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = runPolicyRules(abstracted.raw, placement, rules);
      if (answers.size < MAX_ENTRIES && keyChars + key.length <= MAX_KEY_CHARS) {
        answers.set(key, answer);
        keyChars += key.length;
      }
    }
    if (abstracted.replaced === 0) return answer;
    return restoreAnswer(answer, abstracted.restore) ?? runPolicyRules(raw, placement, rules);
  };
}

/** The shape's findings with the key's own names, or `undefined` when they cannot be put back. */
function restoreAnswer(
  answer: readonly PolicyRuleIssue[],
  restore: <T>(value: T) => T | undefined,
): PolicyRuleIssue[] | undefined {
  const restored: PolicyRuleIssue[] = [];
  for (const { rule, issue, sid } of answer) {
    // A position in the policy text depends on the lengths of the names.
    if (issue.position !== undefined) return undefined;
    const back = restore(issue);
    const backSid = sid === undefined ? undefined : restore(sid);
    if (back === undefined || (sid !== undefined && backSid === undefined)) return undefined;
    restored.push({ rule, issue: back, ...(backSid === undefined ? {} : { sid: backSid }) });
  }
  return restored;
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
        ? { arn: key.arn, properties: key.properties ?? null }
        : [key.partition ?? null, key.account ?? null, key.region ?? null, key.properties ?? null],
    placement.generated ?? null,
    placement.keySpec ?? null,
    placement.keyUsage ?? null,
  ];
}
