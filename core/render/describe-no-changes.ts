import type { Plan } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';

/**
 * What a plan without changes or problems says: `No changes` when the live keys match the
 * manifest, `No changes to apply` when some key still waits (a notice: a key created for
 * imported material is not usable until it is imported), so that "no changes" is never read
 * as "ready". `manifest` is how the renderer names the manifest. Raw text.
 */
export function describeNoChanges(
  plan: Plan,
  manifest: string,
): { headline: string; detail: string } {
  const keys = plan.partial === undefined ? 'The live keys' : 'The targeted keys';
  const waiting = plan.notices?.length ?? 0;
  if (waiting === 0) return { headline: 'No changes.', detail: `${keys} match ${manifest}.` };
  return {
    headline: 'No changes to apply.',
    detail:
      waiting === 1
        ? `${keys} match ${manifest}, but 1 key waits for its key material (see above) and is not usable yet.`
        : `${keys} match ${manifest}, but ${countNoun(waiting, 'key')} wait for their key material (see above) and are not usable yet.`,
  };
}
