import type { LiveOwnership, LiveUntargetedKey } from '../../core/plan/live-state.ts';
import type { DiscoveredKey, Scope } from './live-read-scope.ts';

/**
 * For a partial run (`--target`): a key this manifest owns that is outside the targets, to be
 * left unread (`undefined`: read it, it is targeted, adopted by a target, or the run is whole).
 * A key with only the manifest tag has no logical name, so it is never a target.
 */
export function untargetedKeyOf(
  key: DiscoveredKey,
  ownership: LiveOwnership,
  scope: Scope,
  targets: ReadonlySet<string> | undefined,
  adoptedIds: ReadonlySet<string | undefined>,
): LiveUntargetedKey | undefined {
  if (targets === undefined || adoptedIds.has(key.id)) return undefined;
  if (ownership.key !== undefined && targets.has(ownership.key)) return undefined;
  return {
    ...(ownership.key === undefined ? {} : { name: ownership.key }),
    arn: key.arn,
    id: key.id,
    account: scope.account,
    region: scope.region,
  };
}
