import { UsageError } from '../core/errors.ts';

/**
 * An option that lists names (`keys`, `targets`), checked at run time for JavaScript callers:
 * a lone string would otherwise be read as a list of its characters.
 */
export function checkStringList(value: unknown, option: string): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new UsageError(
      `${option} must be an array of key names, such as ['prod-s3'], got ${typeof value === 'string' ? `the string '${value}'` : Array.isArray(value) ? 'an array with an item that is not a string' : typeof value}`,
    );
  }
  return value;
}
