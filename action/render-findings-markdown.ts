import type { Finding } from '../core/lint/types.ts';
import type { ManifestProblem } from '../core/manifest/types.ts';
import { escapeMarkdown, linkDestination, tableCode } from '../core/render/escape-markdown.ts';

const SEVERITY: Record<Finding['severity'], string> = {
  error: '🔴 error',
  warning: '🟠 warning',
  notice: '🔵 notice',
};

/** Lint findings as a Markdown table with links to the manifest lines; '' when none. */
export function renderFindingsMarkdown(
  findings: readonly Finding[],
  lineUrl: (line: number) => string,
): string {
  if (findings.length === 0) return '';
  const rows = findings.map(
    (finding) =>
      `| ${SEVERITY[finding.severity]} | ${tableCode(finding.rule)} | [line ${finding.line}](${linkDestination(lineUrl(finding.line))}) | ${escapeMarkdown(finding.message)}<br><sub>${escapeMarkdown(finding.help)}</sub> |`,
  );
  return [
    `#### Lint findings (${findings.length})`,
    '',
    '| Severity | Rule | Where | Finding |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Why the manifest is invalid, each problem linked to its line. */
export function renderProblemsMarkdown(
  problems: readonly ManifestProblem[],
  lineUrl: (line: number) => string,
): string {
  const rows = problems.map((problem) => {
    const hint = problem.hint === undefined ? '' : `<br><sub>${escapeMarkdown(problem.hint)}</sub>`;
    return `| [line ${problem.line}, column ${problem.column}](${linkDestination(lineUrl(problem.line))}) | ${escapeMarkdown(problem.message)}${hint} |`;
  });
  return ['| Where | Problem |', '| --- | --- |', ...rows, ''].join('\n');
}
