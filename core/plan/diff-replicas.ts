import type { DesiredKey, DesiredReplica } from '../manifest/desired-state.ts';
import { diffGrants } from './diff-grants.ts';
import { diffKey } from './diff-key.ts';
import type { AliasedKey } from './diff-aliases.ts';
import type { LiveKey } from './live-state.ts';
import type { Change, KeptGrant, PlanProblem } from './plan-types.ts';
import { replicaCreation } from './replica-creation.ts';
import { partitionOf } from '../lint/policy/partition-of.ts';
import type { AccessChange } from '../policy/diff-access.ts';
import { keyPropertyConditions } from '../policy/key-property-conditions.ts';
import { accessMatrixActionsFor } from '../policy/key-usage-actions.ts';
import { requestedKeyOf } from '../policy/requested-key-of.ts';
import { planAccessDiff } from './plan-access-diff.ts';

/** The address of a replica's own changes: `key.<name>.replica.<Region>`. */
export function replicaAddress(key: string, region: string): string {
  return `key.${key}.replica.${region}`;
}

export interface ReplicaDiff {
  changes: Change[];
  problems: Omit<PlanProblem, 'key' | 'line' | 'column'>[];
  /** Each replica as the alias diff of its Region sees it. */
  aliased: { account: string; region: string; key: AliasedKey }[];
  /** Live grants on the replicas that the key's `keep_grants` keep. */
  kept: KeptGrant[];
}

/**
 * The changes to the replicas of one multi-Region key, its primary `primary` when it exists.
 * A declared replica that does not exist is created (ReplicateKey, with its settings), then
 * disabled if declared so; one that exists is diffed like a key (policy with its access diff,
 * description, tags, state, grants), at `key.<name>.replica.<Region>`; its rotation is the
 * primary's and is not compared. Grants are never replicated (each belongs to one key in one
 * Region) and a replica declares none: each live grant on it is revoked as a destructive
 * change, unless the key's `keep_grants` keep it (AWS services create grants on a replica for
 * the resources they encrypt in its Region). A replica still being created (listed by the
 * primary but not describable, `Creating`, or found in its Region but not yet listed by the
 * primary) is a `replica-creating` problem. A live replica whose Region the manifest no longer
 * lists is a `replica-removal` problem, never deleted silently: deleting it takes
 * `state: pending_deletion` on its entry. A replica already pending deletion is left alone, as
 * an orphan key is.
 */
export function diffReplicas(
  key: DesiredKey,
  primary: LiveKey | undefined,
  liveReplicas: readonly LiveKey[],
): ReplicaDiff {
  const diff: ReplicaDiff = { changes: [], problems: [], aliased: [], kept: [] };
  const listed = new Map(
    (primary?.multiRegionConfiguration?.replicas ?? []).map((entry) => [entry.region, entry.arn]),
  );
  const byArn = new Map(liveReplicas.map((replica) => [replica.arn, replica]));
  for (const replica of key.replicas) {
    const arn = listed.get(replica.region);
    const live = arn === undefined ? undefined : byArn.get(arn);
    const unfinished =
      arn === undefined
        ? replicaNotListed(key.name, replica, liveReplicas)
        : replicaBeingCreated(key.name, replica, arn, live);
    if (unfinished !== undefined) {
      if (unfinished !== 'gone') diff.problems.push(unfinished);
      continue;
    }
    diff.aliased.push({
      account: key.account,
      region: replica.region,
      key: {
        name: key.name,
        desiredAliases: replica.aliases,
        frozen: replica.state === 'pending_deletion',
        replica: true,
        ...(live === undefined ? {} : { keyId: live.id }),
      },
    });
    if (arn === undefined) {
      diff.changes.push(...replicaCreationChanges(key, replica, primary));
    } else if (live !== undefined) {
      const existing = replicaChanges(key, replica, live);
      diff.changes.push(...existing.changes);
      diff.kept.push(...existing.kept);
    }
  }
  const declared = new Set(key.replicas.map((replica) => replica.region));
  for (const [region, arn] of listed) {
    if (declared.has(region)) continue;
    const live = byArn.get(arn);
    if (live?.state === 'PendingDeletion') continue;
    diff.problems.push({
      code: 'replica-removal',
      message: `key \`${key.name}\` has a replica in ${region} (${arn}) that the manifest no longer lists`,
      help: `a replica is never deleted by leaving it out: to delete it, list it as \`{ region: ${region}, state: pending_deletion }\` under \`replicas:\` (a destructive change, applied with --allow-destructive); to keep it, list ${region} again`,
    });
  }
  return diff;
}

