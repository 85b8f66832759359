import { revealInvisible } from './escape-markdown.ts';

/** Labels longer than this are cut in the middle, so a hostile name cannot blow up the text. */
export const MERMAID_LABEL_LIMIT = 80;

const SAFE = /^[A-Za-z0-9 ._:/@+=,-]$/;

/**
 * Untrusted text as a quoted Mermaid flowchart label (`"..."`, node or edge). Invisible and
 * line-breaking characters are first shown as `[U+XXXX]` (no bidi reordering or hidden text in
 * the drawing), then every character outside a small safe set is written as a Mermaid entity
 * code (`#34;`), so no label can end its quotes, start a comment (`%%`), a markdown string or
 * the end of the ```mermaid fence (backticks), an edge (`-->` needs `>`), an edge label (`|`)
 * or HTML (`<br>`). Longer than `limit` code points: cut in the middle with an ellipsis.
 */
export function escapeMermaidLabel(text: string, limit = MERMAID_LABEL_LIMIT): string {
  // Code points, not graphemes: each becomes one entity code.
  const chars = Array.from(revealInvisible(text));
  const half = Math.floor(limit / 2) - 1;
  const cut = chars.length > limit ? [...chars.slice(0, half), '…', ...chars.slice(-half)] : chars;
  const escaped = cut
    .map((char) => (SAFE.test(char) ? char : `#${String(char.codePointAt(0) ?? 63)};`))
    .join('');
  return `"${escaped}"`;
}
