/** The distinct values, sorted: generated policies list principals and actions this way. */
export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
