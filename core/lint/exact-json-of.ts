/**
 * The JSON text of `value` when it holds only what JSON states exactly (plain objects,
 * arrays, strings, finite numbers other than -0, booleans, null); else `undefined`, so a
 * value JSON would blur (`NaN` and `null`, a `Date` and its string) is never cached.
 */
export function exactJsonOf(value: unknown): string | undefined {
  const found = { inexact: false };
  let text: string | undefined;
  try {
    text = JSON.stringify(value, function (this: unknown, name: string, converted: unknown) {
      const original: unknown = (this as Record<string, unknown>)[name];
      if (!isExactJson(original)) found.inexact = true;
      return converted;
    });
  } catch {
    return undefined; // too deep to serialise, or a cycle: lint it uncached
  }
  return found.inexact ? undefined : text;
}

function isExactJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null || Array.isArray(value)) return true;
      const prototype: unknown = Object.getPrototypeOf(value);
      return prototype === Object.prototype || prototype === null;
    }
    default:
      return false;
  }
}
