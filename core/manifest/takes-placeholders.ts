/** The key fields whose strings may hold placeholders (lists and mappings: their values). */
const PLACEHOLDER_FIELDS = new Set([
  'description',
  'service',
  'compliance',
  'environment',
  'moved_from',
]);
const PLACEHOLDER_LISTS = new Set(['aliases']);
const PLACEHOLDER_MAPS = new Set(['tags']);

/** True for the paths of a key body whose strings get placeholders replaced. */
export function takesPlaceholders(path: readonly (string | number)[]): boolean {
  const [field, inner, ...rest] = path;
  if (typeof field !== 'string' || rest.length > 0) return false;
  if (inner === undefined) return PLACEHOLDER_FIELDS.has(field);
  return typeof inner === 'number' ? PLACEHOLDER_LISTS.has(field) : PLACEHOLDER_MAPS.has(field);
}
