import { partitionOf } from '../lint/policy/partition-of.ts';
import { generateKeyPolicy } from '../policy/generate-key-policy.ts';
import type { KeyPlacement } from '../policy/key-placement.ts';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from './desired-state.ts';
import type { DesiredPolicy, DesiredReplica } from './desired-state.ts';
import { resolvePolicy, type PolicyContext } from './resolve-policy.ts';
import type {
  DocumentPath,
  KeyInput,
  KeyState,
  PolicyIntentInput,
  Position,
  ReplicaInput,
} from './types.ts';

/** What a replica takes from its key when its entry does not say otherwise. */
export interface ReplicaInheritance {
  name: string;
  placement: Required<Pick<KeyPlacement, 'account' | 'region' | 'partition'>> & KeyPlacement;
  description: string;
  /** The key's tags, ownership tags included. */
  tags: Record<string, string>;
  deletionWindowInDays: number;
  state: KeyState;
  policy: DesiredPolicy | undefined;
}

export interface ReplicaContext extends Omit<PolicyContext, 'placement'> {
  locate: (path: DocumentPath) => Position;
  /** Claims an alias in one account and Region; reports a clash itself. */
  claimAlias: (
    scope: { account: string; region: string },
    alias: string,
    path: DocumentPath,
  ) => void;
}

/**
 * The replicas of one key, each with its own settings resolved: what its entry writes, else
 * what the key has (its intent policy generated again for the replica's Region, since
 * `via_service` endpoints and Regional service principals name the Region; a raw document as
 * written). Refuses the key's own Region, a Region listed twice and a Region of another
 * partition (AWS replicates within one partition only). Also returns how many problems raw
 * replica policies added (`validate` can still lint those).
 */
export function resolveReplicas(
  input: KeyInput,
  defaultPolicy: PolicyIntentInput | undefined,
  key: ReplicaInheritance,
  context: ReplicaContext,
  problemCount: () => number,
): { replicas: DesiredReplica[]; documentProblems: number } {
  const { at, report } = context;
  const replicas: DesiredReplica[] = [];
  const seen = new Map<string, number>();
  let documentProblems = 0;
  for (const [index, written] of (input.replicas ?? []).entries()) {
    const entry: ReplicaInput = typeof written === 'string' ? { region: written } : written;
    const path = at('replicas', index);
    const regionPath = typeof written === 'string' ? path : [...path, 'region'];
    const { region } = entry;
    if (region === key.placement.region) {
      report(
        regionPath,
        `key \`${key.name}\` lists its own Region ${region} as a replica`,
        'replicas are the other Regions the key is copied to',
      );
      continue;
    }
    const previous = seen.get(region);
    if (previous !== undefined) {
      report(
        regionPath,
        `key \`${key.name}\` lists the replica Region ${region} twice (entries ${previous + 1} and ${index + 1})`,
        'a key has at most one replica per Region: merge the two entries',
      );
      continue;
    }
    seen.set(region, index);
    const partition = partitionOf({ region });
    if (partition !== key.placement.partition) {
      report(
        regionPath,
        `replica Region ${region} is in the ${partition} partition, key \`${key.name}\` in ${key.placement.partition}`,
        'AWS replicates a multi-Region key only into Regions of its own partition',
      );
      continue;
    }

    const placement = { ...key.placement, region };
    let policy: DesiredPolicy | undefined;
    const before = problemCount();
    if (entry.policy !== undefined) {
      policy = resolvePolicy({ policy: entry.policy }, defaultPolicy, {
        ...context,
        placement,
        at: (...rest) => [...path, ...rest],
      });
      if ('document' in entry.policy) documentProblems += problemCount() - before;
    } else if (key.policy?.kind === 'intent') {
      // The key's resolved intent, generated for this Region (`via_service` endpoints and
      // Regional service principals name it); resolved once, not once per replica.
      policy = {
        kind: 'intent',
        intent: key.policy.intent,
        document: generateKeyPolicy(key.policy.intent, placement),
      };
    } else {
      policy = key.policy;
    }

    const scope = { account: key.placement.account, region };
    for (const [position, alias] of (entry.aliases ?? []).entries()) {
      context.claimAlias(scope, alias, [...path, 'aliases', position]);
    }
    const tags: Record<string, string> = { ...key.tags, ...entry.tags };
    tags[OWNERSHIP_TAG_MANIFEST] = key.tags[OWNERSHIP_TAG_MANIFEST] ?? '';
    tags[OWNERSHIP_TAG_KEY] = key.name;
    replicas.push({
      region,
      description: entry.description ?? key.description,
      ...(policy === undefined ? {} : { policy }),
      policyWritten: entry.policy !== undefined,
      tags,
      aliases: [...(entry.aliases ?? [])].sort(),
      deletionWindowInDays: entry.deletion_window_in_days ?? key.deletionWindowInDays,
      state: entry.state ?? key.state,
      location: context.locate(path),
      path,
    });
  }
  replicas.sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  return { replicas, documentProblems };
}
