import type { DesiredKey } from '../manifest/desired-state.ts';
import { isServicePrincipal } from '../policy/is-service-principal.ts';
import { parsePrincipal } from '../policy/parse-principal.ts';
import { isAwsGrantee } from './is-aws-grantee.ts';
import { keepRuleAppliesTo } from './keep-rule-applies-to.ts';
import type { UnexpectedKeepRule } from './plan-types.ts';

/**
 * The keep rules of `keys` whose grantee is not one AWS operates for the key's account (a role,
 * user or account of yours, or another account's principal), each once with how many keys it
 * applies to. Such a rule keeps any grant to its grantee from revocation, one made after the
 * review included, so the plan shows it whether or not it keeps a grant today. Linear in the
 * rules of all keys.
 */
export function findUnexpectedKeepRules(keys: readonly DesiredKey[]): UnexpectedKeepRule[] {
  // Nested maps keyed by the manifest's own strings (one instance per default rule, whose hash
  // V8 keeps): 5,000 keys x 100 default rules cost lookups, not a parse or a new string each.
  const flagged = new Map<string, Map<string, boolean>>();
  const found = new Map<string, Map<string, UnexpectedKeepRule>>();
  const groups: UnexpectedKeepRule[] = [];
  for (const key of keys) {
    for (const rule of key.keepGrants) {
      let byAccount = flagged.get(rule.grantee);
      if (byAccount === undefined) {
        byAccount = new Map();
        flagged.set(rule.grantee, byAccount);
      }
      // Whether the rule, as a default, applies to this account and, if so, warrants a warning.
      const scope = rule.source === 'defaults' ? key.account : `\u0000${key.account}`;
      let unexpected = byAccount.get(scope);
      if (unexpected === undefined) {
        unexpected =
          keepRuleAppliesTo(rule, key.account) && !isAwsKeepGrantee(rule.grantee, key.account);
        byAccount.set(scope, unexpected);
      }
      if (!unexpected) continue;
      let byReason = found.get(rule.grantee);
      if (byReason === undefined) {
        byReason = new Map();
        found.set(rule.grantee, byReason);
      }
      const id = rule.source === 'defaults' ? rule.reason : `\u0000${rule.reason}`;
      const entry = byReason.get(id);
      if (entry === undefined) {
        const created = { ...rule, firstKey: key.name, keys: 1 };
        byReason.set(id, created);
        groups.push(created);
      } else {
        entry.keys += 1;
      }
    }
  }
  return groups;
}

/**
 * A rule grantee AWS operates for `account`: a service principal, an `aws:`-named role
 * (its sessions are EC2's instances) or a service-linked role of that account, or a session
 * of such a role.
 */
function isAwsKeepGrantee(grantee: string, account: string): boolean {
  if (isServicePrincipal(grantee)) return true;
  const parsed = parsePrincipal(grantee);
  const aws = isAwsGrantee(grantee) || (parsed.kind === 'role' && parsed.name.startsWith('aws:'));
  return aws && 'account' in parsed && parsed.account === account;
}
