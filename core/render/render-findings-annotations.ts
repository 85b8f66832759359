import type { Finding, Severity } from '../lint/types.ts';
import { plainText } from './escape-markdown.ts';

const COMMANDS: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  notice: 'notice',
};

/**
 * Findings as GitHub Actions workflow commands, one line each:
 * `::error file=kms.yaml,line=6,col=17,title=kms-action deletion-window::message`, with the
 * help after a (escaped) line break. Escaping follows the Actions toolkit; invisible characters
 * in the text are shown (`plainText`).
 */
export function renderFindingsAnnotations(findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(plainText(`kms-action ${finding.rule}${finding.key === undefined ? '' : ` (key ${finding.key})`}`))}`,
      ].join(',');
      const message = plainText(`${finding.message}\nhelp: ${finding.help}`);
      return `::${COMMANDS[finding.severity]} ${properties}::${escapeData(message)}\n`;
    })
    .join('');
}

/** Message part of a workflow command: `%`, CR and LF (as @actions/core `escapeData`). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values: also `:` and `,`, which delimit properties (as @actions/core `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
