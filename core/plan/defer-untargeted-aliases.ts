import type { AliasedKey } from './diff-aliases.ts';
import type { LiveAlias, LiveUntargetedKey } from './live-state.ts';
import type { DeferredChange } from './plan-types.ts';

/**
 * In a partial plan (`--target`), an alias that a targeted key declares but that points to a
 * key of this manifest outside the targets is not moved: that would change the other key
 * without it being planned. The alias is dropped from the targeted key's desired aliases (so
 * nothing retargets or deletes it) and reported as deferred to a plan that targets both keys.
 */
export function deferUntargetedAliases(
  keys: readonly AliasedKey[],
  liveAliases: readonly LiveAlias[],
  untargeted: readonly LiveUntargetedKey[],
): { keys: AliasedKey[]; deferred: DeferredChange[] } {
  const untargetedById = new Map(untargeted.map((key) => [key.id, key]));
  const liveByName = new Map(liveAliases.map((alias) => [alias.name, alias]));
  const deferred: DeferredChange[] = [];
  const kept = keys.map((key): AliasedKey => {
    if (key.frozen) return key;
    const desiredAliases = key.desiredAliases.filter((alias) => {
      const target = liveByName.get(alias)?.targetKeyId;
      const other = target === undefined ? undefined : untargetedById.get(target);
      if (other === undefined) return true;
      const otherName = other.name ?? other.id;
      deferred.push({
        address: `alias.${alias}`,
        key: key.name,
        reason: `${alias} points to \`${otherName}\` (${other.arn}), a key of this manifest outside the targets: add --target ${otherName} to move it`,
      });
      return false;
    });
    return { ...key, desiredAliases };
  });
  return { keys: kept, deferred };
}
