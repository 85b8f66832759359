/**
 * read: the live state of the keys a manifest owns (SPEC sections 3 and 4).
 *
 * Per account and Region of the manifest's keys:
 * 1. Discovery by ownership tag: `GetResources` (tagging API) for every KMS key carrying a
 *    `kms-action:manifest` tag, tags included. Keys without the tag are never returned, so
 *    unmanaged keys cost nothing. When the tagging API is denied or unavailable: `ListKeys`
 *    plus `ListResourceTags` per key (one call per key in the account: noted in `regions`).
 *    One paginated `ListAliases`, shared by all keys, runs alongside.
 * 2. Per key owned by this manifest (and per adopted key): `DescribeKey`, then `GetKeyPolicy`,
 *    `GetKeyRotationStatus` and `ListGrants`: four calls. An adopted key not found by
 *    discovery adds `ListResourceTags`, the only per-key tag read.
 * Keys of other manifests are reported in `foreign` when this manifest claims them, and never
 * read further than discovery unless adopted. Per-key calls pass key ids, not ARNs: moto
 * crashes on ARNs in some operations (SPEC section 7), and ids are valid everywhere.
 * Accounts are read in parallel, each with its own concurrency limit, each operation paced to
 * its KMS quota (schedule-aws-calls.ts); throttling is retried by the SDK (kms-client.ts), in
 * its `standard` mode during the read, since the pacer already slows the throttled operation.
 */
import { AwsAccessError } from '../../core/errors.ts';
import type { DesiredKey, DesiredState } from '../../core/manifest/desired-state.ts';
import type {
  LiveAdoptedKey,
  LiveAlias,
  LiveForeignKey,
  LiveKey,
  LiveRegion,
  LiveState,
  LiveUntargetedKey,
} from '../../core/plan/live-state.ts';
import type { ApiCallStats } from './count-api-calls.ts';
import { discoverOwnedKeys } from './discover-owned-keys.ts';
import {
  cacheMiddlewareWhile,
  createAwsClients,
  retryStandardWhile,
  type AwsClients,
  type CredentialsProvider,
  type RetryMode,
} from './kms-client.ts';
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
import { DEFAULT_ACCOUNT_CONCURRENCY, scheduleAwsCalls } from './schedule-aws-calls.ts';
import { sortByOwnership } from './sort-by-ownership.ts';
import { untargetedKeyOf } from './untargeted-key-of.ts';
import type { ReadProgressListener } from './read-progress.ts';
import { toAwsAccessError, type AwsCall } from './to-aws-access-error.ts';

export interface ReadLiveStateOptions {
  /** Clients to use; default: `createAwsClients` with the options below. */
  clients?: AwsClients;
  /** Credentials per 12-digit account (e.g. from assume-role.ts); default: the SDK's chain. */
  credentialsFor?: (account: string) => CredentialsProvider | undefined;
  /** Default: the SDK's resolution (`AWS_ENDPOINT_URL`); ignored when `clients` is given. */
  endpoint?: string;
  /** Counts every call by operation (`--stats`); ignored when `clients` is given. */
  stats?: ApiCallStats;
  retryMode?: RetryMode;
  maxAttempts?: number;
  /** AWS calls in flight at once per account (accounts are read in parallel); default 20. */
  concurrency?: number;
  /** Told how many keys of each account and Region are read (a front end shows progress). */
  onProgress?: ReadProgressListener;
}

export const DEFAULT_READ_CONCURRENCY = DEFAULT_ACCOUNT_CONCURRENCY;

