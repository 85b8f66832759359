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
 * All calls share one concurrency limit; throttling is retried by the SDK (kms-client.ts).
 */
import type { DescribeKeyCommandOutput, KMSClient, Tag as KmsTag } from '@aws-sdk/client-kms';
import { DescribeKeyCommand, ListKeysCommand, ListResourceTagsCommand } from '@aws-sdk/client-kms';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { AwsAccessError } from '../../core/errors.ts';
import {
  OWNERSHIP_TAG_MANIFEST,
  type DesiredKey,
  type DesiredState,
} from '../../core/manifest/desired-state.ts';
import type {
  LiveAdoptedKey,
  LiveAlias,
  LiveForeignKey,
  LiveKey,
  LiveOwnership,
  LiveRegion,
  LiveState,
} from '../../core/plan/live-state.ts';
import type { ApiCallStats } from './count-api-calls.ts';
import type { ReadProgressListener } from './read-progress.ts';
import {
  createAwsClients,
  type AwsClients,
  type CredentialsProvider,
  type RetryMode,
} from './kms-client.ts';
import {
  listAliasPages,
  listGrantPages,
  liveKeyBasics,
  nextToken,
  ownershipOf,
  parseKeyPolicyText,
  readKeyPolicyText,
  readKeyRotation,
  type CallKms,
} from './kms-listings.ts';
import { limitConcurrency, type Limiter } from './limit-concurrency.ts';
import {
  awsErrorName,
  awsHttpStatus,
  isAccessDenied,
  toAwsAccessError,
  type AwsCall,
} from './to-aws-access-error.ts';

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
  /** AWS calls in flight at once, over all accounts and Regions; default 10. */
  concurrency?: number;
  /** Told how many keys of each account and Region are read (a front end shows progress). */
  onProgress?: ReadProgressListener;
}

export const DEFAULT_READ_CONCURRENCY = 10;

const KEY_ARN = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;

/** Errors of the tagging API after which discovery falls back to ListKeys + ListResourceTags. */
const TAGGING_UNAVAILABLE = new Set([
  'UnknownOperationException',
  'NotImplemented',
  'InternalFailure',
]);

interface Scope {
  account: string;
  region: string;
  keys: DesiredKey[];
}

interface DiscoveredKey {
  arn: string;
  id: string;
  tags: Record<string, string>;
}

