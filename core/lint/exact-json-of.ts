/**
 * The JSON text of `value` when it holds only what JSON states exactly (plain objects,
 * arrays, strings, finite numbers other than -0, booleans, null); else `undefined`, so a
 * value JSON would blur (`NaN` and `null`, a `Date` and its string) is never taken for
 * another. Also `undefined` for a value too deep to serialise.
 */
export function exactJsonOf(value: unknown): string | undefined {
  const quick = { left: QUICK_VALUES };
  const exact = quickExactJson(value, 0, quick);
  if (exact === false || (exact === undefined && !holdsExactJson(value))) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // too deep: the caller works without the text
  }
}

/** Values and depth the quick walk looks at before it leaves the value to `holdsExactJson`. */
const QUICK_VALUES = 4096;
const QUICK_DEPTH = 32;

/**
 * `holdsExactJson` for a small, shallow value (every key policy), without its stack and set of
 * walked objects: `undefined` when the value is deeper or larger than that (or shares or cycles
 * through objects so that it looks so), to be decided by `holdsExactJson`.
 */
function quickExactJson(
  value: unknown,
  depth: number,
  quick: { left: number },
): boolean | undefined {
  quick.left -= 1;
  if (quick.left < 0 || depth > QUICK_DEPTH) return undefined;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) {
          if (!(index in value)) return false; // a hole reads as null
          const exact = quickExactJson(value[index], depth + 1, quick);
          if (exact !== true) return exact;
        }
        return true;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const member of Object.values(value)) {
        const exact = quickExactJson(member, depth + 1, quick);
        if (exact !== true) return exact;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * An explicit stack rather than recursion (a hostile document may nest deeply), each object
 * walked once (a cycle is left for `JSON.stringify` to refuse).
 */
function holdsExactJson(root: unknown): boolean {
  const pending: unknown[] = [root];
  const walked = new Set<object>();
  while (pending.length > 0) {
    const value = pending.pop();
    switch (typeof value) {
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(value) || Object.is(value, -0)) return false;
        continue;
      case 'object': {
        if (value === null || walked.has(value)) continue;
        walked.add(value);
        if (Array.isArray(value)) {
          for (let index = 0; index < value.length; index += 1) {
            if (!(index in value)) return false; // a hole reads as null
            pending.push(value[index]);
          }
          continue;
        }
        const prototype: unknown = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return false;
        for (const member of Object.values(value)) pending.push(member);
        continue;
      }
      default:
        return false;
    }
  }
  return true;
}