/**
 * A replica its primary lists that its own Region cannot describe yet, or describes as
 * `Creating`: AWS is still making it (ReplicateKey returns before the replica is done, and
 * KMS is eventually consistent). Planning it now would create it again (ReplicateKey fails with
 * AlreadyExistsException), plan its aliases with no key id, or miss its declared state, so the
 * plan stops with a problem until a later read sees it finished. `gone`: not describable and
 * declared `pending_deletion`, which is what was asked; nothing to do.
 */
function replicaBeingCreated(
  name: string,
  replica: DesiredReplica,
  arn: string,
  live: LiveKey | undefined,
): ReplicaDiff['problems'][number] | 'gone' | undefined {
  if (live !== undefined && live.state !== 'Creating') return undefined;
  if (live === undefined && replica.state === 'pending_deletion') return 'gone';
  return {
    code: 'replica-creating',
    message:
      live === undefined
        ? `key \`${name}\` lists a replica in ${replica.region} (${arn}), but ${replica.region} cannot describe it yet (NotFoundException): AWS is still creating it, or has just deleted it`
        : `key \`${name}\` has a replica in ${replica.region} (${arn}) in state Creating: AWS has not finished creating it`,
    help: `AWS finishes a new replica within seconds to a few minutes (eventual consistency); nothing is planned for it until then, so that it is not created twice. Run plan or apply again in a few minutes; if this persists, check the replica with \`aws kms describe-key --key-id ${arn} --region ${replica.region}\``,
  };
}

/**
 * A replica discovery found in its Region that its primary does not list yet: made moments
 * ago (a plan without this check would create it again). `gone`: it is pending deletion as
 * declared. `undefined`: there is no replica in that Region; it is to be created.
 */
function replicaNotListed(
  name: string,
  replica: DesiredReplica,
  liveReplicas: readonly LiveKey[],
): ReplicaDiff['problems'][number] | 'gone' | undefined {
  const found = liveReplicas.find((entry) => entry.region === replica.region);
  if (found === undefined) return undefined;
  if (replica.state === 'pending_deletion' && found.state === 'PendingDeletion') return 'gone';
  const { region } = replica;
  const arn = found.arn;
  return {
    code: 'replica-creating',
    message: `key \`${name}\` has a replica in ${region} (${arn}), but its primary does not list it yet: AWS is still creating it`,
    help: `AWS lists a new replica on its primary within seconds to a few minutes (eventual consistency); nothing is planned for it until then, so that it is not created twice (ReplicateKey would answer AlreadyExistsException). Run plan or apply again in a few minutes`,
  };
}

