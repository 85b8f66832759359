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
 * type (alias, bucket...) surely does not match; one of this location whose resource part
 * matches `key/` and any id by its shape (`key/*`) surely does; any other (`key/<some id>`,
 * `key/*0ab`) may: `maybe`. A pattern of fewer than six segments (`arn:aws:kms:*`) follows the
 * Resource page: "If the * wildcard is the last character of a resource ARN segment, it can
 * expand to match beyond colon boundaries", so it is matched against the key's ARN as one
 * string; with the key id unknown, it surely matches when it is this location's ARN start
 * followed by `*` (`arn:aws:kms:*`), else it may where its text fits (`maybe`).
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

function matchResource(pattern: string, key: RequestedKey | undefined): Match {
  if (pattern === '*') return 'yes';
  // A policy variable in a Resource takes its value from the request (IAM User Guide, "IAM
  // policy elements: Variables and tags"), which the plan does not know: undecided, so the
  // stance decides (a Deny counts for lockout, an Allow grants nothing for sure).
  if (pattern.includes('${')) return 'maybe';
  const parts = splitArn(pattern);
  if (key !== undefined && 'arn' in key) {
    // The Resource page lets a segment's trailing `*` span the colons (unlike `ArnLike`).
    if (parts.length !== 6) return matchWildcard(pattern, key.arn) ? 'yes' : 'no';
    return matchArn(pattern, key.arn);
  }
  const location: KeyLocation = key ?? {};
  if (parts.length !== 6) {
    if (spansEveryKeyOf(pattern, location)) return 'yes';
    return couldSpanToAKey(pattern, location) ? 'maybe' : 'no';
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
  if (namesEveryKeyId(resource)) return result;
  return couldNameAKey(resource) ? 'maybe' : 'no';
}

const KEY_PREFIX = 'key/';

/**
 * The resource part matches `key/<id>` whatever the id: decided from its shape, never by
 * trying sample ids (a key id is random: `key/*0ab` matches one in 4096). It ends in `*` and
 * what comes before matches a start of `key/` (`key/*`, `key/**`, `k*`, `*`), so the last `*`
 * takes the rest, the id included.
 */
function namesEveryKeyId(resource: string): boolean {
  if (!resource.endsWith('*')) return false;
  const head = resource.replace(/\*+$/, '');
  for (let length = 0; length <= KEY_PREFIX.length; length += 1) {
    if (matchWildcard(head, KEY_PREFIX.slice(0, length))) return true;
  }
  return false;
}

/**
 * A pattern of fewer than six segments could match this location's key ARN as one string
 * (its wildcards taking the colons): it has a wildcard, and its text before the first one
 * agrees with the start of `arn:<partition>:kms:<region>:<account>:key/` as far as known.
 */
function couldSpanToAKey(pattern: string, location: KeyLocation): boolean {
  const wildcard = pattern.search(/[*?]/);
  if (wildcard === -1) return false;
  const literal = pattern.slice(0, wildcard);
  const known = knownArnStart(location);
  return literal.startsWith(known) || known.startsWith(literal);
}

/**
 * A pattern of fewer than six segments that is this location's ARN start, complete up to
 * `key/` or cut anywhere before it, then only `*` (`arn:aws:kms:*`, `arn:aws:kms:us-east-1:*`):
 * its trailing `*` takes the rest of any key's ARN there.
 */
function spansEveryKeyOf(pattern: string, location: KeyLocation): boolean {
  const head = pattern.replace(/\*+$/, '');
  if (head === pattern || /[*?]/.test(head)) return false;
  const known = knownArnStart(location);
  return known.endsWith(KEY_PREFIX) && known.startsWith(head);
}

/** The start of the key's ARN up to the first field not known. */
function knownArnStart(location: KeyLocation): string {
  if (location.partition === undefined) return 'arn:';
  const service = `arn:${location.partition}:kms:`;
  if (location.region === undefined) return service;
  const region = `${service}${location.region}:`;
  if (location.account === undefined) return region;
  return `${region}${location.account}:${KEY_PREFIX}`;
}

/** The resource part could be `key/<id>` for some id: its text before a wildcard fits. */
function couldNameAKey(resource: string): boolean {
  const wildcard = resource.search(/[*?]/);
  const literal = wildcard === -1 ? resource : resource.slice(0, wildcard);
  if (wildcard === -1) return resource.startsWith('key/') && resource.length > 4;
  return literal.startsWith('key/') || 'key/'.startsWith(literal);
}
