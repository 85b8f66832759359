import {
  matchWildcard,
  type WildcardPart,
  type WildcardPattern,
  type WildcardWork,
} from './match-wildcard.ts';
import type { Match } from './evaluation-types.ts';

/**
 * ARN wildcard matching, case-sensitive and segment by segment (the resource part may hold
 * colons), as IAM's `ArnLike` and `Resource` compare ("Each of the six colon-delimited
 * components of the ARN is checked separately": IAM User Guide, "Condition operators"). A
 * pattern in parts keeps its literal `*` and `?` (from `${*}` and `${?}`). A bare `*` matches
 * any value.
 *
 * A pattern of fewer than six segments (`arn:aws:kms:*`, `arn:aws:*:role/admin`) is not
 * settled by the documentation: compared by component it never matches an ARN, but the
 * Resource page says a `*` that ends a segment "can expand to match beyond the colon
 * boundaries". Where matched as one string it would match, the answer is `maybe` (the
 * stance decides: a lockout check counts a Deny and no Allow); where not even that, `no`. A
 * value of fewer than six segments never matches a pattern of six (the pattern's five colons
 * are literal).
 */
export function matchArn(pattern: WildcardPattern, arn: string, work?: WildcardWork): Match {
  const parts: readonly WildcardPart[] =
    typeof pattern === 'string' ? [{ glob: pattern }] : pattern;
  const [first] = parts;
  if (parts.length === 1 && first !== undefined && 'glob' in first && first.glob === '*')
    return 'yes';
  const patternSegments = splitPattern(parts);
  const arnSegments = splitArn(arn);
  if (patternSegments.length !== 6) return matchWildcard(parts, arn, false, work) ? 'maybe' : 'no';
  if (arnSegments.length !== 6) return 'no';
  return patternSegments.every((segment, index) =>
    matchWildcard(segment, arnSegments[index] ?? '', false, work),
  )
    ? 'yes'
    : 'no';
}

/** The pattern's six ARN segments (fewer or more when it is no ARN), parts kept apart. */
function splitPattern(parts: readonly WildcardPart[]): WildcardPart[][] {
  const segments: WildcardPart[][] = [[]];
  for (const part of parts) {
    const literal = 'literal' in part;
    const pieces = (literal ? part.literal : part.glob).split(':');
    for (const [index, piece] of pieces.entries()) {
      // Past the fifth colon the resource keeps its colons.
      if (index > 0) {
        if (segments.length < 6) segments.push([]);
        else segments[5]?.push(literal ? { literal: ':' } : { glob: ':' });
      }
      if (piece !== '') segments.at(-1)?.push(literal ? { literal: piece } : { glob: piece });
    }
  }
  return segments;
}

/** The six parts of an ARN (`arn`, partition, service, Region, account, resource). */
export function splitArn(arn: string): string[] {
  const parts = arn.split(':');
  return parts.length <= 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')];
}