/** A replica to be made: ReplicateKey with its settings, then its state. */
export function replicaCreationChanges(
  key: DesiredKey,
  replica: DesiredReplica,
  primary: LiveKey | undefined,
): Change[] {
  if (replica.state === 'pending_deletion') return [];
  const address = replicaAddress(key.name, replica.region);
  const access = replicaAccess(key, replica);
  const changes: Change[] = [
    {
      address,
      key: key.name,
      account: key.account,
      region: primary?.region ?? key.region,
      ...(primary === undefined ? {} : { keyId: primary.id }),
      action: 'create-replica',
      replicaRegion: replica.region,
      before: null,
      after: replica.region,
      replica: replicaCreation(key, replica),
      access: access.access,
      // Who the replica's policy lets in was not computed: never safe (as a create).
      risk: access.unknown === undefined ? 'safe' : 'disruptive',
      ...(access.unknown === undefined ? {} : { note: access.unknown }),
    },
  ];
  if (replica.state === 'disabled') {
    // The replica does not exist yet: apply finds it by its Region and logical name.
    changes.push({
      address,
      key: key.name,
      account: key.account,
      region: replica.region,
      action: 'disable',
      before: 'Enabled',
      after: 'Disabled',
      risk: 'safe',
      note: 'the new replica is created disabled',
    });
  }
  return changes;
}

/**
 * The access diff of a replica to be made, from no access to its own policy, read for the
 * replica: its partition, account and Region, its key's usage and properties (SPEC section 8:
 * a statement applies only where its Resource can match the key's ARN).
 */
function replicaAccess(
  key: DesiredKey,
  replica: DesiredReplica,
): { access: AccessChange[]; unknown?: string } {
  if (replica.policy === undefined) return { access: [] };
  const location = { account: key.account, region: replica.region };
  return planAccessDiff(undefined, replica.policy.document, {
    account: key.account,
    actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
    partition: partitionOf(location),
    key: requestedKeyOf(location),
    keyProperties: keyPropertyConditions({ ...key, replica: true }),
  });
}

/** An existing replica diffed like a key, its changes addressed to the replica. */
function replicaChanges(
  key: DesiredKey,
  replica: DesiredReplica,
  live: LiveKey,
): { changes: Change[]; kept: KeptGrant[] } {
  const asKey: DesiredKey = {
    ...key,
    region: replica.region,
    description: replica.description,
    tags: replica.tags,
    aliases: replica.aliases,
    deletionWindowInDays: replica.deletionWindowInDays,
    state: replica.state,
    replicas: [],
    replicaRegions: [],
    grants: [],
  };
  if (replica.policy === undefined) delete asKey.policy;
  else asKey.policy = replica.policy;
  // Rotation is the primary's (shared): never compared on a replica.
  const withoutRotation: LiveKey = { ...live, rotation: undefined };
  const changes = diffKey(asKey, withoutRotation, { adopting: false });
  const address = replicaAddress(key.name, replica.region);
  let kept: KeptGrant[] = [];
  if (replica.state !== 'pending_deletion' && live.state !== 'PendingDeletion') {
    const grants = replicaGrantRevocations(key, replica.region, live);
    changes.push(...grants.changes);
    kept = grants.kept.map((grant) => ({ ...grant, address }));
  }
  return { changes: changes.map((change) => ({ ...change, address })), kept };
}

/**
 * A grant on a replica gives access to the same key material as one on its primary, yet it
 * is the replica's own (never replicated), so the primary's grants say nothing about it.
 */
function replicaGrantRevocations(
  key: DesiredKey,
  region: string,
  live: LiveKey,
): { changes: Change[]; kept: KeptGrant[] } {
  const target = { name: key.name, account: live.account, region: live.region, keyId: live.id };
  const diff = diffGrants(target, [], live.grants, key.keepGrants);
  const changes = diff.changes.map((change) =>
    change.action === 'revoke-grant'
      ? {
          ...change,
          note: `grant on the ${region} replica, not declared in the manifest (a replica declares no grants; grants are never replicated): ${change.before.granteePrincipal} loses ${change.before.operations.join(', ')} on this replica (grant ${change.grantId}); ${change.awsGrantee === true ? `AWS operates this grantee: keep it with the key's \`keep_grants\`, or revoke it by naming it: --allow-destructive --revoke-grant ${change.grantId}` : "keep it with the key's `keep_grants`, or revoke it with --allow-destructive"}`,
        }
      : change,
  );
  return { changes, kept: diff.kept };
}
