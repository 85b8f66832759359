import type { Change, Plan } from '../plan/plan-types.ts';
import { describeChange, describeVerdict } from './describe-change.ts';
import { codeBlock, escapeHtml, escapeMarkdown, inlineCode, tableCode } from './escape-markdown.ts';

const RISK_BADGE: Record<Change['risk'], string> = {
  safe: '🟢 safe',
  disruptive: '🟠 disruptive',
  destructive: '🔴 destructive',
};

/**
 * The plan as GitHub Markdown (PR comment, job summary, `plan --format markdown`): problems
 * and destructive changes at the top, then one collapsible section per key with its
 * changes, the key policy diff and the access diff. Every untrusted string is escaped.
 */
export function renderPlanMarkdown(plan: Plan): string {
  const out: string[] = [];
  const { byRisk } = plan.summary;
  out.push(`### kms-action plan for ${inlineCode(plan.file)}`, '');
  if (plan.changes.length === 0 && plan.problems.length === 0) {
    out.push('✅ **No changes.** The live keys match the manifest.', '');
    return out.join('\n');
  }
  out.push(
    `**${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}**: ${byRisk.safe} safe · ${byRisk.disruptive} disruptive · ${byRisk.destructive} destructive`,
    '',
  );

  if (plan.problems.length > 0) {
    out.push(
      '> [!CAUTION]',
      `> **${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} block${plan.problems.length === 1 ? 's' : ''} this plan: apply will refuse it.**`,
      '>',
    );
    for (const problem of plan.problems) {
      const where = problem.line === undefined ? '' : ` (line ${problem.line})`;
      out.push(
        `> - ${inlineCode(problem.code)} ${escapeMarkdown(problem.message)}${where}<br>Fix: ${escapeMarkdown(problem.help)}`,
      );
    }
    out.push('');
  }

  const destructive = plan.changes.filter((change) => change.risk === 'destructive');
  if (destructive.length > 0) {
    out.push(
      '> [!WARNING]',
      '> **Destructive changes** (applied only with `allow-destructive`):',
      '>',
    );
    for (const change of destructive)
      out.push(`> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}`);
    out.push('');
  }

  for (const [key, changes] of groupByKey(plan.changes)) {
    const first = changes[0];
    const worst = changes.some((change) => change.risk === 'destructive')
      ? 'destructive'
      : changes.some((change) => change.risk === 'disruptive')
        ? 'disruptive'
        : 'safe';
    out.push(
      '<details>',
      `<summary><b>${escapeHtml(key)}</b> (${escapeHtml(first?.account ?? '')}, ${escapeHtml(first?.region ?? '')}): ${changes.length} change${changes.length === 1 ? '' : 's'}, ${RISK_BADGE[worst]}</summary>`,
      '',
      '| Change | What | Risk |',
      '| --- | --- | --- |',
    );
    for (const change of changes) {
      const note = change.note === undefined ? '' : `<br><sub>${escapeMarkdown(change.note)}</sub>`;
      out.push(
        `| ${tableCode(change.address)} ${escapeMarkdown(change.action)} | ${escapeMarkdown(describeChange(change))}${note} | ${RISK_BADGE[change.risk]} |`,
      );
    }
    out.push('');
    for (const change of changes) {
      if (change.action !== 'update-policy') continue;
      if (change.access.length > 0) {
        out.push(
          '**Access changes**',
          '',
          '| Principal | Change | Action | Conditions |',
          '| --- | --- | --- | --- |',
        );
        for (const access of change.access) {
          out.push(
            `| ${tableCode(access.principal)} | ${access.change === 'gains' ? '➕ gains' : access.change === 'loses' ? '➖ loses' : '✏️ conditions change'} | ${tableCode(access.action)} | ${escapeMarkdown(describeVerdict(access.after))} |`,
          );
        }
        out.push('');
      }
      if (change.policyDiff !== '')
        out.push('**Key policy diff**', '', codeBlock(change.policyDiff, 'diff'), '');
    }
    out.push('</details>', '');
  }
  return out.join('\n');
}

function groupByKey(changes: readonly Change[]): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(change.key, [...(groups.get(change.key) ?? []), change]);
  return groups;
}
