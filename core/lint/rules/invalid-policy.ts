import { parseKeyPolicy } from '../../policy/parse-key-policy.ts';
import { parseJsonPointer } from '../policy/parse-json-pointer.ts';
import type { PolicyRule } from '../types.ts';

/**
 * A raw key policy that KMS would refuse, or that cannot mean what it says: the errors of
 * the policy parser (shape, Version, Effect, principals, KMS actions, condition operators
 * and keys, values, the 32 KB limit), each at its place in the document. The other policy
 * rules only run on a policy without such errors.
 */
export const invalidPolicy: PolicyRule = {
  kind: 'policy',
  id: 'invalid-policy',
  readsRawDocument: true,
  defaultSeverity: 'error',
  summary: 'The key policy is not a valid KMS key policy.',
  rationale:
    'KMS refuses an invalid key policy at apply time, half way through a rollout; some mistakes (a misspelt condition key, an unknown action) are accepted but silently never match, so the statement does not do what it says. Catching them on the pull request keeps the policy meaning what it reads.',
  help: 'fix the policy as the message says',
  practice: {
    title: 'The key policy is the source of truth (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html',
  },
  check: ({ raw }) => {
    const parsed = parseKeyPolicy(raw);
    return parsed.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => ({
        message: problem.message,
        help: problem.hint,
        path: parseJsonPointer(problem.path),
      }));
  },
};
