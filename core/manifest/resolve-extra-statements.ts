import { parseKeyPolicy } from '../policy/parse-key-policy.ts';
import type { PolicyStatement } from '../policy/types.ts';
import type { DocumentPath } from './types.ts';

type Report = (path: DocumentPath, message: string, hint?: string) => void;

/**
 * `extra_statements:` checked as the statements of a raw key policy are (the same parser:
 * fields, Effect, principals, actions, conditions, repeated Sids), each error reported at its
 * YAML line; warnings are left to the `invalid-policy` lint rule, as for a raw policy.
 * `undefined` when any statement has an error: the key's policy is then not generated.
 */
export function resolveExtraStatements(
  written: readonly Record<string, unknown>[],
  path: DocumentPath,
  report: Report,
): PolicyStatement[] | undefined {
  const parsed = parseKeyPolicy({ Version: '2012-10-17', Statement: written });
  for (const problem of parsed.problems) {
    if (problem.severity !== 'error') continue;
    const [, index, ...rest] = problem.path
      .split('/')
      .slice(1)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
    const where = index === undefined ? path : [...path, Number(index), ...rest];
    report(where, problem.message, problem.hint);
  }
  return parsed.ok ? parsed.policy.Statement : undefined;
}
