import { closest, distance } from 'fastest-levenshtein';

/** A problem in a raw key policy, located by a JSON pointer. */
export interface PolicyProblem {
  /** JSON pointer (RFC 6901) into the policy, e.g. `/Statement/2/Action/0`; `''` for the whole policy. */
  path: string;
  /** `error`: KMS refuses the policy, or it cannot mean what it says. `warning`: valid but suspicious. */
  severity: 'error' | 'warning';
  message: string;
  hint: string;
  /** 1-based line and column in the policy text, for problems only the text shows (a duplicate key). */
  position?: { line: number; column: number };
}

export type PolicyPath = readonly (string | number)[];

/** How the checks of each part of a policy report what they find. */
export type ReportPolicyProblem = (
  path: PolicyPath,
  severity: PolicyProblem['severity'],
  message: string,
  hint: string,
) => void;

/** `['Statement', 2, 'Action']` -> `/Statement/2/Action` (RFC 6901 escapes), as manifest paths. */
export { toJsonPointer } from '../manifest/to-json-pointer.ts';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a message shows it: `"text"`, `number 42`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value} ${String(value)}`;
  return typeof value;
}

/** "did you mean `X`?" for a near miss among `candidates`, else `fallback`. */
export function suggestName(
  value: string,
  candidates: readonly string[],
  fallback: string,
): string {
  if (candidates.length > 0) {
    const candidate = closest(value, [...candidates]);
    if (
      distance(value.toLowerCase(), candidate.toLowerCase()) <=
      Math.max(2, Math.floor(candidate.length / 4))
    ) {
      return `did you mean \`${candidate}\`?`;
    }
  }
  return fallback;
}

/** Reports every field of `value` that is not in `allowed` (a case slip gets its own hint). */
export function checkFields(
  value: Record<string, unknown>,
  path: PolicyPath,
  allowed: readonly string[],
  what: string,
  report: ReportPolicyProblem,
): void {
  for (const field of Object.keys(value)) {
    if (allowed.includes(field)) continue;
    const sameName = allowed.find((name) => name.toLowerCase() === field.toLowerCase());
    report(
      [...path, field],
      'error',
      `unknown ${what} field \`${field}\``,
      sameName === undefined
        ? suggestName(field, allowed, `allowed: ${allowed.join(', ')}`)
        : `write \`${sameName}\`: field names are case-sensitive`,
    );
  }
}

/** A string or a non-empty list of strings; reports anything else. */
export function listStrings(
  value: unknown,
  path: PolicyPath,
  what: string,
  report: ReportPolicyProblem,
): { value: string; path: PolicyPath }[] {
  if (typeof value === 'string') return [{ value, path }];
  if (!Array.isArray(value)) {
    report(
      path,
      'error',
      `${what} must be a string or a list of strings, got ${describeValue(value)}`,
      'write a string or a list of strings',
    );
    return [];
  }
  if (value.length === 0) {
    report(
      path,
      'error',
      `the ${what} list is empty`,
      'list at least one value, or remove the element',
    );
  }
  return value.flatMap((item: unknown, index) => {
    if (typeof item === 'string') return [{ value: item, path: [...path, index] }];
    report(
      [...path, index],
      'error',
      `${what} must be a string, got ${describeValue(item)}`,
      'write it as a string',
    );
    return [];
  });
}
