import type { ManifestPlacement } from './list-manifest-placement.ts';

/**
 * Accounts that manifests with different account sets share. A matrix groups jobs by a
 * manifest's accounts (one concurrency group per set), so the jobs of two such manifests can
 * run in one account at the same time. Sorted; empty when every account has one set.
 */
export function findSharedAccounts(manifests: readonly ManifestPlacement[]): string[] {
  const sets = new Map<string, Set<string>>();
  for (const manifest of manifests) {
    const set = manifest.accounts.join(',');
    for (const account of manifest.accounts) {
      const seen = sets.get(account) ?? new Set<string>();
      seen.add(set);
      sets.set(account, seen);
    }
  }
  return [...sets]
    .filter(([, seen]) => seen.size > 1)
    .map(([account]) => account)
    .sort();
}
