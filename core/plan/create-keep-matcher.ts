import type { DesiredKeepGrant } from '../manifest/desired-state.ts';
import { parsePrincipal } from '../policy/parse-principal.ts';
import { isAwsGrantee } from './is-aws-grantee.ts';
import { keepRuleAppliesTo } from './keep-rule-applies-to.ts';

/**
 * The keep rule that keeps a live grant to `grantee`, if any: the first rule whose grantee is
 * `grantee` exactly, else the first that names the IAM role whose session `grantee` is
 * (`arn:aws:iam::111122223333:role/aws:ec2-infrastructure` keeps the grants to
 * `arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-0abc`: same partition,
 * account and role name, as IAM matches a role to its sessions; a role's path is not part of
 * a session ARN). No pattern is built from the manifest: two lookups in maps built once per
 * key, so a key with 50,000 grants costs 50,000 lookups whatever the number of rules. Rules
 * apply as core/plan/keep-rule-applies-to.ts says: a default rule naming an IAM principal only
 * to the keys of `account`, its account.
 */
export function createKeepMatcher(
  rules: readonly DesiredKeepGrant[],
  account: string,
): (grantee: string) => DesiredKeepGrant | undefined {
  if (rules.length === 0) return () => undefined;
  const exact = new Map<string, DesiredKeepGrant>();
  const roles = new Map<string, DesiredKeepGrant>();
  for (const rule of rules) {
    const parsed = parsePrincipal(rule.grantee);
    if (!keepRuleAppliesTo(rule, account, parsed)) continue;
    if (!exact.has(rule.grantee)) exact.set(rule.grantee, rule);
    // A session ARN has the role's name, not its path: a rule under `/aws-service-role/` keeps
    // only that exact role, or it would keep the sessions of a customer's role of that name.
    if (parsed.kind !== 'role' || isAwsGrantee(rule.grantee)) continue;
    const id = roleId(parsed.partition, parsed.account, parsed.name);
    if (!roles.has(id)) roles.set(id, rule);
  }
  return (grantee) => {
    const same = exact.get(grantee);
    if (same !== undefined) return same;
    const parsed = parsePrincipal(grantee);
    if (parsed.kind !== 'assumed-role') return undefined;
    return roles.get(roleId(parsed.partition, parsed.account, parsed.role));
  };
}

function roleId(partition: string, account: string, name: string): string {
  return `${partition}\u0000${account}\u0000${name}`;
}
