import type { Plan } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';
import { describeChange } from './describe-change.ts';
import { describeWidening } from './describe-widening.ts';
import { escapeMarkdown, inlineCode } from './escape-markdown.ts';
import { renderDriftAlarmsMarkdown } from './render-drift-alarms-markdown.ts';
import type { RenderPlanOptions } from './render-plan-options.ts';

/**
 * What a reviewer must see before any key block: the problems that block the plan, what was
 * done outside the repository, who outside the account gains access, and the destructive
 * changes. Each is a GitHub alert; every untrusted string is escaped.
 */
export function renderPlanCalloutsMarkdown(plan: Plan, options: RenderPlanOptions): string[] {
  const out: string[] = [];
  if (plan.problems.length > 0) {
    out.push(
      '> [!CAUTION]',
      `> **${countNoun(plan.problems.length, 'problem')} ${plan.problems.length === 1 ? 'blocks' : 'block'} this plan: apply will refuse it.**`,
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

  if (options.omitAlarms !== true) out.push(...renderDriftAlarmsMarkdown(plan, options));

  const widening = plan.changes.filter((change) => change.widens !== undefined);
  if (widening.length > 0) {
    out.push(
      '> [!WARNING]',
      "> **Review: access widened** beyond the key's account (another account, an organisation, anyone or an AWS service):",
      '>',
    );
    for (const change of widening)
      for (const entry of change.widens ?? [])
        out.push(`> - ${inlineCode(change.address)}: ${escapeMarkdown(describeWidening(entry))}`);
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
  return out;
}
