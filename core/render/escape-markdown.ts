/**
 * The one escaping path for untrusted text (manifest strings, policies, AWS and GitHub
 * messages) on its way to GitHub, one function per context it lands in:
 *
 * - `escapeMarkdown`: inline Markdown text (paragraphs, list items, headings, table cells);
 * - `inlineCode` / `tableCode`: a code span outside / inside a table cell;
 * - `codeBlock`: a fenced code block (multi-line, e.g. the key policy diff);
 * - `escapeHtml`: text inside our own raw HTML (`<summary>`), where Markdown is not parsed;
 * - `linkDestination`: a URL in `[text](url)`;
 * - `plainText`: surfaces GitHub shows as plain text (check-run titles, annotations).
 *
 * In every text context, invisible and line-breaking characters are shown as `[U+XXXX]`:
 * control characters (CR, LF, NEL, VT, FF, tab...), U+2028/U+2029, format characters (bidi
 * overrides and isolates, zero-width characters, soft hyphen, BOM, Unicode tag characters
 * U+E0000-E007F), lone surrogates and the other default-ignorable code points (variation
 * selectors, Hangul fillers), so text cannot reorder what a reviewer reads, hide content,
 * or start a new line (a bare CR ends a table row in GFM). The emoji presentation
 * selectors U+FE0E/U+FE0F are kept: they only choose how the emoji before them is drawn.
 * `plainText` and `codeBlock` keep LF (CRLF becomes LF), as their surfaces are multi-line.
 */

const INVISIBLE =
  /(?!\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
/** Every invisible or line-breaking character but LF (global: for `replace` only). */
export const INVISIBLE_BUT_LF =
  /(?!\n|\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const ANY_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/** Whether `text` holds an invisible or line-breaking character (`revealInvisible` shows it). */
export function hasInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}

/** Zero-width space: ours, inserted to break what GitHub would turn into a mention or link. */
const BREAK = '\u200b';

/**
 * Inline Markdown text: no formatting, HTML, links or autolinks (`https://`, `www.`, e-mail
 * addresses), mentions (`@org/team`), issue references (`#1`, `GH-1`), math (`$`), no cell
 * break in a table (`\|`), and no indented code block or hard line break from spaces at
 * either end (written `&#32;`). Safe anywhere inline, table cells included.
 */
export function escapeMarkdown(text: string): string {
  const escaped = breakReferences(revealInvisible(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()+\-.!|~$=^]/g, (character) => `\\${character}`);
  return encodeEdgeSpaces(escaped);
}

/**
 * A code span outside a table: the backtick fence is longer than any run inside, so the
 * content cannot close it. Use `tableCode` in a table cell.
 */
export function inlineCode(text: string): string {
  return codeSpan(breakComments(revealInvisible(text)));
}

/**
 * A code span inside a GFM table cell. GFM splits the row on every `|` before it sees code
 * spans, and removes the `\` of `\|` inside them, so each `|` is written `\|` and shows as
 * `|`. A `\` just before a `|` would pair with that `\` and free the `|`: it is shown as
 * `[U+005C]` instead.
 */
export function tableCode(text: string): string {
  return codeSpan(
    breakComments(revealInvisible(text))
      .replace(/\\(?=\|)/g, '[U+005C]')
      .replace(/\|/g, '\\|'),
  );
}

/**
 * A fenced code block: the fence is longer than any backtick run inside, so the content
 * cannot close it; lines stay (CRLF becomes LF), every other invisible character is shown.
 */
export function codeBlock(text: string, language = ''): string {
  const clean = breakComments(text.replace(/\r\n/g, '\n').replace(INVISIBLE_BUT_LF, codePoint));
  const fence = '`'.repeat(Math.max(2, longestBacktickRun(clean)) + 1);
  return `${fence}${language}\n${clean}\n${fence}`;
}

/**
 * Text inside raw HTML we write (e.g. `<summary>`): entities only, as GitHub does not parse
 * Markdown there (a backslash escape would show), plus the mention and reference breaks.
 */
export function escapeHtml(text: string): string {
  return breakReferences(revealInvisible(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A URL for `[text](url)`: everything but unreserved and a few reserved ASCII characters is
 * percent-encoded, so `)`, spaces, `<`, `|` or a line break cannot end the link, the table
 * cell or the line.
 */
export function linkDestination(url: string): string {
  return url.replace(/[^\w\-.~:/?#@!$&*+,;=%]/gu, (character) =>
    [...new TextEncoder().encode(character)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

/** Text GitHub shows as plain text: lines stay (CRLF becomes LF), other invisibles shown. */
export function plainText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(INVISIBLE_BUT_LF, codePoint);
}

/** Every invisible or line-breaking character as `[U+XXXX]`. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, codePoint);
}

function codePoint(character: string): string {
  const hex = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `[U+${hex}]`;
}

/**
 * GitHub links `@name`, `#1` and `GH-1` in rendered text (outside code), and GFM links
 * `scheme://` and e-mail addresses: a zero-width space after `@`, `#`, `GH` and `:` breaks
 * each of them without changing what a reader sees.
 */
function breakReferences(text: string): string {
  return text
    .replace(/[@#]/g, `$&${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/GH(?=-\d)/gi, `$&${BREAK}`);
}

/** Spaces at either end as `&#32;` (a loop, not a regex: ` +$` backtracks on long runs). */
function encodeEdgeSpaces(text: string): string {
  let start = 0;
  while (text[start] === ' ') start += 1;
  let end = text.length;
  while (end > start && text[end - 1] === ' ') end -= 1;
  return `${'&#32;'.repeat(start)}${text.slice(start, end)}${'&#32;'.repeat(text.length - end)}`;
}

/**
 * Code cannot hold entities, so `<!` (an HTML comment such as our hidden markers, CDATA, a
 * doctype) gets a zero-width space after `<`: it shows the same, and the comment or issue
 * body never contains `<!--` from manifest text for a marker search to find.
 */
function breakComments(text: string): string {
  return text.replace(/<!/g, `<${BREAK}!`);
}

function codeSpan(content: string): string {
  if (content === '') return '';
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  // CommonMark strips one space from each end when both ends have one; a backtick at an
  // end would merge with the fence.
  const pad =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const character of text) {
    run = character === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
