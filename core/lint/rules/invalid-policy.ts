import { parseJsonPointer } from '../policy/parse-json-pointer.ts';
import type { PolicyRule } from '../types.ts';

/**
 * Every problem of the policy parser, each at its place in the document (one finding per
 * invalid part, all in one pass). Errors (KMS would refuse the policy: shape, Version, Effect,
 * principals, KMS actions, operators, values, the 32 KB limit; in JSON text, a name repeated
 * in one object) make a manifest invalid before linting, so in a manifest this rule reports
 * the parser's warnings: valid policies that do not mean what they say (a Resource that never
 * matches the key, a condition key KMS never sends, a duplicate Sid, an operator in the wrong
 * casing, the unique id of a deleted principal), at most at `warning`. On a standalone policy
 * (`lint-policy`) it reports errors too, and the other policy rules still run on the
 * statements without errors.
 */
export const invalidPolicy: PolicyRule = {
  kind: 'policy',
  id: 'invalid-policy',
  readsRawDocument: true,
  defaultSeverity: 'error',
  summary: 'The key policy is not valid, or does not mean what it says.',
  rationale:
    'KMS refuses an invalid key policy at apply time, half way through a rollout; other mistakes (a condition key KMS never sends, a Resource that is not this key, an operator in the wrong casing, the unique id of a deleted role) are accepted but silently never match, so the statement does not do what it reads. A name repeated in one JSON object is read differently by different JSON readers, so the policy has no single meaning. A manifest with a policy KMS would refuse is invalid before linting; the rest is reported here, at most as a warning. Every invalid part is reported at once, and the other policy rules still judge the statements without errors.',
  help: 'fix the policy as the message says',
  practice: {
    title: 'The key policy is the source of truth (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html',
  },
  check: ({ problems }) =>
    problems.map((problem) => ({
      message: problem.message,
      help: problem.hint,
      path: parseJsonPointer(problem.path),
      ...(problem.position === undefined ? {} : { position: problem.position }),
      ...(problem.severity === 'warning' ? { maxSeverity: 'warning' as const } : {}),
    })),
};
