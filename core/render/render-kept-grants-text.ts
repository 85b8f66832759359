import type { Plan } from '../plan/plan-types.ts';
import { isAwsGrantee } from '../plan/is-aws-grantee.ts';
import { countNoun } from './count-noun.ts';
import { revealInvisible } from './escape-markdown.ts';

/**
 * The live grants `keep_grants` keeps, one line each with the rule and its reason, so that a
 * reviewer sees what a rule keeps (a too-broad rule keeps grants nobody meant to keep).
 */
export function renderKeptGrantsText(plan: Plan): string[] {
  const kept = plan.keptGrants ?? [];
  if (kept.length === 0) return [];
  const lines = [
    `Kept by keep_grants (${countNoun(kept.length, 'live grant')}, never revoked, not even with --allow-destructive):`,
  ];
  for (const entry of kept) {
    const { grant, rule } = entry;
    // `!`: the grantee is not operated by AWS, so the rule keeps someone's own access.
    const mark = isAwsGrantee(grant.granteePrincipal) ? '=' : '!';
    lines.push(
      revealInvisible(
        `  ${mark} ${entry.address}: grant ${entry.grantId} to ${grant.granteePrincipal} (${grant.operations.join(', ')})${mark === '!' ? ' [not an AWS-operated grantee: check it is wanted]' : ''}`,
      ),
      revealInvisible(
        `      kept by ${rule.grantee}${rule.source === 'defaults' ? ' (defaults)' : ''}: ${rule.reason}`,
      ),
    );
  }
  lines.push('');
  return lines;
}
