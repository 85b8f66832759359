import { parsePolicyOnce } from '../policy/usable-policy-document.ts';
import { parseJsonPointer } from '../policy/parse-json-pointer.ts';
import type { PolicyRule } from '../types.ts';

/**
 * The problems of the policy parser, each at its place in the document. Errors (KMS would
 * refuse the policy: shape, Version, Effect, principals, KMS actions, operators, values, the
 * 32 KB limit) make a manifest invalid before linting, so in a manifest this rule reports the
 * parser's warnings: valid policies that do not mean what they say (a Resource that never
 * matches the key, a condition key KMS never sends, a duplicate Sid, an operator in the wrong
 * casing, the unique id of a deleted principal), at most at `warning`. On a standalone policy
 * (`lint-policy`) it reports errors too. The other policy rules only run on a policy without
 * errors.
 */
export const invalidPolicy: PolicyRule = {
  kind: 'policy',
  id: 'invalid-policy',
  readsRawDocument: true,
  defaultSeverity: 'error',
  summary: 'The key policy is not valid, or does not mean what it says.',
  rationale:
    'KMS refuses an invalid key policy at apply time, half way through a rollout; other mistakes (a condition key KMS never sends, a Resource that is not this key, an operator in the wrong casing, the unique id of a deleted role) are accepted but silently never match, so the statement does not do what it reads. A manifest with a policy KMS would refuse is invalid before linting; the rest is reported here, at most as a warning.',
  help: 'fix the policy as the message says',
  practice: {
    title: 'The key policy is the source of truth (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html',
  },
  check: ({ raw }) => {
    const parsed = parsePolicyOnce(raw);
    return parsed.problems.map((problem) => ({
      message: problem.message,
      help: problem.hint,
      path: parseJsonPointer(problem.path),
      ...(problem.severity === 'warning' ? { maxSeverity: 'warning' as const } : {}),
    }));
  },
};
