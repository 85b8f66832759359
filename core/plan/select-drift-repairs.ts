import type { DesiredState } from '../manifest/desired-state.ts';
import type { Change } from './plan-types.ts';

/**
 * The ransomware shield of `on-drift: cancel-deletion`: of the drift found, only the changes
 * that bring back a key the manifest says is enabled (cancel an out-of-band scheduled
 * deletion, re-enable an out-of-band disabled key). Nothing else is touched.
 */
export function selectDriftRepairs(desired: DesiredState, changes: readonly Change[]): Change[] {
  const enabled = new Set(
    desired.keys.filter((key) => key.state === 'enabled').map((key) => key.name),
  );
  return changes.filter(
    (change) =>
      enabled.has(change.key) &&
      (change.action === 'cancel-deletion' || change.action === 'enable'),
  );
}
