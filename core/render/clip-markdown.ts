/**
 * Cuts Markdown so that it measures at most `max` and still renders: at a line boundary, or
 * inside a long line at a space outside any code span, HTML comment or tag; never inside a
 * code fence's content without closing it, an HTML comment, or a character (a surrogate pair
 * stays whole). Open code fences, HTML comments and `<details>` blocks (a tag at the start of
 * its line, as the renderers write it) are closed, then `notice` (where the full text is)
 * ends the text, outside any block. Text that fits is returned unchanged. Linear in the
 * input's length.
 */
export interface ClipOptions {
  max: number;
  /** Markdown that ends the cut text, e.g. a link to the full report. */
  notice: string;
  /** `utf16`: JavaScript string length (at least GitHub's character count); `utf8`: bytes. */
  unit?: 'utf16' | 'utf8';
}

interface BlockState {
  fence: string | undefined;
  comment: boolean;
  details: number;
}

export function clipMarkdown(markdown: string, options: ClipOptions): string {
  const measure = options.unit === 'utf8' ? utf8Length : utf16Length;
  if (measure(markdown) <= options.max) return markdown;
  const ending = `\n\n${options.notice}`;
  const room = options.max - measure(ending);
  if (room < 0) throw new Error(`the notice alone exceeds the limit of ${String(options.max)}`);
  const kept: string[] = [];
  let used = 0;
  let state: BlockState = { fence: undefined, comment: false, details: 0 };
  const closingSize = (at: BlockState) => {
    const close = closers(at);
    return close === '' ? 0 : measure(close) + 1;
  };
  for (const line of markdown.split('\n')) {
    const next = advance(state, line);
    const size = measure(line) + (kept.length === 0 ? 0 : 1);
    if (used + size + closingSize(next) <= room) {
      kept.push(line);
      used += size;
      state = next;
      continue;
    }
    if (state.fence === undefined && !state.comment) {
      const budget = room - used - (kept.length === 0 ? 0 : 1) - closingSize(state);
      const part = cutLine(line, budget, options.unit === 'utf8');
      // A cut line that opens a block it cannot close is left out.
      const after = advance(state, part);
      if (
        part !== '' &&
        after.details === state.details &&
        !after.comment &&
        after.fence === undefined
      )
        kept.push(`${part} …`);
    }
    break;
  }
  const close = closers(state);
  return `${kept.join('\n')}${close === '' ? '' : `\n${close}`}${ending}`;
}

/**
 * A `<details>` block tag as the renderers write it: at the start of its line (up to three
 * spaces, where GitHub starts an HTML block), followed by a space, `>`, `/>` or the line's
 * end. Only these count: untrusted text never starts a line with `<` (`escapeMarkdown` and
 * `escapeHtml` write `&lt;`, a code span starts with a backtick), while a code span may hold
 * `</details>` further on in a line, which GitHub shows as text and which must not be taken
 * for the end of a block (the notice would be left inside a collapsed block).
 */
const DETAILS_OPEN = /^ {0,3}<details(?=[\s>]|\/>|$)/i;
const DETAILS_CLOSE = /^ {0,3}<\/details(?=[\s>]|$)/i;

/** The block state after `line`: open code fence, open HTML comment, open `<details>`. */
function advance(state: BlockState, line: string): BlockState {
  const run = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
  if (state.fence !== undefined) {
    const closes =
      run !== undefined &&
      run[0] === state.fence[0] &&
      run.length >= state.fence.length &&
      line.trim() === run;
    return closes ? { ...state, fence: undefined } : state;
  }
  if (!state.comment && run !== undefined) return { ...state, fence: run };
  let comment = state.comment;
  let details = state.details;
  if (!comment) {
    if (DETAILS_OPEN.test(line)) details++;
    else if (DETAILS_CLOSE.test(line)) details = Math.max(0, details - 1);
  }
  let index = 0;
  while (index < line.length) {
    if (comment) {
      const end = line.indexOf('-->', index);
      if (end < 0) break;
      comment = false;
      index = end + 3;
      continue;
    }
    const start = line.indexOf('<!--', index);
    if (start < 0) break;
    comment = true;
    index = start + 4;
  }
  return { fence: undefined, comment, details };
}

function closers(state: BlockState): string {
  const parts: string[] = [];
  if (state.fence !== undefined) parts.push(state.fence);
  if (state.comment) parts.push('-->');
  for (let open = 0; open < state.details; open++) parts.push('</details>');
  return parts.join('\n');
}

/**
 * The longest prefix of `line` that ends before a space outside code spans, HTML comments
 * and tags, and measures at most `budget` minus the ` …` that marks the cut; '' when none.
 */
function cutLine(line: string, budget: number, bytes: boolean): string {
  const limit = budget - 4;
  let size = 0;
  let span = 0;
  let inComment = false;
  let inTag = false;
  let best = 0;
  let index = 0;
  while (index < line.length && size <= limit) {
    const code = line.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (span === 0 && !inComment && !inTag && (code === 0x20 || code === 0x09)) best = index;
    if (code === 0x60) {
      let end = index;
      while (line.charCodeAt(end) === 0x60) end++;
      if (!inComment && !inTag) {
        if (span === 0) span = end - index;
        else if (span === end - index) span = 0;
      }
      size += end - index;
      index = end;
      continue;
    }
    size += bytes ? utf8Width(code) : width;
    if (span === 0) {
      if (inComment) {
        if (line.startsWith('-->', index)) inComment = false;
      } else if (inTag) {
        if (code === 0x3e) inTag = false;
      } else if (line.startsWith('<!--', index)) {
        inComment = true;
      } else if (code === 0x3c && /[A-Za-z/]/.test(line[index + 1] ?? '')) {
        inTag = true;
      }
    }
    index += width;
  }
  return line.slice(0, best).trimEnd();
}

function utf16Length(text: string): number {
  return text.length;
}

function utf8Length(text: string): number {
  let size = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        size += 4;
        index++;
        continue;
      }
    }
    size += utf8Width(code);
  }
  return size;
}

function utf8Width(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