export async function readLiveState(
  desired: DesiredState,
  options: ReadLiveStateOptions = {},
): Promise<LiveState> {
  const ownClients = options.clients === undefined;
  const clients = options.clients ?? createAwsClients(clientOptions(options));
  const limit = limitConcurrency(options.concurrency ?? DEFAULT_READ_CONCURRENCY);
  try {
    const scopes = groupByScope(desired.keys);
    const results = await Promise.all(
      scopes.map((scope) => readScope(desired.owner, scope, clients, limit, options.onProgress)),
    ).catch((error: unknown) => {
      // The read has failed: calls still queued would be wasted.
      limit.cancel(error);
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
    };
  } finally {
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
}

async function readScope(
  owner: string,
  scope: Scope,
  clients: AwsClients,
  limit: Limiter,
  onProgress: ReadProgressListener | undefined,
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
      return await limit.run(task);
    } catch (error) {
      throw toAwsAccessError(error, description);
    }
  };

  const [discovery, aliases] = await Promise.all([
    discoverKeys(scope, clients, kms, limit, call, send),
    listAliasPages(kms, (operation, target, task) => send(call(operation, target), task)),
  ]);
  for (const key of discovery.keys) assertAccount(key.arn, scope, 'discovery');

  const names = new Set(scope.keys.filter((key) => key.adopt === undefined).map((key) => key.name));
  const ownedKeys: DiscoveredKey[] = [];
  const foreign: LiveForeignKey[] = [];
  const foreignById = new Map<string, { key: DiscoveredKey; ownership: LiveOwnership }>();
  for (const key of discovery.keys) {
    const ownership = ownershipOf(key.tags);
    if (ownership === undefined) continue;
    if (ownership.manifest === owner) {
      ownedKeys.push(key);
      continue;
    }
    foreignById.set(key.id, { key, ownership });
    if (ownership.key !== undefined && names.has(ownership.key)) {
      foreign.push(foreignClaim(ownership.key, 'logical-name', key, scope, ownership));
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
    const key = await readKey({
      kms,
      id,
      tags,
      target: targetForErrors,
      scope,
      aliases,
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
    region: {
      account: scope.account,
      region: scope.region,
      discovery: discovery.method,
      ...(discovery.note === undefined ? {} : { discoveryNote: discovery.note }),
      aliases,
    },
  };
}

type Send = <T>(description: AwsCall, task: () => Promise<T>) => Promise<T>;
type Describe = (operation: string, target?: string, service?: 'kms' | 'tagging') => AwsCall;

async function discoverKeys(
  scope: Scope,
  clients: AwsClients,
  kms: KMSClient,
  limit: Limiter,
  call: Describe,
  send: Send,
): Promise<{ method: LiveRegion['discovery']; note?: string; keys: DiscoveredKey[] }> {
  const tagging = clients.tagging(scope.account, scope.region);
  const keys: DiscoveredKey[] = [];
  try {
    let token: string | undefined;
    do {
      const page = await limit.run(() =>
        tagging.send(
          new GetResourcesCommand({
            TagFilters: [{ Key: OWNERSHIP_TAG_MANIFEST }],
            ResourceTypeFilters: ['kms:key'],
            ResourcesPerPage: 100,
            ...(token === undefined ? {} : { PaginationToken: token }),
          }),
        ),
      );
      for (const mapping of page.ResourceTagMappingList ?? []) {
        const arn = mapping.ResourceARN;
        const id = arn === undefined ? undefined : KEY_ARN.exec(arn)?.[4];
        if (arn === undefined || id === undefined) continue;
        keys.push({
          arn,
          id,
          tags: tagRecord((mapping.Tags ?? []).map((tag) => [tag.Key, tag.Value] as const)),
        });
      }
      token = nextToken(token, page.PaginationToken);
    } while (token !== undefined);
    return { method: 'tagging-api', keys };
  } catch (error) {
    if (!taggingUnavailable(error)) {
      throw toAwsAccessError(error, call('GetResources', undefined, 'tagging'));
    }
    const note =
      `GetResources was refused (${awsErrorName(error)}); discovery fell back to ListKeys + ` +
      'ListResourceTags, one call per key in the account. Allow tag:GetResources to avoid it.';
    return { method: 'list-keys', note, keys: await listTaggedKeys(kms, call, send) };
  }
}

function taggingUnavailable(error: unknown): boolean {
  const status = awsHttpStatus(error);
  return (
    isAccessDenied(error) ||
    TAGGING_UNAVAILABLE.has(awsErrorName(error)) ||
    status === 404 ||
    status === 501
  );
}

/** Fallback discovery: every key of the account and Region, then its tags. */
async function listTaggedKeys(
  kms: KMSClient,
  call: Describe,
  send: Send,
): Promise<DiscoveredKey[]> {
  const all: { arn: string; id: string }[] = [];
  let marker: string | undefined;
  do {
    const page = await send(call('ListKeys'), () =>
      kms.send(
        new ListKeysCommand({ Limit: 1000, ...(marker === undefined ? {} : { Marker: marker }) }),
      ),
    );
    for (const entry of page.Keys ?? []) {
      if (entry.KeyArn !== undefined && entry.KeyId !== undefined) {
        all.push({ arn: entry.KeyArn, id: entry.KeyId });
      }
    }
    marker = page.Truncated === true ? nextToken(marker, page.NextMarker) : undefined;
  } while (marker !== undefined);

  const tagged = await Promise.all(
    all.map(async (key) => {
      const tags = await listResourceTags(kms, key.id, key.arn, call, send);
      return tags === undefined || tags[OWNERSHIP_TAG_MANIFEST] === undefined
        ? undefined
        : { ...key, tags };
    }),
  );
  return tagged.filter((key): key is DiscoveredKey => key !== undefined);
}

/** The key's tags, or `undefined` when the key no longer exists. */
async function listResourceTags(
  kms: KMSClient,
  id: string,
  target: string,
  call: Describe,
  send: Send,
): Promise<Record<string, string> | undefined> {
  const tags: KmsTag[] = [];
  let marker: string | undefined;
  try {
    do {
      const page = await send(call('ListResourceTags', target), () =>
        kms.send(
          new ListResourceTagsCommand({
            KeyId: id,
            ...(marker === undefined ? {} : { Marker: marker }),
          }),
        ),
      );
      tags.push(...(page.Tags ?? []));
      marker = page.Truncated === true ? nextToken(marker, page.NextMarker) : undefined;
    } while (marker !== undefined);
  } catch (error) {
    if (causeName(error) === 'NotFoundException') return undefined;
    throw error;
  }
  return tagRecord(tags.map((tag) => [tag.TagKey, tag.TagValue] as const));
}

interface ReadKeyInput {
  kms: KMSClient;
  id: string;
  /** Tags from discovery; `undefined`: read them with ListResourceTags. */
  tags: Record<string, string> | undefined;
  /** The ARN, for error messages. */
  target: string;
  scope: Scope;
  aliases: readonly LiveAlias[];
  call: Describe;
  send: Send;
}

/** Reads one key; `undefined` when it does not exist (deleted, or a stale tagging entry). */
async function readKey(input: ReadKeyInput): Promise<LiveKey | undefined> {
  const { kms, id, target, call, send } = input;
  let described: DescribeKeyCommandOutput;
  try {
    described = await send(call('DescribeKey', target), () =>
      kms.send(new DescribeKeyCommand({ KeyId: id })),
    );
  } catch (error) {
    if (causeName(error) === 'NotFoundException') return undefined;
    throw error;
  }
  const metadata = described.KeyMetadata;
  if (metadata?.Arn === undefined || metadata.KeyId === undefined) {
    throw new AwsAccessError(`DescribeKey on ${target} returned no key metadata`);
  }
  assertAccount(metadata.Arn, input.scope, 'DescribeKey');

  // InvalidState (e.g. some pending-deletion or unavailable keys) and UnsupportedOperation
  // (rotation of asymmetric and HMAC keys) leave that part unknown instead of failing the read.
  const unknownIn = async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await task();
    } catch (error) {
      const name = causeName(error);
      if (name === 'KMSInvalidStateException' || name === 'UnsupportedOperationException') {
        return undefined;
      }
      throw error;
    }
  };
  const callKms: CallKms = (operation, on, task) => send(call(operation, on), task);
  const [policyText, rotation, grants, tags] = await Promise.all([
    unknownIn(() => readKeyPolicyText(kms, id, target, callKms)),
    unknownIn(() => readKeyRotation(kms, id, target, callKms)),
    unknownIn(() => listGrantPages(kms, id, target, callKms)),
    input.tags === undefined
      ? listResourceTags(kms, id, target, call, send)
      : Promise.resolve(input.tags),
  ]);
  const keyTags = tags ?? {};
  return {
    ...liveKeyBasics(metadata, input.scope.account, input.scope.region),
    rotation,
    policy: policyText === undefined ? undefined : parseKeyPolicyText(policyText),
    policyText,
    tags: keyTags,
    aliases: input.aliases.filter((alias) => alias.targetKeyId === metadata.KeyId),
    grants,
    ownership: ownershipOf(keyTags),
  };
}

function foreignClaim(
  name: string,
  reason: LiveForeignKey['reason'],
  key: DiscoveredKey,
  scope: Scope,
  ownership: LiveOwnership,
): LiveForeignKey {
  return { name, reason, arn: key.arn, account: scope.account, region: scope.region, ownership };
}

/**
 * The credentials of one account must not read another's keys: a key ARN from another account
 * means the session belongs to the wrong account (no role assumed for it).
 */
function assertAccount(arn: string, scope: Scope, source: string): void {
  const account = KEY_ARN.exec(arn)?.[3];
  if (account !== undefined && account !== scope.account) {
    throw new AwsAccessError(
      `${source} in region ${scope.region} returned key ${arn} of account ${account}, but the keys read ` +
        `there belong to account ${scope.account}: the credentials used are for the wrong account. ` +
        `Assume a role in ${scope.account} (--role-to-assume 'arn:aws:iam::{account}:role/...').`,
    );
  }
}

function tagRecord(
  pairs: readonly (readonly [string | undefined, string | undefined])[],
): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (key !== undefined) record[key] = value ?? '';
  }
  return record;
}

/** The AWS error name behind an AwsAccessError (or of a raw SDK error). */
function causeName(error: unknown): string {
  return error instanceof AwsAccessError ? awsErrorName(error.cause) : awsErrorName(error);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
