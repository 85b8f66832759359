import type { ManifestProblem } from '../manifest/types.ts';
import { revealInvisible } from './escape-markdown.ts';
import { terminalLines } from './terminal-lines.ts';

/** Spaces a tab of the framed source line stands for (to the next multiple of this). */
const TAB_STOP = 4;

/**
 * Problems as a compiler would print them: `file:line:column: message`, the offending
 * source line with a caret under the column, and the fix hint. Terminal and CI log text:
 * the file name, the message, the hint and the source line quote the manifest, so each goes
 * through `terminalLines` (an escape sequence, a line break or a bidi control is shown as
 * `[U+XXXX]`); the source line's tabs are expanded first, and the caret counts what the
 * reader sees before the column.
 */
export function renderProblemsText(
  problems: readonly ManifestProblem[],
  sourceText?: string,
): string {
  const sourceLines = sourceText?.split(/\r?\n/);
  const lines: string[] = [];
  problems.forEach((problem, index) => {
    if (index > 0) lines.push('');
    lines.push(`${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}`);
    const source = sourceLines?.[problem.line - 1];
    if (source !== undefined && source.trim() !== '') {
      const shown = asFramed(source);
      const caret = asFramed(source.slice(0, Math.max(0, problem.column - 1))).length;
      lines.push(
        `  ${String(problem.line).padStart(4)} | ${truncate(shown)}`,
        `       | ${' '.repeat(Math.min(caret, 120))}^`,
      );
    }
    if (problem.hint !== undefined) lines.push(`  hint: ${problem.hint}`);
  });
  const count = problems.length;
  lines.push('', `${count} problem${count === 1 ? '' : 's'} found.`);
  return terminalLines(lines);
}

/** The source line as shown: invisible characters as `[U+XXXX]`, then tabs expanded. */
function asFramed(line: string): string {
  return line
    .split('\t')
    .map((piece) => revealInvisible(piece))
    .reduce(
      (shown, piece) => `${shown}${' '.repeat(TAB_STOP - (shown.length % TAB_STOP))}${piece}`,
    );
}

function truncate(line: string): string {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
