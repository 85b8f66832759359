import type { UntargetedKey } from '../manifest/desired-state.ts';
import type { AliasedKey } from './diff-aliases.ts';
import type { LiveAlias, LiveUntargetedKey } from './live-state.ts';
import type { DeferredChange } from './plan-types.ts';

/**
 * In a partial plan (`--target`), an alias that a targeted key declares but that points to a
 * key of this manifest outside the targets is not moved: that would change the other key
 * without it being planned. The alias is dropped from the targeted key's desired aliases (so
 * nothing retargets or deletes it) and reported as deferred to a plan that targets both keys.
 * Likewise an alias on a targeted key that a key outside the targets declares (`declared`,
 * of this account and Region) is not deleted: the whole plan moves it to that key. It is left
 * out of `liveAliases` (so the alias diff never sees it) and reported as deferred. When the
 * targeted key is to be deleted, its deletion waits as well (`heldKeys`): the whole plan moves
 * the alias away first, and a key scheduled for deletion under an alias its callers use fails
 * every call they make through it.
 */
export function deferUntargetedAliases(
  keys: readonly AliasedKey[],
  liveAliases: readonly LiveAlias[],
  untargeted: readonly LiveUntargetedKey[],
  declared: readonly UntargetedKey[],
): {
  keys: AliasedKey[];
  liveAliases: LiveAlias[];
  deferred: DeferredChange[];
  heldKeys: Set<string>;
} {
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
  const declaredBy = new Map(
    declared.flatMap((other) => other.aliases.map((alias) => [alias, other.name] as const)),
  );
  const heldKeys = new Set<string>();
  const targetedById = new Map(
    keys.flatMap((key) => (key.keyId === undefined ? [] : [[key.keyId, key] as const])),
  );
  const visible = liveAliases.filter((alias) => {
    const elsewhere = declaredBy.get(alias.name);
    const on = alias.targetKeyId === undefined ? undefined : targetedById.get(alias.targetKeyId);
    if (elsewhere === undefined || on === undefined) return true;
    deferred.push({
      address: `alias.${alias.name}`,
      key: on.name,
      reason: `${alias.name} is declared by \`${elsewhere}\`, a key of this manifest outside the targets: add --target ${elsewhere} to move it`,
    });
    if (on.frozen && !heldKeys.has(on.name)) {
      heldKeys.add(on.name);
      deferred.push({
        address: `key.${on.name}`,
        key: on.name,
        reason: `its deletion waits: ${alias.name} still points to it and is declared by \`${elsewhere}\`, a key outside the targets; add --target ${elsewhere} to move the alias first`,
      });
    }
    return false;
  });
  return { keys: kept, liveAliases: visible, deferred, heldKeys };
}
