/** The values a template entry gives its placeholders. */
export interface EachValues {
  key: string;
  value: string;
}

const OPENING = '${each.';

/** True when `text` holds something that looks like a template placeholder. */
export function hasPlaceholder(text: string): boolean {
  return text.includes(OPENING);
}

/**
 * `text` with `${each.key}` and `${each.value}` replaced, in one left-to-right pass: a
 * replacement is never read again, so an entry's value that itself holds `${each.key}` stays
 * as written (no recursive expansion). An unknown or unclosed placeholder is an error, with
 * the placeholder as written.
 */
export function substituteEach(
  text: string,
  each: EachValues,
): { ok: true; text: string } | { ok: false; placeholder: string } {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(OPENING, from);
    if (start < 0) break;
    const end = text.indexOf('}', start + OPENING.length);
    const name = end < 0 ? undefined : text.slice(start + OPENING.length, end);
    if (name !== 'key' && name !== 'value') {
      const shown = text.slice(start, end < 0 ? start + 24 : Math.min(end + 1, start + 40));
      return { ok: false, placeholder: shown };
    }
    out += text.slice(from, start) + each[name];
    from = end + 1;
  }
  return { ok: true, text: out + text.slice(from) };
}
