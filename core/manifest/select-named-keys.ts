import { UsageError } from '../errors.ts';
import type { DesiredKey, DesiredState } from './desired-state.ts';

/** The keys of `names` in manifest order (all keys when `names` is empty); an unknown name is a usage error. */
export function selectNamedKeys(desired: DesiredState, names: readonly string[]): DesiredKey[] {
  const unknown = names.filter((name) => !desired.keys.some((key) => key.name === name));
  if (unknown.length > 0) {
    throw new UsageError(
      `no key named ${unknown.map((name) => `'${name}'`).join(', ')} in ${desired.file}`,
    );
  }
  return desired.keys.filter((key) => names.length === 0 || names.includes(key.name));
}
