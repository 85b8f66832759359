import type { DesiredKey } from '../../manifest/desired-state.ts';
import type { KeyPolicyDocument } from '../../policy/types.ts';
import { abstractPolicyPrincipals } from '../abstract-policy-principals.ts';
import { sensitiveActionsOf } from '../policy/action-sets.ts';
import { findPermission } from '../policy/find-permission.ts';
import { chargeLintWork } from '../policy/lint-work-meter.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import { partitionOf } from '../policy/partition-of.ts';
import { usablePolicyDocument } from '../policy/usable-policy-document.ts';
import type { ManifestIssue, ManifestRule } from '../types.ts';

/** Other keys a finding names; past that it counts them (5,000 keys could all share a user). */
const MAX_NAMED_KEYS = 10;

/**
 * A principal that may use a key of one compliance domain (e.g. `pci`) also uses a key
 * outside that domain (another domain, or none). Users are the principals a key policy
 * lets call a cryptographic action (evaluated), and grantees of declared grants.
 */
export const complianceIsolation: ManifestRule = {
  kind: 'manifest',
  id: 'compliance-isolation',
  defaultSeverity: 'warning',
  summary: 'A principal uses keys of a compliance domain and keys outside it.',
  rationale:
    'A compliance domain (PCI DSS, HIPAA...) keeps its scope small by isolating who touches its data. A role that decrypts card data and also general application data brings every system it runs on into the audit scope, and a compromise of the general workload reaches the regulated data.',
  help: 'give the regulated workload its own role, used only with keys of its compliance domain',
  practice: {
    title: 'One key per service x environment x compliance domain (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-kms-best-practices/data-protection-key-management.html',
  },
  check: (desired, run) => {
    // Only a key of a compliance domain is reported: without one, no policy needs evaluating
    // (the most costly part of linting keys whose policies share no shape).
    if (!desired.keys.some((key) => key.compliance !== undefined)) return [];
    const share = run?.sharePolicyShapes ?? true;
    // Keys generated from one intent share their policy: read its users once.
    const policyUsers = new Map<string, ReadonlySet<string>>();
    const usersByKey = new Map(
      desired.keys.map((key) => [key.name, keyUsersOf(key, share ? policyUsers : undefined)]),
    );
    // Keys by principal, in manifest order: one pass instead of a scan of all keys per user.
    const domainOf = new Map(
      desired.keys.map((key) => [key, key.compliance?.toLowerCase() ?? ''] as const),
    );
    const keysByUser = new Map<string, UserKeys>();
    for (const key of desired.keys) {
      const domain = domainOf.get(key) ?? '';
      for (const principal of usersByKey.get(key.name) ?? []) {
        let user = keysByUser.get(principal);
        if (user === undefined) {
          user = { keys: [], perDomain: new Map(), shownOutside: new Map() };
          keysByUser.set(principal, user);
        }
        user.keys.push(key);
        user.perDomain.set(domain, (user.perDomain.get(domain) ?? 0) + 1);
      }
    }
    const issues: ManifestIssue[] = [];
    for (const key of desired.keys) {
      if (key.compliance === undefined) continue;
      const domain = domainOf.get(key) ?? '';
      for (const principal of usersByKey.get(key.name) ?? []) {
        const user = keysByUser.get(principal);
        if (user === undefined) continue;
        // Counted per domain, and the keys named found once per user and domain: the work
        // grows with the findings, never with findings x keys (5,000 keys sharing 100 users).
        chargeLintWork(1);
        const outside = user.keys.length - (user.perDomain.get(domain) ?? 0);
        if (outside === 0) continue;
        let named = user.shownOutside.get(domain);
        if (named === undefined) {
          named = [];
          for (const other of user.keys) {
            if (named.length === MAX_NAMED_KEYS) break;
            if (domainOf.get(other) !== domain) {
              named.push(`\`${other.name}\` (${other.compliance ?? 'no compliance domain'})`);
            }
          }
          user.shownOutside.set(domain, named);
        }
        const shown =
          outside > MAX_NAMED_KEYS ? [...named, `${outside - MAX_NAMED_KEYS} more keys`] : named;
        const described = shown.join(', ');
        issues.push({
          key: key.name,
          path: ['keys', key.name, 'compliance'],
          message: `\`${principal}\` uses key \`${key.name}\` of compliance domain \`${key.compliance}\` and also ${described}`,
        });
      }
    }
    return issues;
  },
};

/** A user's keys in manifest order, counted per compliance domain (`''`: none). */
interface UserKeys {
  keys: DesiredKey[];
  perDomain: Map<string, number>;
  /** Per domain, the first keys outside it the finding names. */
  shownOutside: Map<string, string[]>;
}

/**
 * The users of the key and of each replica's own policy: a replica holds the key's material, so
 * who may use it there is in the key's compliance scope too.
 */
function keyUsersOf(
  key: DesiredKey,
  policyUsers: Map<string, ReadonlySet<string>> | undefined,
): Set<string> {
  const users = usersOf(key, policyUsers);
  for (const replica of key.replicas) {
    if (!replica.policyWritten || replica.policy === undefined) continue;
    const asKey: DesiredKey = {
      ...key,
      region: replica.region,
      policy: replica.policy,
      grants: [],
    };
    for (const user of usersOf(asKey, policyUsers)) users.add(user);
  }
  return users;
}

/** Lower-cased ARNs of the principals that may use the key for cryptography. */
function usersOf(
  key: DesiredKey,
  policyUsers: Map<string, ReadonlySet<string>> | undefined,
): Set<string> {
  const users = new Set(key.grants.map((grant) => grant.granteePrincipal.toLowerCase()));
  if (key.policy === undefined) return users;
  const actions = sensitiveActionsOf(key);
  if (policyUsers === undefined) {
    const document = usablePolicyDocument(key.policy.document);
    for (const user of document === undefined ? [] : policyUsersOf(document, actions)) {
      users.add(user);
    }
    return users;
  }
  // The policy's shape (its own roles and users abstracted) and the actions asked about: all
  // the answer depends on, with the key's names put back.
  const abstracted = abstractPolicyPrincipals(key.policy.document, {
    account: key.account,
    partition: partitionOf(key),
  });
  const cacheKey =
    abstracted === undefined ? undefined : `${JSON.stringify(actions)}\n${abstracted.shape}`;
  let shared = cacheKey === undefined ? undefined : policyUsers.get(cacheKey);
  if (shared === undefined) {
    const document = usablePolicyDocument(abstracted?.raw ?? key.policy.document);
    shared = document === undefined ? new Set() : policyUsersOf(document, actions);
    if (cacheKey !== undefined) policyUsers.set(cacheKey, shared);
  }
  const fromPolicy = abstracted === undefined ? shared : abstracted.restore([...shared]);
  // A name that cannot be put back exactly: read this key's policy on its own.
  if (fromPolicy === undefined) return usersOf(key, undefined);
  for (const user of fromPolicy) users.add(user);
  return users;
}

function policyUsersOf(document: KeyPolicyDocument, actions: readonly string[]): Set<string> {
  const users = new Set<string>();
  for (const principal of listPolicyPrincipals(document)) {
    if (principal.effect !== 'Allow' || principal.negated || principal.type !== 'AWS') continue;
    if (!['role', 'user', 'assumed-role'].includes(principal.parsed.kind)) continue;
    const uses = actions.some(
      (action) =>
        findPermission(document, {
          principal: principal.value,
          action,
          perspective: { kind: 'insider' },
        }) !== undefined,
    );
    if (uses) users.add(principal.value.toLowerCase());
  }
  return users;
}
