import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import { replicaAddress } from './diff-replicas.ts';
import type { Change } from './plan-types.ts';

/**
 * The ransomware shield of `on-drift: cancel-deletion`: of the drift found, only the changes
 * that bring back a key the manifest says is enabled (cancel an out-of-band scheduled
 * deletion, re-enable an out-of-band disabled key). Nothing else is touched.
 *
 * `previous` (the merge-time apply, which makes repairs without review): the manifest before
 * the push. A change is drift only when the key was already declared enabled there, in the
 * same account and Region and adopting the same key; otherwise the push itself asks for it
 * (a key put back, or turned from disabled to enabled), and that needs a review. `null`: the
 * previous manifest is unknown or absent, so nothing counts as a repair.
 */
export function selectDriftRepairs(
  desired: DesiredState,
  changes: readonly Change[],
  previous?: DesiredState | null,
): Change[] {
  if (previous === null) return [];
  const enabledBefore =
    previous === undefined
      ? undefined
      : new Map(
          previous.keys
            .filter((key) => key.state === 'enabled')
            .map((key) => [key.name, key] as const),
        );
  const enabled = new Set(
    desired.keys
      .filter((key) => key.state === 'enabled')
      .filter((key) => enabledBefore === undefined || isSameKey(key, enabledBefore.get(key.name)))
      .map((key) => key.name),
  );
  // A replica's repair needs the replica declared enabled, before the push as well.
  const enabledReplicas = new Set(
    desired.keys.flatMap((key) =>
      key.replicas
        .filter((replica) => replica.state === 'enabled')
        .filter(
          (replica) =>
            enabledBefore === undefined ||
            (isSameKey(key, enabledBefore.get(key.name)) &&
              enabledBefore
                .get(key.name)
                ?.replicas.some(
                  (earlier) => earlier.region === replica.region && earlier.state === 'enabled',
                ) === true),
        )
        .map((replica) => replicaAddress(key.name, replica.region)),
    ),
  );
  return changes.filter((change) => {
    if (change.action !== 'cancel-deletion' && change.action !== 'enable') return false;
    return change.address.startsWith(`key.${change.key}.replica.`)
      ? enabledReplicas.has(change.address)
      : enabled.has(change.key);
  });
}

function isSameKey(key: DesiredKey, before: DesiredKey | undefined): boolean {
  return (
    before !== undefined &&
    before.account === key.account &&
    before.region === key.region &&
    before.adopt === key.adopt &&
    before.movedFrom === key.movedFrom
  );
}
