/** A quoted `"<<"` is read as a field name, not as a YAML merge key. */
export const MERGE_KEY_HINT =
  'YAML merge keys (`<<:`) are written unquoted: a quoted `"<<"` is a field name, and keys have no such field';

/**
 * A hint for a value that misses its format by a known slip, e.g. an alias written without
 * its `alias/` prefix (`test` -> "did you mean `alias/test`?"). `undefined` when none fits.
 */
export function hintNearMiss(
  path: readonly (string | number)[],
  value: unknown,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Array indexes come as numbers or digit strings: the field is the last other segment.
  const field = path.findLast((segment) => !/^\d+$/.test(String(segment)));
  if (field === 'aliases' && !value.startsWith('alias/') && value.length <= 250) {
    const bare = value.replace(/^alias:/i, '').replace(/^\/+/, '');
    return `did you mean \`alias/${bare}\`?`;
  }
  return undefined;
}
