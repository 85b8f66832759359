import { digestLiveState } from './digest-live-state.ts';
import { isAwsGrantee } from './is-aws-grantee.ts';
import type { LiveKey, LiveState } from './live-state.ts';

/**
 * The live-state digest of a saved plan (`plan --out`, `apply --plan`): SHA-256 of the live
 * state without the grants to grantees AWS operates (core/plan/is-aws-grantee.ts), which AWS
 * services create and retire at any time (EBS, for each instance started, also another
 * account's instances using the key). Such a grant never
 * changes what `apply --plan` does unless it shows as a change: declared, it is compared as
 * its changes; unkept, its revoke is held back unless named, and a named revoke must be in
 * the saved plan (core/plan/compare-saved-plan.ts); kept, it is never touched. Every other
 * part of the live state counts, and so does whether a key's grants could be listed.
 */
export function digestLiveStateWithoutAwsGrants(live: LiveState): string {
  return digestLiveState({
    ...live,
    owned: live.owned.map(withoutAwsGrants),
    adopted: live.adopted.map((entry) =>
      entry.found ? { ...entry, key: withoutAwsGrants(entry.key) } : entry,
    ),
    ...(live.replicas === undefined ? {} : { replicas: live.replicas.map(withoutAwsGrants) }),
  });
}

function withoutAwsGrants(key: LiveKey): LiveKey {
  if (key.grants === undefined) return key;
  return { ...key, grants: key.grants.filter((grant) => !isAwsGrantee(grant.granteePrincipal)) };
}
