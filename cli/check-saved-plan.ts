import type { SavedPlan } from '../core/plan/build-saved-plan.ts';
import { compareSavedPlan } from '../core/plan/compare-saved-plan.ts';
import { digestLiveState } from '../core/plan/digest-live-state.ts';
import { cliVersion } from './lint-policy-command.ts';
import type { PreparedPlan } from './prepare-plan.ts';
import { sha256 } from './write-saved-plan.ts';

/**
 * `apply --plan`: the message that refuses a saved plan the fresh plan no longer matches, or
 * `undefined` when the manifest, the live keys and the changes are still the saved ones.
 */
export function checkSavedPlan(
  saved: SavedPlan,
  file: string,
  prepared: PreparedPlan,
): string | undefined {
  const reasons = compareSavedPlan(saved, {
    manifestPath: prepared.manifestFile.manifestPath,
    manifestSha256: sha256(prepared.manifestFile.content),
    owner: prepared.plan.owner,
    liveSha256: digestLiveState(prepared.live),
    changes: prepared.plan.changes,
    toolVersion: cliVersion(),
    targets: prepared.plan.partial?.targets ?? null,
  });
  if (reasons.length === 0) return undefined;
  return [
    `Nothing applied: the plan saved in ${file} is stale, and apply never applies a stale plan.`,
    ...reasons.map((reason) => `  - ${reason}`),
    `Run kms-action plan --out ${file} again, review the new plan, then apply --plan ${file}.`,
    '',
  ].join('\n');
}
