/**
 * Attack: manifest text quoted in a problem (a name in the message, the file name, the source
 * line framed under it) carrying terminal control sequences (an OSC 8 hyperlink, a screen clear,
 * a bare CR that overwrites the line) or a line break that starts a workflow command of the CI
 * log (`::add-mask::`, a forged `::error`). `validate` prints problems as they were written; the
 * renderer now shows every invisible or line-breaking character as [U+XXXX], and keeps the caret
 * under the column of the source line.
 */
import { describe, expect, it } from 'vitest';
import type { ManifestProblem } from '../../../core/manifest/types.ts';
import { renderProblemsText } from '../../../core/render/render-problems-text.ts';

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/;

const problem = (overrides: Partial<ManifestProblem>): ManifestProblem => ({
  file: 'kms.yaml',
  line: 1,
  column: 1,
  path: '/principals',
  message: 'bad',
  ...overrides,
});

/** The framed source line and the caret line of a one-problem text. */
function frame(text: string): { source: string; caret: string } {
  const lines = text.split('\n');
  return { source: lines[1] ?? '', caret: lines[2] ?? '' };
}

describe('renderProblemsText', () => {
  it('prints a problem as a compiler does: place, message, source line, caret, hint', () => {
    const text = renderProblemsText(
      [
        problem({
          line: 2,
          column: 3,
          message: 'unknown field `kyes`',
          hint: 'did you mean `keys`?',
        }),
      ],
      'version: 1\n  kyes: {}\n',
    );
    expect(text).toBe(
      [
        'kms.yaml:2:3: error: unknown field `kyes`',
        '     2 |   kyes: {}',
        '       |   ^',
        '  hint: did you mean `keys`?',
        '',
        '1 problem found.',
        '',
      ].join('\n'),
    );
  });

  it('shows control characters of the framed source line and of the message', () => {
    const text = renderProblemsText(
      [problem({ message: 'the manifest contains the control character U+001B `\u001b[2Jx`' })],
      'a: "\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001b[2J\r  fine"\n',
    );
    expect(text).not.toMatch(TERMINAL_CONTROL);
    expect(text).toContain('a: "[U+001B]]8;;https://evil.example/[U+0007]click');
    expect(text).toContain('[U+000D]  fine"');
  });

  it('keeps line breaks of the message, the hint and the file name inside their line', () => {
    const forged = 'x\n::add-mask::\n  ::error file=kms.yaml,line=1::forged\u2028\u202e';
    const text = renderProblemsText([
      problem({ file: `kms${forged}.yaml`, message: `name ${forged}`, hint: `rename ${forged}` }),
    ]);
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).not.toMatch(TERMINAL_CONTROL);
    expect(text).toContain('name x[U+000A]::add-mask::[U+000A]  ::error');
    expect(text.split('\n')).toHaveLength(5);
  });

  it('keeps the caret under the column after tabs and revealed characters', () => {
    const { source, caret } = frame(
      renderProblemsText([problem({ column: 7 })], 'a:\t"\u202e\tb": c\n'),
    );
    // `a:`, a tab to the next stop, `"`, U+202E shown as 8 characters, a tab, `b` (column 7).
    expect(source).toBe('     1 | a:  "[U+202E]   b": c');
    expect(caret.indexOf('^') - caret.indexOf('|')).toBe(
      source.indexOf('b"') - source.indexOf('|'),
    );
  });
});
