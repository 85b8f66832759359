/**
 * The live read of one account and Region (read-live-state.ts): discovery and the alias pages,
 * the keys sorted by ownership, then every owned, adopted or targeted key read.
 */
import { AwsAccessError } from '../../core/errors.ts';
import type { DesiredKey, DesiredState } from '../../core/manifest/desired-state.ts';
import type {
  LiveAdoptedKey,
  LiveAlias,
  LiveForeignKey,
  LiveKey,
  LiveRegion,
  LiveUntargetedKey,
} from '../../core/plan/live-state.ts';
import { discoverOwnedKeys } from './discover-owned-keys.ts';
import type { AwsClients } from './kms-client.ts';
import { listAliasPages, ownershipOf } from './kms-listings.ts';
import type { Limiter } from './limit-concurrency.ts';
import {
  assertAccount,
  foreignClaim,
  KEY_ARN,
  type DiscoveredKey,
  type Scope,
} from './live-read-scope.ts';
import { readLiveKey } from './read-live-key.ts';
import type { ReadProgressListener } from './read-progress.ts';
import { scopeCaller } from './scope-caller.ts';
import { sortByOwnership } from './sort-by-ownership.ts';
import { untargetedKeyOf } from './untargeted-key-of.ts';

export interface ScopeResult {
  owned: LiveKey[];
  adopted: LiveAdoptedKey[];
  foreign: LiveForeignKey[];
  region: LiveRegion;
  untargeted: LiveUntargetedKey[];
}

/**
 * read, parts 1 and 2 for one account and Region: discovery by ownership tag and the shared
 * `ListAliases`, then each owned and adopted key (read-live-state.ts describes the calls).
 */
export async function readScope(
  { owner, repository }: Pick<DesiredState, 'owner' | 'repository'>,
  scope: Scope,
  clients: AwsClients,
  limit: Limiter,
  onProgress: ReadProgressListener | undefined,
  targets: readonly string[] | undefined,
): Promise<ScopeResult> {
  const { kms, call, send } = scopeCaller(clients, scope, limit);

  const [discovery, aliases] = await Promise.all([
    discoverOwnedKeys(scope, clients, kms, limit, call, send),
    listAliasPages(
      kms,
      (operation, target, task) => send(call(operation, target), task),
      scope.region,
    ),
  ]);
  for (const key of discovery.keys) assertAccount(key.arn, scope, 'discovery');

  const sorted = sortByOwnership({ owner, repository }, scope, discovery.keys, aliases);
  const { foreign, foreignById } = sorted;
  // A partial run (--target) reads only the keys of the targeted names (or their `moved_from`
  // names); the rest stay unread.
  const targeted =
    targets === undefined
      ? undefined
      : new Set([
          ...targets,
          ...scope.keys.flatMap((key) => (key.movedFrom === undefined ? [] : [key.movedFrom])),
        ]);
  const adoptIds = new Set(scope.keys.map((key) => KEY_ARN.exec(key.adopt ?? '')?.[4]));
  const untargeted: LiveUntargetedKey[] = [];
  const ownedKeys: DiscoveredKey[] = [];
  for (const key of sorted.ownedKeys) {
    const ownership = ownershipOf(key.tags);
    const outside =
      ownership === undefined
        ? undefined
        : untargetedKeyOf(key, ownership, scope, targeted, adoptIds);
    if (outside === undefined) ownedKeys.push(key);
    else untargeted.push(outside);
  }

  // Adopted keys: read by ARN, unless discovery already found them (then their tags are known).
  const discoveredById = new Map(discovery.keys.map((key) => [key.id, key]));
  const adoptTargets: { desiredKey: DesiredKey; arn: string; id: string; known?: DiscoveredKey }[] =
    [];
  for (const desiredKey of scope.keys) {
    if (desiredKey.adopt === undefined) continue;
    const match = KEY_ARN.exec(desiredKey.adopt);
    const id = match?.[4];
    if (id === undefined) {
      throw new AwsAccessError(
        `key \`${desiredKey.name}\`: adopt value ${desiredKey.adopt} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>)`,
      );
    }
    const known = discoveredById.get(id);
    adoptTargets.push({
      desiredKey,
      arn: desiredKey.adopt,
      id,
      ...(known === undefined ? {} : { known }),
    });
    const claimed = foreignById.get(id);
    if (claimed !== undefined) {
      foreign.push(foreignClaim(desiredKey.name, 'adopt', claimed.key, scope, claimed.ownership));
    }
  }

  const ownedIds = new Set(ownedKeys.map((key) => key.id));
  // Each key's aliases by one pass over the account's aliases, not one filter per key.
  const aliasesByKey = new Map<string, LiveAlias[]>();
  for (const alias of aliases) {
    if (alias.targetKeyId === undefined) continue;
    const list = aliasesByKey.get(alias.targetKeyId);
    if (list === undefined) aliasesByKey.set(alias.targetKeyId, [alias]);
    else list.push(alias);
  }
  const progress = {
    account: scope.account,
    region: scope.region,
    read: 0,
    total: ownedKeys.length + adoptTargets.filter((target) => !ownedIds.has(target.id)).length,
  };
  onProgress?.({ ...progress });
  const readOne = async (
    id: string,
    tags: Record<string, string> | undefined,
    targetForErrors: string,
  ) => {
    const key = await readLiveKey({
      kms,
      id,
      tags,
      target: targetForErrors,
      scope,
      aliases: aliasesByKey.get(id) ?? [],
      call,
      send,
    });
    progress.read += 1;
    onProgress?.({ ...progress });
    return key;
  };

  const [owned, adoptedKeys] = await Promise.all([
    Promise.all(ownedKeys.map((key) => readOne(key.id, key.tags, key.arn))),
    Promise.all(
      adoptTargets.map(async (target) =>
        // An adopted key that discovery found as owned is read once, with the owned keys.
        ownedIds.has(target.id) ? undefined : readOne(target.id, target.known?.tags, target.arn),
      ),
    ),
  ]);
  const ownedLive = owned.filter((key): key is LiveKey => key !== undefined);
  const ownedById = new Map(ownedLive.map((key) => [key.id, key]));
  const adopted = adoptTargets.map((target, index): LiveAdoptedKey => {
    const key = ownedById.get(target.id) ?? adoptedKeys[index];
    return key === undefined
      ? { name: target.desiredKey.name, arn: target.arn, found: false }
      : { name: target.desiredKey.name, arn: target.arn, found: true, key };
  });

  // Also claimed when the foreign tag appeared on an adopted key that discovery did not see.
  for (const entry of adopted) {
    if (!entry.found || foreignById.has(entry.key.id)) continue;
    const ownership = entry.key.ownership;
    if (ownership !== undefined && ownership.manifest !== owner) {
      foreign.push(
        foreignClaim(
          entry.name,
          'adopt',
          { arn: entry.key.arn, id: entry.key.id, tags: entry.key.tags },
          scope,
          ownership,
        ),
      );
    }
  }

  return {
    owned: ownedLive,
    adopted,
    foreign,
    untargeted,
    region: {
      account: scope.account,
      region: scope.region,
      discovery: discovery.method,
      ...(discovery.note === undefined ? {} : { discoveryNote: discovery.note }),
      aliases,
    },
  };
}
