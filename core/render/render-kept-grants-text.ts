import type { Plan } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';
import { revealInvisible } from './escape-markdown.ts';
import { groupKeptGrants, isUnexpectedKeep } from './group-kept-grants.ts';

/**
 * The live grants `keep_grants` keeps: each rule once with its reason, then the grants it
 * keeps, so that a reviewer sees what a rule keeps (a too-broad rule keeps grants nobody meant
 * to keep). `!` marks a grant to a principal AWS does not operate or of another account, and,
 * first, each rule naming such a principal, whether or not it keeps a grant today.
 */
export function renderKeptGrantsText(plan: Plan): string[] {
  const kept = plan.keptGrants ?? [];
  const rules = plan.unexpectedKeepRules ?? [];
  const lines: string[] = [];
  if (rules.length > 0) {
    lines.push(
      "keep_grants names principals AWS does not operate for the key's account: a grant to them, made before or after this plan, is never revoked:",
      ...rules.map((rule) =>
        revealInvisible(
          `  ! ${rule.grantee} (${rule.source === 'defaults' ? `defaults, ${countNoun(rule.keys, 'key')}` : rule.keys === 1 ? `key ${rule.firstKey}` : `${countNoun(rule.keys, 'key')}, first ${rule.firstKey}`}): ${rule.reason}`,
        ),
      ),
      '',
    );
  }
  if (kept.length === 0) return lines;
  lines.push(
    `Kept by keep_grants (${countNoun(kept.length, 'live grant')}, never revoked, not even with --allow-destructive):`,
  );
  for (const { rule, grants, keys } of groupKeptGrants(kept)) {
    lines.push(
      revealInvisible(
        `  kept by ${rule.grantee}${rule.source === 'defaults' ? ' (defaults)' : ''}, ${countNoun(grants.length, 'grant')} on ${countNoun(keys, 'key')}: ${rule.reason}`,
      ),
    );
    for (const entry of grants) {
      const unexpected = isUnexpectedKeep(entry);
      lines.push(
        revealInvisible(
          `    ${unexpected ? '!' : '='} ${entry.address}: grant ${entry.grantId} to ${entry.grant.granteePrincipal} (${entry.grant.operations.join(', ')})${unexpected ? ' [not an AWS-operated grantee of this account: check it is wanted]' : ''}`,
        ),
      );
    }
  }
  lines.push('');
  return lines;
}
