import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  linkDestination,
  plainText,
  revealInvisible,
  tableCode,
} from '../../../core/render/escape-markdown.ts';
import { renderGitHubMarkdown } from '../../security/render-github-markdown.ts';

const ZWSP = '\u200b';

describe('revealInvisible', () => {
  it.each([
    ['a\rb', 'a[U+000D]b'],
    ['a\r\nb', 'a[U+000D][U+000A]b'],
    [
      'a\u2028b\u2029c\u0085d\u000be\u000cf\tg',
      'a[U+2028]b[U+2029]c[U+0085]d[U+000B]e[U+000C]f[U+0009]g',
    ],
    ['x\u202ey\u2066z\u2069', 'x[U+202E]y[U+2066]z[U+2069]'],
    [
      'a\u200b\u200c\u200d\ufeff\u2060\u00adb',
      'a[U+200B][U+200C][U+200D][U+FEFF][U+2060][U+00AD]b',
    ],
    ['\u{e0041}\u{e007f}', '[U+E0041][U+E007F]'],
    ['\ufe00\u{e0100}', '[U+FE00][U+E0100]'],
    ['\u3164\u115f', '[U+3164][U+115F]'],
    ['\ud800', '[U+D800]'],
    ['✏️ ❤︎', '✏️ ❤︎'],
    ['plain ASCII, Ünïcödé, 鍵', 'plain ASCII, Ünïcödé, 鍵'],
  ])('%j -> %j', (text, shown) => {
    expect(revealInvisible(text)).toBe(shown);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    [
      '*a* _b_ `c` [d](e) ~f~ $g$ h|i',
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\~f\\~ \\$g\\$ h\\|i',
    ],
    ['<img src=x> &amp;', '&lt;img src\\=x&gt; &amp;amp;'],
    ['@org/team #1 GH-2', `@${ZWSP}org/team #${ZWSP}1 GH${ZWSP}\\-2`],
    ['https://evil.example', `https:${ZWSP}//evil\\.example`],
    ['    indented  ', '&#32;&#32;&#32;&#32;indented&#32;&#32;'],
    ['a\nb', 'a\\[U\\+000A\\]b'],
  ])('%j -> %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('code', () => {
  it.each([
    ['abc', '`abc`'],
    ['a`b', '``a`b``'],
    ['`a``', '``` `a`` ```'],
    [' a ', '`  a  `'],
    ['', ''],
    ['<!-- m -->', `\`<${ZWSP}!-- m -->\``],
  ])('inlineCode(%j) -> %j', (text, code) => {
    expect(inlineCode(text)).toBe(code);
  });

  it.each([
    ['a|b', '`a\\|b`', 'a|b'],
    ['a\\|b', '`a[U+005C]\\|b`', 'a[U+005C]|b'],
    ['a\\\\|b', '`a\\[U+005C]\\|b`', 'a\\[U+005C]|b'],
    ['a\\b|', '`a\\b\\|`', 'a\\b|'],
  ])('tableCode(%j) -> %j, shown as %j in one cell', (text, code, shown) => {
    expect(tableCode(text)).toBe(code);
    const rendered = renderGitHubMarkdown(`| x | y |\n| --- | --- |\n| ${code} | z |\n`);
    expect(rendered.tables).toEqual([
      [
        ['x', 'y'],
        [shown, 'z'],
      ],
    ]);
  });

  it('codeBlock: a fence longer than any backtick run inside, lines kept, CR shown', () => {
    expect(codeBlock('a\r\nb\rc ```` d', 'diff')).toBe('`````diff\na\nb[U+000D]c ```` d\n`````');
    expect(codeBlock('x')).toBe('```\nx\n```');
  });
});

describe('other contexts', () => {
  it('escapeHtml: entities, no backslashes, references broken', () => {
    expect(escapeHtml(`a-b <i>"'& @x`)).toBe(`a-b &lt;i&gt;&quot;&#39;&amp; @${ZWSP}x`);
  });

  it('linkDestination: nothing that ends a link, a cell or a line', () => {
    expect(linkDestination('https://github.com/o/r/blob/s/a (1)|b\n<c>.yaml#L3')).toBe(
      'https://github.com/o/r/blob/s/a%20%281%29%7Cb%0A%3Cc%3E.yaml#L3',
    );
  });

  it('plainText: lines kept, CRLF as LF, other invisibles shown', () => {
    expect(plainText('a\r\nb\rc\u202ed\te')).toBe('a\nb[U+000D]c[U+202E]d[U+0009]e');
  });
});
