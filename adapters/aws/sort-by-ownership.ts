import type { DesiredState } from '../../core/manifest/desired-state.ts';
import { isLegacyOwnerTag } from '../../core/plan/is-legacy-owner-tag.ts';
import type { LiveAlias, LiveForeignKey, LiveOwnership } from '../../core/plan/live-state.ts';
import { ownershipOf } from './kms-listings.ts';
import { foreignClaim, type DiscoveredKey, type Scope } from './live-read-scope.ts';

export interface Ownership {
  /** Keys whose `kms-action:manifest` names this manifest. */
  ownedKeys: DiscoveredKey[];
  /** Other manifests' keys this manifest claims by logical name (legacy path) or alias. */
  foreign: LiveForeignKey[];
  /** Every key of another manifest, by key id (adoption claims are found later). */
  foreignById: Map<string, { key: DiscoveredKey; ownership: LiveOwnership }>;
}

/**
 * Sorts the keys discovery found in one account and Region: this manifest's own keys, and the
 * keys of other manifests that this manifest claims. A logical name alone never claims
 * another manifest's key (two manifests may both have a key `app`); it does when the key's
 * manifest tag may be this manifest's path as written relative to a working directory
 * (core/plan/is-legacy-owner-tag.ts), so such a key is reported, never created around.
 */
export function sortByOwnership(
  { owner, repository }: Pick<DesiredState, 'owner' | 'repository'>,
  scope: Scope,
  discovered: readonly DiscoveredKey[],
  aliases: readonly LiveAlias[],
): Ownership {
  // Logical names (and `moved_from` names) -> the declared key, for keys found by name.
  const claimants = new Map<string, string>();
  for (const key of scope.keys) {
    if (key.adopt !== undefined) continue;
    claimants.set(key.name, key.name);
    if (key.movedFrom !== undefined) claimants.set(key.movedFrom, key.name);
  }
  const ownedKeys: DiscoveredKey[] = [];
  const foreign: LiveForeignKey[] = [];
  const foreignById = new Map<string, { key: DiscoveredKey; ownership: LiveOwnership }>();
  for (const key of discovered) {
    const ownership = ownershipOf(key.tags);
    if (ownership === undefined) continue;
    if (ownership.manifest === owner) {
      ownedKeys.push(key);
      continue;
    }
    foreignById.set(key.id, { key, ownership });
    const claimant = ownership.key === undefined ? undefined : claimants.get(ownership.key);
    if (claimant !== undefined && isLegacyOwnerTag(owner, repository, ownership.manifest)) {
      foreign.push(foreignClaim(claimant, 'legacy-path', key, scope, ownership));
    }
  }

  // Aliases this manifest declares that point to another manifest's key.
  const aliasByName = new Map(aliases.map((alias) => [alias.name, alias]));
  for (const desiredKey of scope.keys) {
    for (const aliasName of desiredKey.aliases) {
      const target = aliasByName.get(aliasName)?.targetKeyId;
      const claimed = target === undefined ? undefined : foreignById.get(target);
      if (claimed !== undefined) {
        foreign.push({
          ...foreignClaim(desiredKey.name, 'alias', claimed.key, scope, claimed.ownership),
          alias: aliasName,
        });
      }
    }
  }
  return { ownedKeys, foreign, foreignById };
}
