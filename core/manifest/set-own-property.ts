/** True for a mapping of plain data (not a list, not null). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property, also for names such as `__proto__` that assignment would not set. */
export function setOwnProperty(
  target: Record<string, unknown>,
  name: string,
  value: unknown,
): void {
  // Assignment makes the same own, enumerable, writable property for every other name (no
  // other property of Object.prototype is an accessor or read-only), and is much cheaper
  // than a definition on an object of thousands of names.
  if (name !== '__proto__') {
    target[name] = value;
    return;
  }
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
