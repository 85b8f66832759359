import {
  matchWildcard,
  type WildcardPart,
  type WildcardPattern,
  type WildcardWork,
} from './match-wildcard.ts';

/**
 * ARN wildcard matching, case-sensitive and segment by segment (the resource part may hold
 * colons), as IAM's `ArnLike` and `Resource` compare. A pattern in parts keeps its literal
 * `*` and `?` (from `${*}` and `${?}`).
 */
export function matchArn(pattern: WildcardPattern, arn: string, work?: WildcardWork): boolean {
  const parts: readonly WildcardPart[] =
    typeof pattern === 'string' ? [{ glob: pattern }] : pattern;
  const [first] = parts;
  if (parts.length === 1 && first !== undefined && 'glob' in first && first.glob === '*')
    return true;
  const patternSegments = splitPattern(parts);
  const arnSegments = splitArn(arn);
  if (patternSegments.length !== 6 || arnSegments.length !== 6)
    return matchWildcard(parts, arn, false, work);
  return patternSegments.every((segment, index) =>
    matchWildcard(segment, arnSegments[index] ?? '', false, work),
  );
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
