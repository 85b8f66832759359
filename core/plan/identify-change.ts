import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { Change } from './plan-types.ts';

/** Fields of a change that describe it for readers, derived from what it does. */
const RENDERING = new Set(['note', 'risk', 'policyDiff', 'access', 'widens']);

/**
 * The identity of a change: SHA-256 (hex) of the canonical JSON of what it does (address,
 * action, account, Region, key and grant ids, before and after values), without its
 * rendering (note, risk, policy diff, access diff, widening). Two changes get the same
 * identity exactly when they make the same call from the same starting point: a change
 * whose `before` moved (someone else changed the key since) is another change.
 */
export function identifyChange(change: Change): string {
  const essence = Object.fromEntries(
    Object.entries(change).filter(([field]) => !RENDERING.has(field)),
  );
  return createHash('sha256').update(canonicalJson(essence)).digest('hex');
}
