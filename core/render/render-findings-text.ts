import type { Finding, Severity } from '../lint/types.ts';
import { revealInvisible } from './escape-markdown.ts';

export interface RenderFindingsTextOptions {
  /** ANSI colours (the CLI turns them on for a terminal only). */
  color?: boolean;
}

const COLORS: Readonly<Record<Severity, string>> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  notice: '\u001b[36m',
};
const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/**
 * Findings for a terminal, grouped by key in order of appearance: each as
 * `file:line:column  severity  message  rule` with its help underneath, then a count.
 * Terminal and CI log text: the heading, file, message and help quote the manifest or policy
 * (a Sid, a principal), so every invisible or line-breaking character in them is shown as
 * `[U+XXXX]` (`revealInvisible`) before our own colours are added.
 */
export function renderFindingsText(
  findings: readonly Finding[],
  options: RenderFindingsTextOptions = {},
): string {
  const paint = (code: string, text: string): string =>
    options.color === true ? `${code}${text}${RESET}` : text;
  if (findings.length === 0) return 'No lint findings.\n';

  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = finding.key === undefined ? '' : finding.key;
    // Pushed, not copied: a copy per finding made thousands of findings of one group quadratic.
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [finding]);
    else members.push(finding);
  }
  const blocks = [...groups.entries()].map(([key, group]) => {
    const heading = revealInvisible(key === '' ? (group[0]?.file ?? '') : `key ${key}`);
    const lines = group.map((finding) => {
      const where = revealInvisible(`${finding.file}:${finding.line}:${finding.column}`);
      const severity = paint(COLORS[finding.severity], finding.severity.padEnd(7));
      return `  ${where}  ${severity}  ${revealInvisible(finding.message)}  ${paint(DIM, revealInvisible(finding.rule))}\n      ${paint(DIM, `help: ${revealInvisible(finding.help)}`)}`;
    });
    return `${paint(BOLD, heading)}\n${lines.join('\n')}`;
  });
  return `${blocks.join('\n\n')}\n\n${summarizeFindings(findings)}\n`;
}

/** `3 findings: 1 error, 1 warning, 1 notice.` */
export function summarizeFindings(findings: readonly Finding[]): string {
  const count = (severity: Severity): number =>
    findings.filter((finding) => finding.severity === severity).length;
  const parts = (['error', 'warning', 'notice'] as const)
    .map((severity) => [severity, count(severity)] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}${n === 1 ? '' : 's'}`);
  const total = findings.length;
  return `${total} finding${total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
