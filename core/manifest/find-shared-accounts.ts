import type { ManifestPlacement } from './list-manifest-placement.ts';

/**
 * Accounts that more than one manifest has keys in: their jobs get separate concurrency
 * groups (render-manifest-list-json.ts), so they can reach that account at the same time and
 * share its API quotas. Sorted; empty when each account belongs to one manifest.
 */
export function findSharedAccounts(manifests: readonly ManifestPlacement[]): string[] {
  const count = new Map<string, number>();
  for (const manifest of manifests)
    for (const account of manifest.accounts) count.set(account, (count.get(account) ?? 0) + 1);
  return [...count]
    .filter(([, manifestsWithIt]) => manifestsWithIt > 1)
    .map(([account]) => account)
    .sort();
}
