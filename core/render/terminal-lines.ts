import { revealInvisible } from './escape-markdown.ts';

/**
 * Lines as terminal and CI log text, each ended by LF. Manifest, policy and AWS text may carry
 * ANSI escapes (an OSC 8 hyperlink, a screen clear), bidi overrides, bare CRs or line breaks
 * that would rewrite what a reader sees or start a line of their own (`::stop-commands::`,
 * `::add-mask::`, a forged `::error` in a GitHub Actions log), so every invisible or
 * line-breaking character inside a line is shown as `[U+XXXX]`. Each element is one line: a
 * block of several lines (a policy diff) is passed as several elements.
 */
export function terminalLines(lines: readonly string[]): string {
  return lines.map((line) => `${revealInvisible(line)}\n`).join('');
}
