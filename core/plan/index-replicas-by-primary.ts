import type { LiveKey, LiveState } from './live-state.ts';

/**
 * The live replicas of each primary key, by the primary's ARN: those the read found through
 * their primary (`replicas`), and those discovery found in a Region of the manifest (`owned`),
 * where a replica made moments ago can show up before its primary lists it.
 */
export function indexReplicasByPrimary(live: LiveState): Map<string, LiveKey[]> {
  const byPrimary = new Map<string, LiveKey[]>();
  const seen = new Set<string>();
  for (const key of [...(live.replicas ?? []), ...live.owned]) {
    const multiRegion = key.multiRegionConfiguration;
    if (multiRegion?.type !== 'REPLICA' || seen.has(key.arn)) continue;
    seen.add(key.arn);
    const replicas = byPrimary.get(multiRegion.primary.arn);
    if (replicas === undefined) byPrimary.set(multiRegion.primary.arn, [key]);
    else replicas.push(key);
  }
  return byPrimary;
}
