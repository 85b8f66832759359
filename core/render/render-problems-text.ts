import type { ManifestProblem } from '../manifest/types.ts';

/**
 * Problems as a compiler would print them: `file:line:column: message`, the offending
 * source line with a caret under the column, and the fix hint.
 */
export function renderProblemsText(
  problems: readonly ManifestProblem[],
  sourceText?: string,
): string {
  const lines = sourceText?.split(/\r?\n/);
  const blocks = problems.map((problem) => {
    const hint = problem.hint === undefined ? '' : `\n  hint: ${problem.hint}`;
    const source = lines?.[problem.line - 1];
    const frame =
      source === undefined || source.trim() === ''
        ? ''
        : `\n  ${String(problem.line).padStart(4)} | ${truncate(source)}\n       | ${' '.repeat(Math.max(0, Math.min(problem.column - 1, 120)))}^`;
    return `${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}${frame}${hint}`;
  });
  const count = problems.length;
  return `${blocks.join('\n\n')}\n\n${count} problem${count === 1 ? '' : 's'} found.\n`;
}

function truncate(line: string): string {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
