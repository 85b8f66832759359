const caseSensitive = new Map<string, RegExp>();
const caseInsensitive = new Map<string, RegExp>();

/**
 * IAM wildcard matching: `*` matches any run of characters (also none), `?` exactly one.
 * Used for actions (case-insensitive), `StringLike` and resources (case-sensitive).
 */
export function matchWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  const cache = ignoreCase ? caseInsensitive : caseSensitive;
  let regex = cache.get(pattern);
  if (regex === undefined) {
    const source = pattern
      .split('')
      .map((char) => {
        if (char === '*') return '.*';
        if (char === '?') return '.';
        return char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 10_000) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(value);
}
