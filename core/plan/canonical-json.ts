/**
 * JSON with the keys of every object sorted (arrays keep their order), so two values that
 * mean the same give the same text whatever order their fields were set in. The basis of
 * every digest of a plan or a live state.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
    return Object.fromEntries(
      Object.entries(entry as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      ),
    );
  });
}
