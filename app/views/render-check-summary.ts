import type { Finding } from '../../core/lint/types.ts';
import type { ManifestProblem } from '../../core/manifest/types.ts';
import { escapeMarkdown, inlineCode, tableCode } from '../../core/render/escape-markdown.ts';
import type { Conclusion } from '../decide-conclusion.ts';
import type { PlanOutcome } from '../types.ts';

export interface CheckSummaryProps {
  path: string;
  conclusion: Conclusion;
  readError: { message: string; help: string } | undefined;
  problems: readonly ManifestProblem[];
  findings: readonly Finding[];
  keyCount: number | undefined;
  notes: readonly string[];
  plan: PlanOutcome;
  /** Problems and findings listed in the summary; the rest are in the annotations only. */
  listLimit: number;
  /** Annotations posted, out of `annotationsTotal`. */
  annotationsPosted: number;
  annotationsTotal: number;
}

const ICON: Readonly<Record<Conclusion, string>> = {
  success: '✅',
  neutral: '⚠️',
  failure: '❌',
};

const SEVERITY: Readonly<Record<Finding['severity'], string>> = {
  error: '🔴 error',
  warning: '🟠 warning',
  notice: '🔵 notice',
};

/** The Markdown summary of a manifest's check run. Every manifest-derived string is escaped. */
export function renderCheckSummary(props: CheckSummaryProps): string {
  const out: string[] = [];
  const file = inlineCode(props.path);
  if (props.readError !== undefined) {
    out.push(
      `## ${ICON.failure} ${file} could not be checked`,
      '',
      escapeMarkdown(props.readError.message),
      '',
      `**Fix:** ${escapeMarkdown(props.readError.help)}`,
    );
    return out.join('\n');
  }

  if (props.problems.length > 0) {
    out.push(
      `## ${ICON.failure} ${file} is invalid`,
      '',
      `${plural(props.problems.length, 'problem')} must be fixed before it can be linted or planned:`,
      '',
      '| Line | Problem |',
      '| --- | --- |',
    );
    for (const problem of props.problems.slice(0, props.listLimit)) {
      const hint = problem.hint === undefined ? '' : `<br>Fix: ${escapeMarkdown(problem.hint)}`;
      out.push(`| ${problem.line}:${problem.column} | ${escapeMarkdown(problem.message)}${hint} |`);
    }
    more(out, props.problems.length - props.listLimit);
  } else {
    const counts = countBySeverity(props.findings);
    const keys = plural(props.keyCount ?? 0, 'key');
    out.push(
      props.findings.length === 0
        ? `## ${ICON[props.conclusion]} ${file}: ${keys}, no findings`
        : `## ${ICON[props.conclusion]} ${file}: ${keys}, ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`,
    );
    if (props.findings.length > 0) {
      out.push('', '| Line | Severity | Rule | Key | Finding |', '| --- | --- | --- | --- | --- |');
      for (const finding of props.findings.slice(0, props.listLimit)) {
        out.push(
          `| ${finding.line} | ${SEVERITY[finding.severity]} | ${tableCode(finding.rule)} | ${finding.key === undefined ? '' : tableCode(finding.key)} | ${escapeMarkdown(finding.message)}<br>Fix: ${escapeMarkdown(finding.help)} |`,
        );
      }
      more(out, props.findings.length - props.listLimit);
    }
  }

  if (props.annotationsPosted < props.annotationsTotal) {
    out.push(
      '',
      `Only the first ${props.annotationsPosted} of ${props.annotationsTotal} annotations are shown on the file; run ${inlineCode(`kms-action validate -f ${props.path}`)} for all of them.`,
    );
  }
  for (const note of props.notes) out.push('', `> [!NOTE]`, `> ${escapeMarkdown(note)}`);
  out.push('', planLine(props.plan));
  return out.join('\n');
}

function planLine(plan: PlanOutcome): string {
  switch (plan.kind) {
    case 'not-configured':
      return "**Plan:** this app validates and lints; the plan against the live keys is posted by the kms-action GitHub Action in this repository's workflow.";
    case 'skipped':
      return `**Plan:** not made: ${escapeMarkdown(plan.reason)}.`;
    case 'failed':
      return `**Plan:** ⚠️ could not be made: ${escapeMarkdown(plan.message)}`;
    case 'planned':
      return plan.plan.changes.length === 0 && plan.plan.problems.length === 0
        ? '**Plan:** no changes: the live keys match the manifest.'
        : `**Plan:** ${plural(plan.plan.changes.length, 'change')}${plan.plan.problems.length > 0 ? `, ${plural(plan.plan.problems.length, 'problem')} blocking apply` : ''}: see the details below.`;
  }
}

function countBySeverity(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function more(out: string[], rest: number): void {
  if (rest > 0) out.push('', `…and ${rest} more in the annotations.`);
}

function plural(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