export async function readLiveState(
  desired: DesiredState,
  options: ReadLiveStateOptions = {},
): Promise<LiveState> {
  const ownClients = options.clients === undefined;
  const clients = options.clients ?? createAwsClients(clientOptions(options));
  const scheduler = scheduleAwsCalls({
    perAccount: options.concurrency ?? DEFAULT_READ_CONCURRENCY,
  });
  const restore: (() => void)[] = [];
  try {
    const scopes = groupByScope(desired.keys);
    const results = await Promise.all(
      scopes.map((scope) => {
        const kms = clients.kms(scope.account, scope.region);
        scheduler.watch(kms, scope.account, scope.region);
        restore.push(
          cacheMiddlewareWhile(kms),
          retryStandardWhile(kms),
          cacheMiddlewareWhile(clients.tagging(scope.account, scope.region)),
        );
        const limit = scheduler.forScope(scope.account, scope.region);
        return readScope(desired, scope, clients, limit, options.onProgress, desired.targets);
      }),
    ).catch((error: unknown) => {
      // The read has failed: calls still queued would be wasted.
      scheduler.cancel(error);
      throw error;
    });
    const byScope = (a: LiveKey, b: LiveKey): number =>
      compare(a.account, b.account) ||
      compare(a.region, b.region) ||
      compare(a.ownership?.key ?? '', b.ownership?.key ?? '') ||
      compare(a.arn, b.arn);
    return {
      owner: desired.owner,
      owned: results.flatMap((result) => result.owned).sort(byScope),
      adopted: results.flatMap((result) => result.adopted).sort((a, b) => compare(a.name, b.name)),
      foreign: results
        .flatMap((result) => result.foreign)
        .sort((a, b) => compare(a.name, b.name) || compare(a.arn, b.arn)),
      regions: results.map((result) => result.region),
      ...(desired.targets === undefined
        ? {}
        : {
            untargeted: results
              .flatMap((result) => result.untargeted)
              .sort((a, b) => compare(a.account, b.account) || compare(a.arn, b.arn)),
          }),
    };
  } finally {
    for (const undo of restore) undo();
    if (ownClients) clients.destroy();
  }
}

function clientOptions(options: ReadLiveStateOptions): Parameters<typeof createAwsClients>[0] {
  return {
    ...(options.credentialsFor === undefined ? {} : { credentialsFor: options.credentialsFor }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.stats === undefined ? {} : { stats: options.stats }),
    ...(options.retryMode === undefined ? {} : { retryMode: options.retryMode }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
  };
}

function groupByScope(keys: readonly DesiredKey[]): Scope[] {
  const scopes = new Map<string, Scope>();
  for (const key of keys) {
    const id = `${key.account}/${key.region}`;
    const scope = scopes.get(id) ?? { account: key.account, region: key.region, keys: [] };
    scope.keys.push(key);
    scopes.set(id, scope);
  }
  return [...scopes.values()].sort(
    (a, b) => compare(a.account, b.account) || compare(a.region, b.region),
  );
}

interface ScopeResult {
  owned: LiveKey[];
  adopted: LiveAdoptedKey[];
  foreign: LiveForeignKey[];
  region: LiveRegion;
  untargeted: LiveUntargetedKey[];
}

async function readScope(
  { owner, repository }: Pick<DesiredState, 'owner' | 'repository'>,
  scope: Scope,
  clients: AwsClients,
  limit: Limiter,
  onProgress: ReadProgressListener | undefined,
  targets: readonly string[] | undefined,
): Promise<ScopeResult> {
  const kms = clients.kms(scope.account, scope.region);
  const call = (
    operation: string,
    target?: string,
    service: 'kms' | 'tagging' = 'kms',
  ): AwsCall => ({
    operation,
    service,
    account: scope.account,
    region: scope.region,
    endpoint: clients.endpointOf(service, scope.region),
    ...(target === undefined ? {} : { target }),
  });
  const send = async <T>(description: AwsCall, task: () => Promise<T>): Promise<T> => {
    try {
      return await limit.run(task, description.operation);
    } catch (error) {
      throw toAwsAccessError(error, description);
    }
  };

  const [discovery, aliases] = await Promise.all([
    discoverOwnedKeys(scope, clients, kms, limit, call, send),
    listAliasPages(kms, (operation, target, task) => send(call(operation, target), task)),
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
