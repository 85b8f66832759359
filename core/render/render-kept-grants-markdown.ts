import type { KeptGrant, Plan, UnexpectedKeepRule } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';
import { escapeMarkdown, inlineCode } from './escape-markdown.ts';
import { groupKeptGrants, isUnexpectedKeep } from './group-kept-grants.ts';

/** At most this many kept grants, and rules, are listed one by one; the JSON plan lists all. */
const MAX_LISTED = 50;
const MAX_RULES = 20;
/**
 * The rules warning sits above the changes: at most this many rules, each reason cut to this
 * many characters (the manifest has them whole), so it never pushes the changes out of a
 * size-limited comment.
 */
const MAX_WARNED_RULES = 10;
const MAX_REASON = 100;

/**
 * The live grants `keep_grants` keeps, in two parts. `warning` (for the top of the plan):
 * grants kept for principals AWS does not operate, or of another account than the key's, which
 * a reviewer must not miss. `details` (for after the changes, so that however many grants are
 * kept they never push the changes out of a size-limited comment): each rule once, with its
 * reason and how many grants on how many keys it keeps, and the first grants. Untrusted text
 * (grantees, reasons) is escaped; every list is bounded.
 */
export function renderKeptGrantsMarkdown(plan: Plan): { warning: string[]; details: string[] } {
  const kept = plan.keptGrants ?? [];
  const warning = rulesWarning(plan.unexpectedKeepRules ?? []);
  if (kept.length === 0) return { warning, details: [] };
  const unexpected = [
    ...new Set(kept.filter(isUnexpectedKeep).map((entry) => entry.grant.granteePrincipal)),
  ];
  if (unexpected.length > 0) {
    warning.push(
      '> [!WARNING]',
      `> **\`keep_grants\` keeps grants to principals AWS does not operate, or of another account**, never revoked: ${unexpected
        .slice(0, MAX_LISTED)
        .map(inlineCode)
        .join(
          ', ',
        )}${unexpected.length > MAX_LISTED ? ` and ${String(unexpected.length - MAX_LISTED)} more` : ''}. Keep rules are meant for the grants AWS services make for your own resources; check that each of these grants is wanted.`,
      '',
    );
  }
  const details = [
    '<details>',
    `<summary>🔒 Kept by <code>keep_grants</code>: ${countNoun(kept.length, 'live grant')}, never revoked</summary>`,
    '',
  ];
  const rules = groupKeptGrants(kept);
  let listed = 0;
  for (const [index, group] of rules.entries()) {
    if (index === MAX_RULES) {
      details.push(`- ${countNoun(rules.length - MAX_RULES, 'more rule')}: see the JSON plan`);
      break;
    }
    const { rule } = group;
    details.push(
      `- ${inlineCode(rule.grantee)}${rule.source === 'defaults' ? ' (from `defaults`)' : ''} keeps ${countNoun(group.grants.length, 'grant')} on ${countNoun(group.keys, 'key')}: ${escapeMarkdown(rule.reason)}`,
    );
    for (const entry of group.grants) {
      if (listed === MAX_LISTED) break;
      listed += 1;
      details.push(`  - ${grantLine(entry)}`);
    }
  }
  if (listed < kept.length) {
    details.push('', `${String(kept.length - listed)} more not listed here: see the JSON plan.`);
  }
  details.push('', '</details>', '');
  return { warning, details };
}

/**
 * Keep rules whose grantee AWS does not operate for the key's account, whether or not they keep
 * a grant today: once merged, a grant made to that principal is never revoked.
 */
function rulesWarning(rules: readonly UnexpectedKeepRule[]): string[] {
  if (rules.length === 0) return [];
  const listed = rules.slice(0, MAX_WARNED_RULES).map((rule) => {
    const where =
      rule.source === 'defaults'
        ? `from \`defaults\`, ${countNoun(rule.keys, 'key')}`
        : rule.keys === 1
          ? `key ${inlineCode(rule.firstKey)}`
          : `${countNoun(rule.keys, 'key')}, first ${inlineCode(rule.firstKey)}`;
    const reason =
      rule.reason.length > MAX_REASON ? `${rule.reason.slice(0, MAX_REASON)}…` : rule.reason;
    return `> - ${inlineCode(rule.grantee)} (${where}): ${escapeMarkdown(reason)}`;
  });
  return [
    '> [!WARNING]',
    `> **\`keep_grants\` names principals AWS does not operate for the key's account**: a grant to them, made before or after this review, is never revoked, not even with \`--allow-destructive\`. Keep rules are meant for the grants AWS services make for your own resources; check that each is wanted.`,
    ...listed,
    ...(rules.length > MAX_WARNED_RULES
      ? [`> - and ${countNoun(rules.length - MAX_WARNED_RULES, 'more rule')}: see the manifest`]
      : []),
    '',
  ];
}

function grantLine(entry: KeptGrant): string {
  return `${inlineCode(entry.key)}: ${inlineCode(entry.grantId)} to ${inlineCode(entry.grant.granteePrincipal)}: ${escapeMarkdown(entry.grant.operations.join(', '))}`;
}
