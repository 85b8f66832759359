import { describeChange } from '../render/describe-change.ts';
import type { SavedChange, SavedPlan } from './build-saved-plan.ts';
import { identifyChange } from './identify-change.ts';
import { isAwsGrantRevoke } from './is-aws-grant-revoke.ts';
import type { Change } from './plan-types.ts';

export interface CurrentPlan {
  manifestPath: string;
  manifestSha256: string;
  owner: string;
  liveSha256: string;
  changes: readonly Change[];
  toolVersion: string;
  /** The keys of this run when it is partial (`--target`), else `null`. */
  targets: readonly string[] | null;
  /** `--revoke-grant`: the grants to AWS-operated grantees this run revokes. */
  revokeGrants?: readonly string[];
}

/**
 * Why a saved plan may not be applied now, one sentence per reason; empty when the manifest,
 * the live keys and the changes planned afresh are exactly the saved ones (changes compared
 * by identity, as a set: apply orders them itself).
 *
 * One exception: a revoke of a grant to a grantee AWS operates that the saved plan does not
 * hold and `--revoke-grant` does not name is left out. AWS services create such grants at any
 * time (EBS, for each instance started), apply holds that revoke back, and the live digest
 * leaves such grants out too (`digestLiveStateWithoutAwsGrants`). A named one is compared like
 * any change: a grant is revoked only when the approved plan showed its revoke.
 */
export function compareSavedPlan(saved: SavedPlan, current: CurrentPlan): string[] {
  const reasons: string[] = [];
  const short = (digest: string) => digest.slice(0, 12);
  if (saved.manifest.path !== current.manifestPath) {
    reasons.push(
      `the plan was saved for manifest ${saved.manifest.path}, but this run reads ${current.manifestPath}: pass -f ${saved.manifest.path}`,
    );
  }
  if (saved.owner !== current.owner) {
    reasons.push(
      `the plan was saved for the keys of ${saved.owner}, but this run manages those of ${current.owner} (another --repository or GITHUB_REPOSITORY?)`,
    );
  }
  const selection = (targets: readonly string[] | null) =>
    targets === null ? 'the whole manifest' : `only ${[...targets].sort().join(', ')} (--target)`;
  if (selection(saved.targets) !== selection(current.targets)) {
    reasons.push(
      saved.targets === null
        ? `the plan was saved for the whole manifest, but this run plans ${selection(current.targets)}`
        : `the plan was saved for the keys ${[...saved.targets].join(', ')} only (--target), but this run plans ${selection(current.targets)}`,
    );
  }
  if (saved.manifest.sha256 !== current.manifestSha256) {
    reasons.push(
      `the manifest changed since the plan was saved (sha256 ${short(saved.manifest.sha256)} then, ${short(current.manifestSha256)} now)`,
    );
  }
  if (saved.live_sha256 !== current.liveSha256) {
    reasons.push(
      `the live keys changed since the plan was saved (live state ${short(saved.live_sha256)} then, ${short(current.liveSha256)} now): someone changed them, or another apply ran`,
    );
  }
  const savedIds = new Set(saved.changes.map((change) => change.id));
  const named = new Set(current.revokeGrants ?? []);
  const changes = current.changes.filter(
    (change) =>
      !isAwsGrantRevoke(change) ||
      (change.action === 'revoke-grant' && named.has(change.grantId)) ||
      savedIds.has(identifyChange(change)),
  );
  const currentIds = new Set(changes.map(identifyChange));
  const added = changes.filter((change) => !savedIds.has(identifyChange(change)));
  const gone = saved.changes.filter((change) => !currentIds.has(change.id));
  if (added.length > 0 || gone.length > 0 || saved.changes.length !== changes.length) {
    const list = (entries: readonly { address: string; action: string }[]) =>
      listSome(entries.map((entry) => `${entry.address} ${entry.action}`));
    const parts = [
      added.length > 0 ? `not in the saved plan: ${list(added)}` : '',
      gone.length > 0 ? `saved but no longer planned: ${list(gone)}` : '',
    ].filter((part) => part !== '');
    const version =
      saved.tool_version === current.toolVersion
        ? ''
        : ` (saved by kms-action ${saved.tool_version}, this is ${current.toolVersion})`;
    reasons.push(
      `the changes planned now differ from the saved ones${version}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`,
    );
  }
  const misdescribed = misdescribedChanges(saved.changes, changes);
  if (misdescribed.length > 0) {
    reasons.push(
      `the saved plan describes ${misdescribed.length === 1 ? 'a change' : `${String(misdescribed.length)} changes`} otherwise than the change${misdescribed.length === 1 ? '' : 's'} it approves (the file was edited, or saved by another version): ${listSome(misdescribed)}`,
    );
  }
  return reasons;
}

/**
 * People read a saved plan's address, action, risk and summary; apply goes by the ids. Each
 * saved change must still say what the change of its id does, so an edited file cannot show a
 * reader a description change while it approves a key deletion.
 */
function misdescribedChanges(saved: readonly SavedChange[], current: readonly Change[]): string[] {
  const byId = new Map(current.map((change) => [identifyChange(change), change]));
  const out: string[] = [];
  for (const entry of saved) {
    const change = byId.get(entry.id);
    if (change === undefined) continue;
    const summary = describeChange(change);
    const fields = [
      entry.address === change.address ? '' : 'address',
      entry.action === change.action ? '' : 'action',
      entry.risk === change.risk ? '' : 'risk',
      entry.summary === summary ? '' : 'summary',
    ].filter((field) => field !== '');
    if (fields.length === 0) continue;
    out.push(
      `${change.address} ${change.action} (${change.risk}) saved with another ${fields.join(', ')}: ${JSON.stringify(`${entry.address} ${entry.action} (${entry.risk}): ${entry.summary}`).slice(0, 300)}`,
    );
  }
  return out;
}

function listSome(entries: readonly string[]): string {
  const shown = entries.slice(0, 10).join(', ');
  return entries.length > 10 ? `${shown} and ${String(entries.length - 10)} more` : shown;
}
