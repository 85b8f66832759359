import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { LiveState } from './live-state.ts';

/** SHA-256 (hex) of the live state as canonical JSON (object keys sorted at every level). */
export function digestLiveState(live: LiveState): string {
  return createHash('sha256').update(canonicalJson(live)).digest('hex');
}
