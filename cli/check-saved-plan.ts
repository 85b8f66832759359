import type { SavedPlan } from '../core/plan/build-saved-plan.ts';
import { compareSavedPlan } from '../core/plan/compare-saved-plan.ts';
import { digestLiveStateWithoutAwsGrants } from '../core/plan/digest-live-state-without-aws-grants.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import { cliVersion } from './cli-version.ts';
import type { PreparedPlan } from './prepare-plan.ts';
import { sha256 } from './write-saved-plan.ts';

/**
 * `apply --plan`: the message that refuses a saved plan the fresh plan no longer matches, or
 * `undefined` when the manifest, the live keys and the changes are still the saved ones. The
 * reasons quote the plan file and the manifest, both untrusted: their line breaks and control
 * characters are shown as `[U+XXXX]`, so none starts a workflow command in a CI log.
 */
export function checkSavedPlan(
  saved: SavedPlan,
  file: string,
  prepared: Pick<PreparedPlan, 'manifestFile' | 'plan' | 'live'>,
  revokeGrants: readonly string[] = [],
): string | undefined {
  const reasons = compareSavedPlan(saved, {
    manifestPath: prepared.manifestFile.manifestPath,
    manifestSha256: sha256(prepared.manifestFile.content),
    owner: prepared.plan.owner,
    liveSha256: digestLiveStateWithoutAwsGrants(prepared.live),
    changes: prepared.plan.changes,
    toolVersion: cliVersion(),
    targets: prepared.plan.partial?.targets ?? null,
    revokeGrants,
  });
  if (reasons.length === 0) return undefined;
  return terminalLines([
    `Nothing applied: the plan saved in ${file} is stale, and apply never applies a stale plan.`,
    ...reasons.map((reason) => `  - ${reason}`),
    `Run kms-action plan --out ${file} again, review the new plan, then apply --plan ${file}.`,
  ]);
}
