import type { DesiredState } from './desired-state.ts';

/** Where a manifest's keys live: what a CI matrix needs to group jobs by account. */
export interface ManifestPlacement {
  /** 12-digit account ids, sorted. */
  accounts: string[];
  /** Regions of the keys and of their replicas, sorted. */
  regions: string[];
  keys: number;
}

export function listManifestPlacement(desired: DesiredState): ManifestPlacement {
  const accounts = new Set<string>();
  const regions = new Set<string>();
  for (const key of desired.keys) {
    accounts.add(key.account);
    regions.add(key.region);
    for (const replica of key.replicaRegions) regions.add(replica);
  }
  return {
    accounts: [...accounts].sort(),
    regions: [...regions].sort(),
    keys: desired.keys.length,
  };
}
