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
  const found = new Map<string, UnexpectedKeepRule>();
  for (const key of keys) {
    for (const rule of key.keepGrants.filter(keepRuleAppliesTo(key.account))) {
      if (isAwsKeepGrantee(rule.grantee, key.account)) continue;
      const id = JSON.stringify([rule.grantee, rule.source, rule.reason]);
      const entry = found.get(id);
      if (entry === undefined) {
        found.set(id, { ...rule, firstKey: key.name, keys: 1 });
      } else {
        entry.keys += 1;
      }
    }
  }
  return [...found.values()];
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
