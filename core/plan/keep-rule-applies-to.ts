import type { DesiredKeepGrant } from '../manifest/desired-state.ts';
import { parsePrincipal, type ParsedPrincipal } from '../policy/parse-principal.ts';

/**
 * Whether a keep rule applies to the keys of `account`. `defaults.keep_grants` reach every key,
 * in every account: a default rule naming an IAM principal (one account's
 * `aws:ec2-infrastructure` role) applies to the keys of that account only, so it never keeps,
 * on another account's key, grants to the first account's instances. A key's own rule applies
 * as written (the plan warns about a rule naming another account). `parsed`: the rule's
 * grantee, when the caller has parsed it already.
 */
export function keepRuleAppliesTo(
  rule: DesiredKeepGrant,
  account: string,
  parsed: ParsedPrincipal = parsePrincipal(rule.grantee),
): boolean {
  if (rule.source === 'key') return true;
  return !('account' in parsed) || parsed.account === account;
}
