/**
 * A copy of plain data with every string (values, not member names) mapped. Any other object
 * (a function, a Set, a class instance) is kept as it is and reported to `opaque`.
 */
export function mapStrings(
  value: unknown,
  map: (text: string) => string,
  opaque: () => void = () => undefined,
): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map, opaque));
  if (typeof value === 'function' || typeof value === 'symbol') opaque();
  if (typeof value !== 'object' || value === null) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    opaque();
    return value;
  }
  const copy = Object.create(prototype) as Record<string, unknown>;
  for (const [name, member] of Object.entries(value)) {
    const mapped = mapStrings(member, map, opaque);
    // Assigning any other name makes the same own member, much faster than defineProperty.
    if (name !== '__proto__') copy[name] = mapped;
    // defineProperty: a member named `__proto__` stays a member.
    else
      Object.defineProperty(copy, name, {
        value: mapped,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}
