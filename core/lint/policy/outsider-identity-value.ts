import { matchIpAddress } from '../../policy/match-ip-address.ts';
import { matchWildcard, type WildcardWork } from '../../policy/match-wildcard.ts';
import type { ConditionOperator } from '../../policy/parse-condition-operator.ts';
import { chargeLintWork } from './lint-work-meter.ts';

/**
 * Prefixes shorter than these are wider than a regional internet registry's block (IPv4 /8,
 * IPv6 /12): such a range holds the addresses of countless unrelated networks, cloud
 * providers' included, which anyone can rent. A narrower range is read as the policy
 * author's own network: a policy cannot say whose addresses it names.
 */
const WIDEST_NETWORK_PREFIX = { ipv4: 8, ipv6: 12 } as const;

/**
 * IDs AWS assigns (IAM User Guide, "Unique identifiers"; Amazon VPC, endpoint and VPC ids):
 * a type prefix, then characters the caller does not choose.
 */
const ASSIGNED_ID = {
  vpce: { prefix: 'vpce-', alphabet: '0123456789abcdef', length: 17 },
  vpc: { prefix: 'vpc-', alphabet: '0123456789abcdef', length: 17 },
  uniqueId: { alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', length: 17 },
} as const;

/** Keys the outsider perspective already gives values of its own (its organisation). */
const MODELLED_BY_PERSPECTIVE = new Set(['aws:principalorgid', 'aws:principalorgpaths']);

/** A role session name (STS `RoleSessionName`): the caller chooses it. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

/**
 * A value of the caller identity or network key `lower` (lower-cased) that an unrelated
 * caller's request can carry and that satisfies the positive `operator` with one of the
 * `written` values; undefined when every written value ties the caller to particular
 * networks or identities. Failing closed where a value admits every caller:
 * - `aws:SourceIp` (`IpAddress`): a range wider than a registry block (`0.0.0.0/0`, `::/0`,
 *   any IPv4 prefix below /8, IPv6 below /12);
 * - `aws:VpcSourceIp` (`IpAddress`): any range, since every account numbers its own VPCs;
 * - `aws:SourceVpce`, `aws:SourceVpc`, `aws:userid` (wildcard operators): a pattern that
 *   matches every id AWS could assign to the caller's own endpoint, VPC or role (`vpce-*`,
 *   `*`, `AROA*`, `*:session-name`: the caller names its role sessions);
 * - `aws:PrincipalArn` (wildcard operators): a pattern that matches a role or user the
 *   caller could create in its own account (`arn:aws:iam::*:role/x`);
 * - any other identity key: a pattern of wildcards only (`*`).
 * A written value is read as AWS compares it (`IpAddress`, or IAM wildcards).
 */
export function outsiderIdentityValue(
  lower: string,
  operator: ConditionOperator,
  written: readonly string[],
  outsiderAccount: string,
): string | undefined {
  if (MODELLED_BY_PERSPECTIVE.has(lower)) return undefined;
  const values = written.filter((value) => !value.includes('${'));
  if (operator.family === 'IpAddress') {
    chargeLintWork(values.length);
    if (lower === 'aws:vpcsourceip') return values.map(networkAddress).find(isAddress);
    if (lower !== 'aws:sourceip') return undefined;
    return values.filter(isWideRange).map(networkAddress).find(isAddress);
  }
  if ((operator.family !== 'String' && operator.family !== 'Arn') || !operator.wildcards) {
    return undefined;
  }
  const work: WildcardWork = { steps: 0 };
  try {
    for (const pattern of values) {
      const found = candidatesOf(lower, pattern, outsiderAccount).find((candidate) =>
        matchWildcard(pattern, candidate, operator.ignoreCase, work),
      );
      if (found !== undefined) return found;
    }
    return undefined;
  } finally {
    chargeLintWork(work.steps);
  }
}

/**
 * Values the outsider's request could carry for `lower`, built to test `pattern`: the
 * characters AWS assigns are one character the pattern never writes, so a pattern that
 * matches the candidate matches it only through wildcards, and so matches every id AWS could
 * assign (of that length).
 */
function candidatesOf(lower: string, pattern: string, outsiderAccount: string): string[] {
  switch (lower) {
    case 'aws:sourcevpce':
    case 'aws:sourcevpc': {
      const id = lower === 'aws:sourcevpce' ? ASSIGNED_ID.vpce : ASSIGNED_ID.vpc;
      const assigned = unwritten(id.alphabet, pattern, id.length);
      return assigned === undefined ? [] : [`${id.prefix}${assigned}`];
    }
    case 'aws:userid': {
      const id = ASSIGNED_ID.uniqueId;
      const assigned = unwritten(id.alphabet, pattern, id.length);
      const sessions = sessionNamesFor(pattern);
      return [
        ...(assigned === undefined
          ? []
          : [`AIDA${assigned}`, ...sessions.map((session) => `AROA${assigned}:${session}`)]),
        // A federated user (GetFederationToken): `<account>:<name>`, the name the caller's.
        ...sessions.map((session) => `${outsiderAccount}:${session}`),
      ];
    }
    case 'aws:principalarn': {
      // The caller names its own roles and users, paths included, in its own account.
      const segments = pattern.split(':');
      if (segments[0] !== 'arn' || segments.length < 6) return [];
      const partition = (segments[1] ?? '').replace(/[*?]/g, '') || 'aws';
      const resource = segments.slice(5).join(':').replace(/[*?]/g, 'x');
      return [`arn:${partition}:iam::${outsiderAccount}:${resource}`];
    }
    default:
      return /^[*?]*\*[*?]*$/.test(pattern) ? [pattern.replace(/[*?]/g, 'x')] : [];
  }
}

/** `length` times a character of `alphabet` that `pattern` does not hold, if there is one. */
function unwritten(alphabet: string, pattern: string, length: number): string | undefined {
  // Compared without case: absent in any case, it is absent as written too (ASCII alphabets).
  const lowered = pattern.toLowerCase();
  for (let index = 0; index < alphabet.length; index += 1) {
    const char = alphabet.charAt(index);
    if (!lowered.includes(char.toLowerCase())) return char.repeat(length);
  }
  return undefined;
}

/**
 * Session names the caller could choose to meet `pattern`: a plain one, and the pattern's
 * text after its last `:` (all of it without one), wildcards left out (`*:alice`, `*ops*`).
 */
function sessionNamesFor(pattern: string): string[] {
  const named = pattern
    .slice(pattern.lastIndexOf(':') + 1)
    .replace(/\*/g, '')
    .replace(/\?/g, 'x');
  return SESSION_NAME.test(named) ? ['kms-action-outsider', named] : ['kms-action-outsider'];
}

function isWideRange(range: string): boolean {
  const [network = '', prefixText] = range.trim().split('/');
  if (prefixText === undefined || !/^\d{1,3}$/.test(prefixText)) return false;
  const widest = network.includes(':') ? WIDEST_NETWORK_PREFIX.ipv6 : WIDEST_NETWORK_PREFIX.ipv4;
  return Number(prefixText) < widest;
}

function networkAddress(range: string): string {
  return range.trim().split('/')[0] ?? '';
}

/** A well-formed address (the range it came from then contains it). */
function isAddress(address: string): boolean {
  return matchIpAddress(address, address);
}
