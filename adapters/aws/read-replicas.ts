/**
 * read, part 3: the replicas of the manifest's multi-Region keys, each in its own Region.
 *
 * A primary key's `MultiRegionConfiguration` lists its replicas: each is read with
 * `DescribeKey`, `GetKeyPolicy`, `ListResourceTags` and `ListGrants` (four calls, one more per
 * further page of grants; its rotation is its primary's and is not read; its grants are its
 * own, never replicated), unless discovery in a Region of the manifest has read it already. Every Region a replica is in, or that a declared replica names, gets
 * one `ListAliases` (shared by the replicas there) unless the manifest's keys are there too.
 * Regions a replica is in need not be Regions of the manifest: a replica removed from it is
 * still found through its primary.
 */
import type { DesiredKey } from '../../core/manifest/desired-state.ts';
import type { LiveAlias, LiveKey, LiveRegion } from '../../core/plan/live-state.ts';
import type { AwsClients } from './kms-client.ts';
import { listAliasPages } from './kms-listings.ts';
import { readLiveKey } from './read-live-key.ts';
import type { CallScheduler } from './schedule-aws-calls.ts';
import { scopeCaller } from './scope-caller.ts';

export interface ReplicaReadInput {
  /** The desired keys read (a partial run's targets only). */
  keys: readonly DesiredKey[];
  /** Keys read in the manifest's Regions: owned and adopted. */
  read: readonly LiveKey[];
  /** The manifest's Regions, read with discovery and their aliases already. */
  regions: readonly LiveRegion[];
  clients: AwsClients;
  scheduler: CallScheduler;
}

export async function readReplicas(
  input: ReplicaReadInput,
): Promise<{ replicas: LiveKey[]; regions: LiveRegion[] }> {
  const scopeId = (account: string, region: string): string => `${account}/${region}`;
  const readRegions = new Map(
    input.regions.map((region) => [scopeId(region.account, region.region), region]),
  );
  const readByArn = new Map(input.read.map((key) => [key.arn, key]));

  // Per account and Region: the replicas to read there, and whether its aliases are needed.
  const wanted = new Map<string, { account: string; region: string; arns: Set<string> }>();
  const want = (account: string, region: string): Set<string> => {
    const id = scopeId(account, region);
    const entry = wanted.get(id) ?? { account, region, arns: new Set<string>() };
    wanted.set(id, entry);
    return entry.arns;
  };
  const seenPrimaries = new Set<string>();
  for (const key of input.read) {
    const multi = key.multiRegionConfiguration;
    if (multi?.type !== 'PRIMARY' || seenPrimaries.has(key.arn)) continue;
    seenPrimaries.add(key.arn);
    for (const replica of multi.replicas) want(key.account, replica.region).add(replica.arn);
  }
  for (const key of input.keys) {
    for (const region of key.replicaRegions) want(key.account, region);
  }

  const results = await Promise.all(
    [...wanted.values()].map(async ({ account, region, arns }) => {
      const known = readRegions.get(scopeId(account, region));
      const unread = [...arns].filter((arn) => !readByArn.has(arn));
      if (known !== undefined && unread.length === 0) {
        return { replicas: [...arns].flatMap((arn) => readByArn.get(arn) ?? []) };
      }
      input.scheduler.watch(input.clients.kms(account, region), account, region);
      const scope = { account, region, keys: [] };
      const { kms, call, send } = scopeCaller(
        input.clients,
        scope,
        input.scheduler.forScope(account, region),
      );
      const aliases: LiveAlias[] =
        known?.aliases ??
        (await listAliasPages(
          kms,
          (operation, target, task) => send(call(operation, target), task),
          region,
        ));
      const fresh = await Promise.all(
        unread.map((arn) =>
          readLiveKey({
            kms,
            id: arn.slice(arn.lastIndexOf('/') + 1),
            tags: undefined,
            target: arn,
            scope,
            aliases,
            call,
            send,
            replica: true,
          }),
        ),
      );
      return {
        replicas: [
          ...[...arns].flatMap((arn) => readByArn.get(arn) ?? []),
          ...fresh.filter((key): key is LiveKey => key !== undefined),
        ],
        ...(known === undefined
          ? { region: { account, region, discovery: 'replicas' as const, aliases } }
          : {}),
      };
    }),
  );
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    replicas: results
      .flatMap((result) => result.replicas)
      .sort(
        (a, b) =>
          compare(a.account, b.account) || compare(a.region, b.region) || compare(a.arn, b.arn),
      ),
    regions: results.flatMap((result) => (result.region === undefined ? [] : [result.region])),
  };
}
