/**
 * read: the live state of the keys a manifest owns (SPEC sections 3 and 4).
 *
 * Per account and Region of the manifest's keys:
 * 1. Discovery by ownership tag: `GetResources` (tagging API) for every KMS key carrying a
 *    `kms-action:manifest` tag, tags included. Keys without the tag are never returned, so
 *    unmanaged keys cost nothing. When the tagging API is denied or unavailable: `ListKeys`
 *    plus `ListResourceTags` per key (one call per key in the account: noted in `regions`).
 *    One paginated `ListAliases`, shared by all keys, runs alongside.
 * 2. Per key owned by this manifest (and per adopted key): `DescribeKey`, `GetKeyPolicy`,
 *    `GetKeyRotationStatus` and `ListGrants`, all four at once (read-live-key.ts). An adopted
 *    key not found by discovery asks `DescribeKey` first and adds `ListResourceTags`, the only
 *    per-key tag read.
 * 3. Per replica of a multi-Region key read in 2, in the replica's Region: `DescribeKey`,
 *    `GetKeyPolicy`, `ListResourceTags`, `ListGrants` (read-replicas.ts), plus one
 *    `ListAliases` per Region that only replicas are in.
 * Keys of other manifests are reported in `foreign` when this manifest claims them, and never
 * read further than discovery unless adopted. Per-key calls pass key ids, not ARNs: moto
 * crashes on ARNs in some operations (SPEC section 7), and ids are valid everywhere.
 * Accounts are read in parallel, each with its own concurrency limit, each operation paced to
 * its KMS quota (schedule-aws-calls.ts); throttling is retried by the SDK (kms-client.ts), in
 * its `standard` mode during the read, since the pacer already slows the throttled operation.
 */
import type { DesiredKey, DesiredState } from '../../core/manifest/desired-state.ts';
import type { LiveKey, LiveState } from '../../core/plan/live-state.ts';
import type { ApiCallStats } from './count-api-calls.ts';
import {
  cacheMiddlewareWhile,
  createAwsClients,
  retryStandardWhile,
  type AwsClients,
  type CredentialsProvider,
  type RetryMode,
} from './kms-client.ts';
import type { Scope } from './live-read-scope.ts';
import type { ReadProgressListener } from './read-progress.ts';
import { readReplicas } from './read-replicas.ts';
import { readScope } from './read-scope.ts';
import { DEFAULT_ACCOUNT_CONCURRENCY, scheduleAwsCalls } from './schedule-aws-calls.ts';

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
    const scopes = groupByScope(desired.keys, desired.formerScopes ?? []);
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
    const adopted = results.flatMap((result) => result.adopted);
    const replicaRead = await readReplicas({
      keys: desired.keys,
      read: [
        ...results.flatMap((result) => result.owned),
        ...adopted.flatMap((entry) => (entry.found ? [entry.key] : [])),
      ],
      regions: results.map((result) => result.region),
      clients,
      scheduler,
    }).catch((error: unknown) => {
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
      adopted: adopted.sort((a, b) => compare(a.name, b.name)),
      foreign: results
        .flatMap((result) => result.foreign)
        .sort((a, b) => compare(a.name, b.name) || compare(a.arn, b.arn)),
      regions: [...results.map((result) => result.region), ...replicaRead.regions].sort(
        (a, b) => compare(a.account, b.account) || compare(a.region, b.region),
      ),
      ...(replicaRead.replicas.length === 0 ? {} : { replicas: replicaRead.replicas }),
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

/**
 * The scopes of the manifest's keys, and its former scopes with no key (discovery only: what
 * this manifest owns there is an orphan).
 */
function groupByScope(
  keys: readonly DesiredKey[],
  former: readonly { account: string; region: string }[],
): Scope[] {
  const scopes = new Map<string, Scope>();
  for (const key of keys) {
    const id = `${key.account}/${key.region}`;
    const scope = scopes.get(id) ?? { account: key.account, region: key.region, keys: [] };
    scope.keys.push(key);
    scopes.set(id, scope);
  }
  for (const { account, region } of former) {
    const id = `${account}/${region}`;
    if (!scopes.has(id)) scopes.set(id, { account, region, keys: [] });
  }
  return [...scopes.values()].sort(
    (a, b) => compare(a.account, b.account) || compare(a.region, b.region),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
