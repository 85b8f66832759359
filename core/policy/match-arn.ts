import { matchWildcard } from './match-wildcard.ts';

/** ARN wildcard matching, segment by segment (the resource part may hold colons). */
export function matchArn(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const patternParts = splitArn(pattern);
  const arnParts = splitArn(arn);
  if (patternParts.length !== 6 || arnParts.length !== 6) return matchWildcard(pattern, arn);
  return patternParts.every((part, index) => matchWildcard(part, arnParts[index] ?? ''));
}

/** The six parts of an ARN (`arn`, partition, service, Region, account, resource). */
export function splitArn(arn: string): string[] {
  const parts = arn.split(':');
  return parts.length <= 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')];
}
