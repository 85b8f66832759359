import { describe, expect, it } from 'vitest';
import { setOwnProperty } from '../../../core/manifest/set-own-property.ts';

describe('setOwnProperty', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__', 'k1'])(
    'sets %s as an own, enumerable, writable, configurable property, in order',
    (name) => {
      const target: Record<string, unknown> = {};
      setOwnProperty(target, 'first', 1);
      setOwnProperty(target, name, { value: name });
      expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(target, name)).toEqual({
        value: { value: name },
        enumerable: true,
        writable: true,
        configurable: true,
      });
      expect(Object.keys(target)).toEqual(['first', name]);
      setOwnProperty(target, name, 2);
      expect(target[name]).toBe(2);
      expect(Object.keys(target)).toEqual(['first', name]);
    },
  );
});
