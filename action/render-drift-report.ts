import type { ApplyResult } from '../adapters/aws/apply-plan.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import { describeChange } from '../core/render/describe-change.ts';
import { escapeMarkdown, inlineCode, linkDestination } from '../core/render/escape-markdown.ts';
import { renderDriftAlarmsMarkdown } from '../core/render/render-drift-alarms-markdown.ts';
import { renderPlanMarkdown } from '../core/render/render-plan-markdown.ts';

export interface DriftReportProps {
  manifest: string;
  /** The plan against the live keys when the run started: the drift found. */
  detected: Plan;
  /** Set when `on-drift: cancel-deletion` repaired something. */
  repair?: ApplyResult;
  /** The plan after the repairs: the drift left. */
  remaining?: Plan;
  runUrl: string;
  checkedAt: string;
  /** For the days left before a scheduled deletion. */
  now?: Date;
}

/** Body of the drift issue and the job summary of mode drift. */
export function renderDriftReport(props: DriftReportProps): string {
  const { detected, repair, remaining } = props;
  const out = [`### KMS drift in ${inlineCode(props.manifest)}`, ''];
  const options = { drift: true, ...(props.now === undefined ? {} : { now: props.now }) };
  // What was done outside the repository comes first, above everything else.
  out.push(...renderDriftAlarmsMarkdown(detected, options));
  if (detected.changes.length === 0 && detected.problems.length === 0) {
    out.push('✅ **No drift.** The live keys match the manifest.', '');
  } else {
    out.push(
      `The live keys differ from the manifest (checked ${escapeMarkdown(props.checkedAt)} in [this run](${linkDestination(props.runUrl)})). ` +
        'Someone changed them outside this repository, or a merged change was not applied. ' +
        'Apply the manifest to restore it, or change the manifest to accept the live state.',
      '',
    );
  }
  if (repair !== undefined) {
    if (repair.applied.length > 0) {
      out.push(
        '> [!IMPORTANT]',
        '> **Repaired automatically** (`on-drift: cancel-deletion`): the manifest says these keys are enabled.',
        '>',
        ...repair.applied.map(
          (change) =>
            `> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}`,
        ),
        '',
      );
    }
    if (repair.failed !== undefined) {
      out.push(
        '> [!CAUTION]',
        `> **Repair failed** at ${inlineCode(repair.failed.change.address)}: ${escapeMarkdown(repair.failed.error.message)}`,
        '',
      );
    }
  }
  if (detected.changes.length + detected.problems.length > 0) {
    out.push(
      '#### Drift found',
      '',
      renderPlanMarkdown(detected, { ...options, omitAlarms: true }),
      '',
    );
  }
  if (remaining !== undefined && repair !== undefined) {
    out.push(
      '#### Drift left after the repairs',
      '',
      remaining.changes.length + remaining.problems.length === 0
        ? 'None: the live keys match the manifest again.'
        : renderPlanMarkdown(remaining, options),
      '',
    );
  }
  return out.join('\n');
}
