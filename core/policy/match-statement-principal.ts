import { parsePrincipal, type ParsedPrincipal } from './parse-principal.ts';
import type { PreparedPrincipal, PreparedStatement } from './prepare-key-policy.ts';

/** The caller of a request, parsed once. */
export interface Caller {
  parsed: ParsedPrincipal;
  account: string | undefined;
}

/**
 * `direct`: the statement names the caller (or everyone). `account`: it names the caller's
 * account. `account-root`: the caller is that account's root, named as the account.
 */
export type PrincipalMatch = 'none' | 'direct' | 'account' | 'account-root';

const callers = new Map<string, Caller>();

/** Parses the caller of a request (cached: the access matrix asks about few callers often). */
export function describeCaller(principal: string): Caller {
  let caller = callers.get(principal);
  if (caller === undefined) {
    const parsed = parsePrincipal(principal);
    caller = { parsed, account: 'account' in parsed ? parsed.account : undefined };
    if (callers.size > 10_000) callers.clear();
    callers.set(principal, caller);
  }
  return caller;
}

/**
 * Whether the statement's Principal or NotPrincipal covers the caller. IAM User Guide,
 * "AWS JSON policy elements: Principal" and "NotPrincipal": a role names its sessions; an
 * account principal in an Allow lets the account's IAM policies decide (`account`), in a Deny
 * it denies the whole account; NotPrincipal exempts a caller only when each of its identities
 * (the session, its role, its account) is listed.
 */
export function matchStatementPrincipal(
  statement: PreparedStatement,
  caller: Caller,
): PrincipalMatch {
  if (statement.notPrincipals !== undefined) {
    const notPrincipals = statement.notPrincipals;
    const listed = callerIdentities(caller).every((identity) =>
      notPrincipals.some((principal) => matchPrincipalValue(principal, identity, true) !== 'none'),
    );
    return listed ? 'none' : 'direct';
  }
  let best: PrincipalMatch = 'none';
  for (const principal of statement.principals ?? []) {
    const match = matchPrincipalValue(principal, caller);
    if (match === 'direct' || match === 'account-root') return match;
    if (match === 'account') best = statement.effect === 'Deny' ? 'direct' : 'account';
  }
  return best;
}

/** The caller, its role when it is a role session, and its account. */
function callerIdentities(caller: Caller): Caller[] {
  const { parsed } = caller;
  const identities: Caller[] = [caller];
  if (parsed.kind === 'assumed-role') {
    identities.push({
      parsed: {
        kind: 'role',
        account: parsed.account,
        partition: parsed.partition,
        name: parsed.role,
      },
      account: parsed.account,
    });
  }
  if (parsed.kind !== 'account' && caller.account !== undefined && 'partition' in parsed) {
    identities.push({
      parsed: { kind: 'account', account: caller.account, partition: parsed.partition },
      account: caller.account,
    });
  }
  return identities;
}

function matchPrincipalValue(
  { type, value, parsed: named }: PreparedPrincipal,
  caller: Caller,
  exact = false,
): PrincipalMatch {
  if (value === '*') return 'direct';
  const { parsed } = caller;
  if (type !== 'AWS') {
    const same =
      parsed.kind === 'service'
        ? value.toLowerCase() === parsed.service.toLowerCase()
        : parsed.kind === 'other' && value === parsed.value;
    return same ? 'direct' : 'none';
  }
  switch (named.kind) {
    case 'account':
      if (caller.account !== named.account) return 'none';
      if (exact && parsed.kind !== 'account') return 'none';
      return parsed.kind === 'account' ? 'account-root' : 'account';
    case 'role':
      // A role names its sessions too, except in NotPrincipal, which lists sessions by ARN.
      if (parsed.kind === 'role' || (parsed.kind === 'assumed-role' && !exact)) {
        const role = parsed.kind === 'role' ? parsed.name : parsed.role;
        return parsed.account === named.account && equalsIgnoreCase(role, named.name)
          ? 'direct'
          : 'none';
      }
      return 'none';
    case 'user':
      return parsed.kind === 'user' &&
        parsed.account === named.account &&
        equalsIgnoreCase(parsed.name, named.name)
        ? 'direct'
        : 'none';
    case 'assumed-role':
      return parsed.kind === 'assumed-role' &&
        parsed.account === named.account &&
        equalsIgnoreCase(parsed.role, named.role) &&
        parsed.session === named.session
        ? 'direct'
        : 'none';
    case 'anyone':
      return 'direct';
    case 'iam-other':
      return parsed.kind === 'iam-other' &&
        parsed.account === named.account &&
        parsed.resource === named.resource
        ? 'direct'
        : 'none';
    case 'unique-id':
      return parsed.kind === 'unique-id' && parsed.id === named.id ? 'direct' : 'none';
    case 'service':
      return parsed.kind === 'service' && parsed.service === named.service ? 'direct' : 'none';
    case 'other':
      return parsed.kind === 'other' && parsed.value === named.value ? 'direct' : 'none';
  }
}

function equalsIgnoreCase(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}
