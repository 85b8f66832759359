import { describeChange } from '../render/describe-change.ts';
import { identifyChange } from './identify-change.ts';
import type { ChangeAction, Plan, Risk } from './plan-types.ts';

/**
 * The plan file of `kms-action plan --out` (README, CLI, "Saved plans"). `apply --plan`
 * never applies from it: it plans afresh and applies only when the manifest, the live keys
 * and the changes are still the saved ones. Keys are snake_case; `format_version` changes
 * with any incompatible change of the format.
 */
export interface SavedPlan {
  format_version: 1;
  kind: 'kms-action-plan';
  /** The kms-action that saved it (`development` from source). */
  tool_version: string;
  /** The manifest as read: its path relative to the working directory, and its bytes' SHA-256. */
  manifest: { path: string; sha256: string };
  /** The ownership value of the manifest (`<repository>/<path>`). */
  owner: string;
  /**
   * SHA-256 of the live state read, canonical JSON, without the grants to grantees AWS
   * operates (see `digestLiveStateWithoutAwsGrants`).
   */
  live_sha256: string;
  /** The keys of a partial plan (`--target`), sorted; `null` for the whole manifest. */
  targets: string[] | null;
  /** The changes in apply order; `id` is the change's identity (see `identifyChange`). */
  changes: SavedChange[];
}

export interface SavedChange {
  address: string;
  action: ChangeAction;
  risk: Risk;
  /** What the change does, one line, for people reading the file. */
  summary: string;
  id: string;
}

export function buildSavedPlan(input: {
  toolVersion: string;
  manifestPath: string;
  manifestSha256: string;
  liveSha256: string;
  plan: Plan;
}): SavedPlan {
  return {
    format_version: 1,
    kind: 'kms-action-plan',
    tool_version: input.toolVersion,
    manifest: { path: input.manifestPath, sha256: input.manifestSha256 },
    owner: input.plan.owner,
    live_sha256: input.liveSha256,
    targets: input.plan.partial === undefined ? null : [...input.plan.partial.targets].sort(),
    changes: input.plan.changes.map((change) => ({
      address: change.address,
      action: change.action,
      risk: change.risk,
      summary: describeChange(change),
      id: identifyChange(change),
    })),
  };
}
