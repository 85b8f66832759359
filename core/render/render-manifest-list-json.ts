import type { ManifestPlacement } from '../manifest/list-manifest-placement.ts';

/** One manifest of a repository, as `list-manifests` found it. */
export interface ListedManifest extends ManifestPlacement {
  /** Relative to the repository root, `/`-separated: the Action's `manifest` input. */
  path: string;
  /** False when the manifest does not compile: `accounts` and `regions` are then empty. */
  valid: boolean;
}

export interface ManifestListEntry {
  path: string;
  accounts: string[];
  regions: string[];
  keys: number;
  valid: boolean;
  concurrency_group: string;
}

/** JSON contract of `list-manifests --json` (docs/json-output.md), for `fromJSON` in a matrix. */
export interface ManifestListJson {
  format_version: 1;
  manifests: ManifestListEntry[];
}

/**
 * The manifests sorted by path, each with the name of its concurrency group: its accounts,
 * so the runs of one account queue behind each other. GitHub keeps one pending job per group
 * and cancels the others, so two manifests with the same accounts never share a group (one of
 * them would never run): their path is added, and they may then run at once.
 */
export function renderManifestListJson(manifests: readonly ListedManifest[]): ManifestListJson {
  const sorted = [...manifests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const accountSet = (manifest: ListedManifest) =>
    manifest.accounts.length === 0 ? 'no-account' : manifest.accounts.join('-');
  const users = new Map<string, number>();
  for (const manifest of sorted)
    users.set(accountSet(manifest), (users.get(accountSet(manifest)) ?? 0) + 1);
  return {
    format_version: 1,
    manifests: sorted.map((manifest) => {
      const set = accountSet(manifest);
      const { path, accounts, regions, keys, valid } = manifest;
      return {
        path,
        accounts,
        regions,
        keys,
        valid,
        concurrency_group: users.get(set) === 1 ? set : `${set}-${path}`,
      };
    }),
  };
}
