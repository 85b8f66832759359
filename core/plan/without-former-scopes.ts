import type { DesiredState } from '../manifest/desired-state.ts';
import type { LiveState } from './live-state.ts';

/**
 * `live` without what was read only because of `desired.formerScopes` (the base branch's
 * accounts and Regions): the review fingerprint digests the live state that apply, which reads
 * only the manifest's own, will read again, so those keys never make it report a change.
 */
export function withoutFormerScopes(live: LiveState, desired: DesiredState): LiveState {
  const former = desired.formerScopes ?? [];
  if (former.length === 0) return live;
  const own = new Set(desired.keys.map((key) => `${key.account}/${key.region}`));
  const dropped = new Set(
    former.map(({ account, region }) => `${account}/${region}`).filter((scope) => !own.has(scope)),
  );
  const kept = (entry: { account: string; region: string }): boolean =>
    !dropped.has(`${entry.account}/${entry.region}`);
  return {
    ...live,
    owned: live.owned.filter(kept),
    regions: live.regions.filter(kept),
    ...(live.untargeted === undefined ? {} : { untargeted: live.untargeted.filter(kept) }),
  };
}
