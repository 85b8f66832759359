import type { LiveAlias } from './live-state.ts';
import type { Change } from './plan-types.ts';

/** A managed key in one account and Region, as the alias diff sees it. */
export interface AliasedKey {
  name: string;
  /** Live key id; absent for a key this plan creates. */
  keyId?: string;
  desiredAliases: readonly string[];
  /** True when the key is scheduled for deletion and stays so: its aliases are left alone. */
  frozen: boolean;
  /** A replica of `name` in this Region: its alias changes are addressed `alias.<Region>.<alias>`. */
  replica?: boolean;
}

/**
 * Alias changes for one account and Region. Computed across all managed keys at once, so an
 * alias moved from one managed key to another is one `retarget`, not a delete and a create.
 * Only aliases that point to managed keys are ever deleted.
 */
export function diffAliases(
  account: string,
  region: string,
  keys: readonly AliasedKey[],
  liveAliases: readonly LiveAlias[],
): Change[] {
  const liveByName = new Map(liveAliases.map((alias) => [alias.name, alias]));
  const managedIds = new Map(
    keys.flatMap((key) => (key.keyId === undefined ? [] : [[key.keyId, key.name] as const])),
  );
  const desiredNames = new Set(keys.flatMap((key) => key.desiredAliases));
  const changes: Change[] = [];
  const base = (key: AliasedKey, alias: string) => ({
    address: key.replica === true ? `alias.${region}.${alias}` : `alias.${alias}`,
    key: key.name,
    account,
    region,
    ...(key.keyId === undefined ? {} : { keyId: key.keyId }),
  });

  for (const key of keys) {
    if (key.frozen) continue;
    for (const alias of key.desiredAliases) {
      const live = liveByName.get(alias);
      if (live?.targetKeyId === undefined) {
        changes.push({
          ...base(key, alias),
          action: 'create-alias',
          alias,
          before: null,
          after: key.name,
          risk: 'safe',
        });
        continue;
      }
      if (key.keyId !== undefined && live.targetKeyId === key.keyId) continue;
      const previousOwner = managedIds.get(live.targetKeyId);
      changes.push({
        ...base(key, alias),
        action: 'retarget',
        alias,
        before:
          previousOwner === undefined ? live.targetKeyId : `${previousOwner} (${live.targetKeyId})`,
        after: key.name,
        risk: 'disruptive',
        note:
          previousOwner === undefined
            ? `the alias now points to key ${live.targetKeyId}, which this manifest does not manage: callers using the alias switch keys, and data encrypted under the old key still needs it`
            : `callers using ${alias} switch from key ${previousOwner} to ${key.name}; data encrypted under ${previousOwner} still needs ${previousOwner}`,
      });
    }
  }

  for (const live of liveAliases) {
    if (live.targetKeyId === undefined || desiredNames.has(live.name)) continue;
    const ownerName = managedIds.get(live.targetKeyId);
    const owner = keys.find((key) => key.name === ownerName);
    if (owner === undefined || owner.frozen) continue;
    changes.push({
      ...base(owner, live.name),
      action: 'delete-alias',
      alias: live.name,
      before: owner.name,
      after: null,
      risk: 'disruptive',
      note: `callers that use ${live.name} will fail to find the key`,
    });
  }
  return changes;
}
