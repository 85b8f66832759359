import { UsageError } from '../core/errors.ts';

/**
 * An option that is text when given (`account`, `region`...), checked at run time for
 * JavaScript callers: a pattern test would read the number 111122223333 as its digits and let
 * a number through where the code compares strings.
 */
export function checkOptionalString(value: unknown, option: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new UsageError(
    `${option} must be a string, got ${Array.isArray(value) ? 'an array' : typeof value}`,
  );
}
