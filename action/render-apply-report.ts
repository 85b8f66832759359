import type { ApplyResult } from '../adapters/aws/apply-plan.ts';
import type { Change, Plan } from '../core/plan/plan-types.ts';
import { describeChange } from '../core/render/describe-change.ts';
import { escapeMarkdown, inlineCode } from '../core/render/escape-markdown.ts';
import { renderPlanMarkdown } from '../core/render/render-plan-markdown.ts';

export interface ApplyReportProps {
  manifest: string;
  commit: string;
  plan: Plan | undefined;
  /** Set when the apply ran. */
  result?: ApplyResult;
  /** Why nothing was applied. */
  refusal?: string;
  /** What the check of the reviewed plan found, one line. */
  review?: string;
}

/** The apply report: job summary and the comment on the merged pull request. */
export function renderApplyReport(props: ApplyReportProps): string {
  const out = [
    `### kms-action apply for ${inlineCode(props.manifest)} at ${inlineCode(props.commit.slice(0, 12))}`,
    '',
  ];
  const { result, plan } = props;
  if (props.refusal !== undefined) {
    out.push('> [!CAUTION]', `> **Nothing was applied.** ${escapeMarkdown(props.refusal)}`, '');
  } else if (result !== undefined) {
    if (result.failed !== undefined) {
      out.push(
        '> [!CAUTION]',
        `> **Apply failed** at ${inlineCode(result.failed.change.address)}: ${escapeMarkdown(result.failed.error.message)}`,
        '> Fix the cause and re-run: apply plans afresh and continues from the live state.',
        '',
      );
    } else if (result.applied.length === 0 && result.heldBack.length === 0) {
      out.push('✅ **Nothing to apply.** The live keys match the manifest.', '');
    } else {
      out.push(
        `✅ **Applied ${result.applied.length} change${result.applied.length === 1 ? '' : 's'}.**`,
        '',
      );
    }
  }
  if (props.review !== undefined) out.push(`Review check: ${escapeMarkdown(props.review)}`, '');
  if (result !== undefined) {
    list(out, 'Applied', result.applied);
    if (result.heldBack.length > 0) {
      out.push(
        '> [!WARNING]',
        '> **Held back** (destructive; applied only with `allow-destructive: true`):',
        '>',
        ...result.heldBack.map(
          ({ change }) =>
            `> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}`,
        ),
        '',
      );
    }
    if (result.failed !== undefined) list(out, 'Not attempted', result.failed.notAttempted);
  }
  if (plan !== undefined && plan.changes.length + plan.problems.length > 0) {
    out.push(
      '<details>',
      '<summary>The plan</summary>',
      '',
      renderPlanMarkdown(plan),
      '</details>',
      '',
    );
  }
  return out.join('\n');
}

function list(out: string[], title: string, changes: readonly Change[]): void {
  if (changes.length === 0) return;
  out.push(
    `**${title}**`,
    '',
    ...changes.map(
      (change) => `- ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}`,
    ),
    '',
  );
}
