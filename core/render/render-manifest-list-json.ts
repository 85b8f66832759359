import type { ManifestPlacement } from '../manifest/list-manifest-placement.ts';

/** One manifest of a repository, as `list-manifests` found it. */
export interface ListedManifest extends ManifestPlacement {
  /** Relative to the repository root, `/`-separated: the Action's `manifest` input. */
  path: string;
  /** False when the manifest does not compile: `accounts` and `regions` are then empty. */
  valid: boolean;
}

/** JSON contract of `list-manifests --json` (docs/json-output.md), for `fromJSON` in a matrix. */
export interface ManifestListJson {
  format_version: 1;
  manifests: {
    path: string;
    accounts: string[];
    regions: string[];
    keys: number;
    valid: boolean;
  }[];
}

export function renderManifestListJson(manifests: readonly ListedManifest[]): ManifestListJson {
  return {
    format_version: 1,
    manifests: [...manifests]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map(({ path, accounts, regions, keys, valid }) => ({
        path,
        accounts,
        regions,
        keys,
        valid,
      })),
  };
}
