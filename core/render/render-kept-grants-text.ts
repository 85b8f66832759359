import type { Plan } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';
import { revealInvisible } from './escape-markdown.ts';
import { groupKeptGrants, isUnexpectedKeep } from './group-kept-grants.ts';

/**
 * The live grants `keep_grants` keeps: each rule once with its reason, then the grants it
 * keeps, so that a reviewer sees what a rule keeps (a too-broad rule keeps grants nobody meant
 * to keep). `!` marks a grant to a principal AWS does not operate or of another account.
 */
export function renderKeptGrantsText(plan: Plan): string[] {
  const kept = plan.keptGrants ?? [];
  if (kept.length === 0) return [];
  const lines = [
    `Kept by keep_grants (${countNoun(kept.length, 'live grant')}, never revoked, not even with --allow-destructive):`,
  ];
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
