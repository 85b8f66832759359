import type { Change, Plan, Risk } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';
import { describeChange, describeVerdict } from './describe-change.ts';
import { describeNoChanges } from './describe-no-changes.ts';
import { describePartialPlan } from './describe-partial-plan.ts';
import { describePlanSummary } from './describe-plan-summary.ts';
import { codeBlock, escapeHtml, escapeMarkdown, inlineCode, tableCode } from './escape-markdown.ts';
import { groupPlanChanges, type KeyBlock } from './group-plan-changes.ts';
import { renderPlanMermaid } from './render-access-mermaid.ts';
import { renderKeptGrantsMarkdown } from './render-kept-grants-markdown.ts';
import { renderPlanCalloutsMarkdown } from './render-plan-callouts-markdown.ts';
import type { RenderPlanOptions } from './render-plan-options.ts';
import { describeAccessPrincipal } from './describe-access-principal.ts';

const RISK_BADGE: Record<Risk, string> = {
  safe: '🟢 safe',
  disruptive: '🟠 disruptive',
  destructive: '🔴 destructive',
};

/**
 * The plan as GitHub Markdown (PR comment, job summary, check run, drift issue, `plan
 * --format markdown`): the callouts (problems, drift, widened access, destructive changes),
 * the access picture (Mermaid), then one collapsible block per key with Terraform's symbols, its changes, its access
 * changes and its key policy (diff). Every untrusted string is escaped.
 */
export function renderPlanMarkdown(plan: Plan, options: RenderPlanOptions = {}): string {
  const out: string[] = [];
  out.push(`### kms-action plan for ${inlineCode(plan.file)}`, '');
  const partial = describePartialPlan(plan);
  if (partial !== undefined) {
    out.push(`> [!NOTE]`, `> ${escapeMarkdown(partial)}.`);
    for (const entry of plan.partial?.deferred ?? [])
      out.push(`> - ${inlineCode(entry.address)}: deferred (${escapeMarkdown(entry.reason)})`);
    out.push('');
  }
  for (const notice of plan.notices ?? []) {
    // One code today; its text is written here so that only the names are escaped.
    out.push(
      `> [!NOTE]`,
      `> ${inlineCode(notice.key)} (${inlineCode(notice.arn)}) waits for its key material: it is \`PendingImport\` (origin \`EXTERNAL\`), so it can be neither used nor enabled or disabled until the material is imported.`,
      `> Import it out of band: \`aws kms get-parameters-for-import\` (a wrapping key and an import token), wrap the material, then \`aws kms import-key-material\`; the next plan applies the declared state.`,
      '',
    );
  }
  // The warning up front; the list after the changes, however long, never pushes them out.
  const kept = renderKeptGrantsMarkdown(plan);
  out.push(...kept.warning);
  if (plan.changes.length === 0 && plan.problems.length === 0) {
    const { headline, detail } = describeNoChanges(plan, 'the manifest');
    const waiting = (plan.notices?.length ?? 0) > 0;
    // Fixed words only (the manifest is named "the manifest" here): nothing to escape.
    out.push(`${waiting ? '⏳' : '✅'} **${headline}** ${detail}`, '', ...kept.details);
    return out.join('\n');
  }
  const blocks = groupPlanChanges(plan.changes);
  if (plan.changes.length > 0) out.push(`**${describePlanSummary(plan, blocks, inlineCode)}**`, '');
  out.push(...renderPlanCalloutsMarkdown(plan, options));
  const picture = renderPlanMermaid(plan);
  if (picture !== '') out.push(picture);
  for (const block of blocks) out.push(...renderKeyBlock(block));
  out.push(...kept.details);
  return out.join('\n');
}

function renderKeyBlock(block: KeyBlock): string[] {
  const changes = block.rows.reduce((total, row) => total + row.changes.length, 0);
  const out = [
    '<details>',
    `<summary><code>${escapeHtml(block.symbol)}</code> <b>${escapeHtml(block.key)}</b> (${escapeHtml(block.account)}, ${escapeHtml(block.region)}): ${countNoun(changes, 'change')}, ${RISK_BADGE[block.risk]}</summary>`,
    '',
    '| | Change | What | Risk |',
    '| --- | --- | --- | --- |',
  ];
  for (const row of block.rows) {
    const what = row.changes
      .map((change) => {
        const note =
          change.note === undefined ? '' : `<br><sub>${escapeMarkdown(change.note)}</sub>`;
        return `${escapeMarkdown(describeChange(change))}${note}`;
      })
      .join('<br>');
    out.push(
      `| ${tableCode(row.symbol)} | ${tableCode(row.address)} | ${what} | ${RISK_BADGE[row.risk]} |`,
    );
  }
  out.push('');
  for (const row of block.rows)
    for (const change of row.changes) out.push(...policyDetails(change));
  out.push('</details>', '');
  return out;
}

function policyDetails(change: Change): string[] {
  if (
    change.action !== 'create' &&
    change.action !== 'update-policy' &&
    change.action !== 'create-replica'
  )
    return [];
  const out: string[] = [];
  if (change.access.length > 0) {
    out.push(
      change.action === 'create'
        ? '**Access on the new key**'
        : change.action === 'create-replica'
          ? '**Access on the new replica**'
          : '**Access changes**',
      '',
      '| Principal | Change | Action | Conditions |',
      '| --- | --- | --- | --- |',
    );
    for (const access of change.access) {
      out.push(
        `| ${tableCode(describeAccessPrincipal(access.principal))} | ${access.change === 'gains' ? '➕ gains' : access.change === 'loses' ? '➖ loses' : '✏️ conditions change'} | ${tableCode(access.action)} | ${escapeMarkdown(describeVerdict(access.after))} |`,
      );
    }
    out.push('');
  }
  if (change.action === 'create-replica') return out;
  if (change.action === 'update-policy') {
    if (change.policyDiff !== '')
      out.push('**Key policy diff**', '', codeBlock(change.policyDiff, 'diff'), '');
  } else if (change.after.policy !== undefined) {
    out.push(
      '**Key policy**',
      '',
      codeBlock(JSON.stringify(change.after.policy, null, 2), 'json'),
      '',
    );
  }
  return out;
}
