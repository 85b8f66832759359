import type { ApplyResult } from '../adapters/aws/apply-plan.ts';
import { isAwsGrantRevoke } from '../core/plan/is-aws-grant-revoke.ts';
import type { Change, Plan } from '../core/plan/plan-types.ts';
import type { HeldBackChange } from '../core/plan/select-reviewed-changes.ts';
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
  /** Changes not made because no reviewer saw them (or the rest of their plan). */
  unreviewed?: readonly HeldBackChange[];
  /** Drift repairs made without review (they restore the manifest's state). */
  repairs?: readonly Change[];
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
    } else if (
      result.applied.length === 0 &&
      result.heldBack.length === 0 &&
      (props.unreviewed ?? []).length === 0
    ) {
      out.push('✅ **Nothing to apply.** The live keys match the manifest.', '');
    } else {
      out.push(
        `✅ **Applied ${result.applied.length} change${result.applied.length === 1 ? '' : 's'}.**`,
        '',
      );
    }
  }
  if (props.review !== undefined) out.push(`Review check: ${escapeMarkdown(props.review)}`, '');
  const unreviewed = props.unreviewed ?? [];
  if (unreviewed.length > 0) {
    out.push(
      '> [!CAUTION]',
      `> **Held back: not reviewed** (${unreviewed.length === 1 ? 'this change was' : `these ${String(unreviewed.length)} changes were`} not made; open a pull request so its plan shows ${unreviewed.length === 1 ? 'it' : 'them'}, and merge it after review):`,
      '>',
      ...unreviewed.map(
        ({ change, reason }) =>
          `> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))} (${escapeMarkdown(reason)})`,
      ),
      '',
    );
  }
  if (result !== undefined) {
    const repairs = new Set(props.repairs ?? []);
    list(
      out,
      'Drift repairs (made without review: they restore the state the manifest declares after an out-of-band change)',
      result.applied.filter((change) => repairs.has(change)),
    );
    list(
      out,
      'Applied',
      result.applied.filter((change) => !repairs.has(change)),
    );
    if (result.heldBack.length > 0) {
      out.push(
        '> [!WARNING]',
        '> **Held back** (destructive; applied only with `allow-destructive: true`, and a grant to a grantee AWS operates never by the Action, only when named with the CLI: `kms-action apply --allow-destructive --revoke-grant <id>`):',
        '>',
        // Bounded: grants AWS services make can be thousands, and the failure sections follow.
        ...result.heldBack
          .slice(0, MAX_HELD_BACK_LISTED)
          .map(
            ({ change, reason }) =>
              `> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}${isAwsGrantRevoke(change) ? ` (${escapeMarkdown(reason)})` : ''}`,
          ),
        ...(result.heldBack.length > MAX_HELD_BACK_LISTED
          ? [`> - and ${String(result.heldBack.length - MAX_HELD_BACK_LISTED)} more (see the log)`]
          : []),
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

/** Held-back changes listed one by one in the report; the log names every one. */
const MAX_HELD_BACK_LISTED = 50;

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
