/**
 * A part of a wildcard pattern. In `glob` text `*` and `?` are wildcards; `literal` text is
 * matched as written (a policy variable's value, or `${*}` / `${?}`, which IAM substitutes as
 * the plain characters).
 */
export type WildcardPart = { glob: string } | { literal: string };

/** A pattern as written in a policy (every `*` and `?` a wildcard), or in parts. */
export type WildcardPattern = string | readonly WildcardPart[];

/**
 * Counts the matcher's steps, to show its bound: at most (pattern + 1) x (text + 1). With a
 * `limit`, a match that would take `steps` past it stops with a `WildcardWorkLimitError`
 * (one match of two long texts can cost seconds: the caller's budget must not wait for it).
 */
export interface WildcardWork {
  steps: number;
  limit?: number;
}

/** A match stopped at its `WildcardWork.limit`. */
export class WildcardWorkLimitError extends Error {
  constructor(readonly limit: number) {
    super(`the wildcard match took more than ${String(limit)} steps`);
    this.name = 'WildcardWorkLimitError';
  }
}

const ANY_RUN = 0;
const ANY_ONE = 1;
type Unit = string | typeof ANY_RUN | typeof ANY_ONE;

/** Plain 7-bit text, where one UTF-16 unit is one character and case folding is per unit. */
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * IAM wildcard matching: `*` matches any run of characters (also none), `?` exactly one
 * character (a Unicode code point). Case-insensitive for actions, case-sensitive for
 * `StringLike`, ARNs and resources.
 *
 * No regular expression is built from the pattern: a greedy scan that remembers the last `*`
 * only, so the work is at most (pattern length + 1) x (text length + 1) steps whatever the
 * pattern (a backtracking regex took minutes on `kms:*?*?...*?Z`).
 */
export function matchWildcard(
  pattern: WildcardPattern,
  value: string,
  ignoreCase = false,
  work?: WildcardWork,
): boolean {
  if (typeof pattern === 'string' && !pattern.includes('*') && !pattern.includes('?')) {
    if (work !== undefined) work.steps += 1;
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  const units = patternUnits(pattern, ignoreCase);
  const text = textUnits(value, ignoreCase);
  const allowed = work?.limit === undefined ? Infinity : work.limit - work.steps;
  let steps = 0;
  let p = 0;
  let t = 0;
  // The last `*` seen and the text position it has been stretched to.
  let star = -1;
  let starText = 0;
  while (t < text.length) {
    steps += 1;
    if (steps > allowed && work !== undefined) {
      work.steps += steps;
      throw new WildcardWorkLimitError(work.limit ?? 0);
    }
    const unit = units[p];
    if (unit === ANY_RUN) {
      star = p;
      starText = t;
      p += 1;
    } else if (unit !== undefined && (unit === ANY_ONE || unit === text[t])) {
      p += 1;
      t += 1;
    } else if (star >= 0) {
      // Let the last `*` swallow one more character and retry what follows it.
      p = star + 1;
      starText += 1;
      t = starText;
    } else {
      if (work !== undefined) work.steps += steps;
      return false;
    }
  }
  while (units[p] === ANY_RUN) {
    steps += 1;
    p += 1;
  }
  if (work !== undefined) work.steps += steps;
  return p === units.length;
}

/** Units of recent string patterns (a policy's few patterns are matched thousands of times). */
const cache = [new Map<string, readonly Unit[]>(), new Map<string, readonly Unit[]>()] as const;
const CACHE_LIMIT = 1000;

function patternUnits(pattern: WildcardPattern, ignoreCase: boolean): readonly Unit[] {
  if (typeof pattern !== 'string') return toUnits(pattern, ignoreCase);
  const cached = cache[ignoreCase ? 1 : 0];
  let units = cached.get(pattern);
  if (units === undefined) {
    units = toUnits([{ glob: pattern }], ignoreCase);
    if (cached.size >= CACHE_LIMIT) cached.clear();
    cached.set(pattern, units);
  }
  return units;
}

function toUnits(parts: readonly WildcardPart[], ignoreCase: boolean): Unit[] {
  const units: Unit[] = [];
  for (const part of parts) {
    if ('glob' in part) {
      for (const char of textUnits(part.glob, ignoreCase)) {
        units.push(char === '*' ? ANY_RUN : char === '?' ? ANY_ONE : char);
      }
    } else {
      for (const char of textUnits(part.literal, ignoreCase)) units.push(char);
    }
  }
  return units;
}

/** The characters of `text`, each folded to lower case when `ignoreCase` (a string indexes as its characters). */
function textUnits(text: string, ignoreCase: boolean): string | readonly string[] {
  if (ASCII_ONLY.test(text)) return ignoreCase ? text.toLowerCase() : text;
  const points = Array.from(text);
  return ignoreCase ? points.map((point) => point.toLowerCase()) : points;
}
