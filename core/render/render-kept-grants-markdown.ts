import type { Plan } from '../plan/plan-types.ts';
import { isAwsGrantee } from '../plan/is-aws-grantee.ts';
import { countNoun } from './count-noun.ts';
import { escapeMarkdown, inlineCode } from './escape-markdown.ts';

/** At most this many kept grants are listed one by one; the JSON plan lists them all. */
const MAX_LISTED = 50;

/**
 * The live grants `keep_grants` keeps, grouped by the rule that keeps them, each with its
 * reason and the grants it keeps, so that a reviewer sees what a rule keeps (a too-broad rule
 * keeps grants nobody meant to keep). Untrusted text (grantees, reasons) is escaped.
 */
export function renderKeptGrantsMarkdown(plan: Plan): string[] {
  const kept = plan.keptGrants ?? [];
  if (kept.length === 0) return [];
  const out: string[] = [];
  // A rule meant for AWS's grants that keeps someone's own access is what a reviewer must not
  // miss in a collapsed block: said outside it.
  const people = [
    ...new Set(
      kept.map((entry) => entry.grant.granteePrincipal).filter((grantee) => !isAwsGrantee(grantee)),
    ),
  ];
  if (people.length > 0) {
    out.push(
      '> [!WARNING]',
      `> **\`keep_grants\` keeps grants to principals AWS does not operate**, never revoked: ${people
        .slice(0, MAX_LISTED)
        .map(inlineCode)
        .join(
          ', ',
        )}${people.length > MAX_LISTED ? ` and ${String(people.length - MAX_LISTED)} more` : ''}. Keep rules are meant for the grants AWS services make for your resources; check that each of these grants is wanted.`,
      '',
    );
  }
  out.push(
    '<details>',
    `<summary>🔒 Kept by <code>keep_grants</code>: ${countNoun(kept.length, 'live grant')}, never revoked</summary>`,
    '',
  );
  const byRule = new Map<string, typeof kept>();
  for (const entry of kept) {
    const id = JSON.stringify([
      entry.key,
      entry.rule.grantee,
      entry.rule.source,
      entry.rule.reason,
    ]);
    const group = byRule.get(id);
    if (group === undefined) byRule.set(id, [entry]);
    else group.push(entry);
  }
  let listed = 0;
  for (const group of byRule.values()) {
    const first = group[0];
    if (first === undefined) continue;
    out.push(
      `- ${inlineCode(first.key)}: ${countNoun(group.length, 'grant')} kept by ${inlineCode(first.rule.grantee)}${first.rule.source === 'defaults' ? ' (from `defaults`)' : ''}: ${escapeMarkdown(first.rule.reason)}`,
    );
    for (const entry of group) {
      if (listed === MAX_LISTED) break;
      listed += 1;
      out.push(
        `  - ${inlineCode(entry.grantId)} to ${inlineCode(entry.grant.granteePrincipal)}: ${escapeMarkdown(entry.grant.operations.join(', '))}`,
      );
    }
  }
  if (listed < kept.length)
    out.push('', `${String(kept.length - listed)} more not listed here: see the JSON plan.`);
  out.push('', '</details>', '');
  return out;
}
