import type { KeyLocation, Match, RequestedKey } from './evaluation-types.ts';
import { matchArn, splitArn } from './match-arn.ts';
import { matchWildcard } from './match-wildcard.ts';
import type { PreparedStatement } from './prepare-key-policy.ts';

/**
 * Whether the statement's Resource (or NotResource) covers the key. KMS Developer Guide,
 * "Key policies in AWS KMS": in a key policy `"Resource": "*"` means "this KMS key"; an ARN
 * applies only when it matches the key's ARN (IAM User Guide, "IAM JSON policy elements:
 * Resource": ARNs compare segment by segment, case-sensitively, with `*` and `?`). With
 * the key id unknown, an ARN of another partition, account, Region, service or resource
 * type (alias, bucket...) surely does not match; one of this location whose key id part
 * matches every key id (`key/*`) surely does; any other (`key/<some id>`) may: `maybe`.
 */
export function matchStatementResource(
  statement: PreparedStatement,
  key: RequestedKey | undefined,
): Match {
  if (statement.notResources !== undefined) {
    const listed = anyMatch(statement.notResources, key);
    return listed === 'yes' ? 'no' : listed === 'no' ? 'yes' : 'maybe';
  }
  return anyMatch(statement.resources ?? [], key);
}

function anyMatch(patterns: readonly string[], key: RequestedKey | undefined): Match {
  let result: Match = 'no';
  for (const pattern of patterns) {
    const match = matchResource(pattern, key);
    if (match === 'yes') return 'yes';
    if (match === 'maybe') result = 'maybe';
  }
  return result;
}

/** Two key ids of different shapes: a pattern that matches both matches every key id. */
const PROBE_KEY_IDS = [
  '1234abcd-12ab-34cd-56ef-1234567890ab',
  'mrk-1234abcd12ab34cd56ef1234567890ab',
];

function matchResource(pattern: string, key: RequestedKey | undefined): Match {
  if (pattern === '*') return 'yes';
  // A policy variable in a Resource takes its value from the request (IAM User Guide, "IAM
  // policy elements: Variables and tags"), which the plan does not know: undecided, so the
  // stance decides (a Deny counts for lockout, an Allow grants nothing for sure).
  if (pattern.includes('${')) return 'maybe';
  if (key !== undefined && 'arn' in key) return matchArn(pattern, key.arn) ? 'yes' : 'no';
  const location: KeyLocation = key ?? {};
  const parts = splitArn(pattern);
  if (parts.length !== 6) {
    // Not an ARN of six parts: a wildcard may still span the segments (`arn:aws:kms:*`).
    const candidates = PROBE_KEY_IDS.map((id) => keyArn(location, id));
    const hits = candidates.filter((arn) => matchWildcard(pattern, arn)).length;
    if (hits === candidates.length && isComplete(location)) return 'yes';
    return hits > 0 || (!isComplete(location) && /[*?]/.test(pattern)) ? 'maybe' : 'no';
  }
  const [arn = '', partition = '', service = '', region = '', account = '', resource = ''] = parts;
  const segments: [string, string | undefined][] = [
    [arn, 'arn'],
    [partition, location.partition],
    [service, 'kms'],
    [region, location.region],
    [account, location.account],
  ];
  let result: Match = 'yes';
  for (const [patternPart, known] of segments) {
    if (known !== undefined) {
      if (!matchWildcard(patternPart, known)) return 'no';
    } else if (!/^\*+$/.test(patternPart)) {
      result = 'maybe';
    }
  }
  const ids = PROBE_KEY_IDS.filter((id) => matchWildcard(resource, `key/${id}`)).length;
  if (ids === PROBE_KEY_IDS.length) return result;
  return couldNameAKey(resource) ? 'maybe' : 'no';
}

function isComplete(location: KeyLocation): boolean {
  return (
    location.partition !== undefined &&
    location.region !== undefined &&
    location.account !== undefined
  );
}

function keyArn(location: KeyLocation, id: string): string {
  const { partition = 'aws', region = 'us-east-1', account = '111122223333' } = location;
  return `arn:${partition}:kms:${region}:${account}:key/${id}`;
}

/** The resource part could be `key/<id>` for some id: its text before a wildcard fits. */
function couldNameAKey(resource: string): boolean {
  const wildcard = resource.search(/[*?]/);
  const literal = wildcard === -1 ? resource : resource.slice(0, wildcard);
  if (wildcard === -1) return resource.startsWith('key/') && resource.length > 4;
  return literal.startsWith('key/') || 'key/'.startsWith(literal);
}
