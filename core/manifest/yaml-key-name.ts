import type { Scalar } from 'yaml';

/** The property name a mapping key becomes in the plain data (as `yaml`'s `toJS` names it). */
export function yamlKeyName(key: Scalar | null | undefined): string {
  const value = key?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
}
