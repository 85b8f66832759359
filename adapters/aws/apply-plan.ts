import {
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  PutKeyPolicyCommand,
  RevokeGrantCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
  type KeySpec,
  type KeyUsageType,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { AwsAccessError, PlanError } from '../../core/errors.ts';
import { OWNERSHIP_TAG_KEY } from '../../core/manifest/desired-state.ts';
import type { Change, Plan } from '../../core/plan/plan-types.ts';
import { describeChange } from '../../core/render/describe-change.ts';
import type { AwsClients } from './kms-client.ts';
import { applyCreateReplica } from './apply-create-replica.ts';
import { buildCreateGrantInput } from './build-create-grant-input.ts';
import { retryOnlyIfNotCreated } from './retry-only-if-not-created.ts';
import { toAwsAccessError } from './to-aws-access-error.ts';
import { toTagList } from './to-tag-list.ts';
import { waitForConsistency, type ConsistencyWait } from './wait-for-consistency.ts';
import { countNoun } from '../../core/render/count-noun.ts';
import { holdBackReason } from '../../core/plan/hold-back-reason.ts';

export interface ApplyOptions {
  clients: AwsClients;
  /** Apply `destructive` changes too; without it they are held back and reported. */
  allowDestructive: boolean;
  /**
   * Grant ids of grants to AWS-operated grantees to revoke as well (`--revoke-grant`): without
   * their id such grants are held back even with `allowDestructive` (core/plan/hold-back-reason.ts).
   */
  revokeGrants?: readonly string[];
  /** Called before and after each change, for progress output. */
  onProgress?: (event: ApplyProgress) => void;
  /** Eventual-consistency waits (new IAM principals, a key just created); tests shorten them. */
  consistency?: ConsistencyWait;
}

export type ApplyProgress =
  | { type: 'start'; change: Change }
  | { type: 'done'; change: Change }
  | { type: 'held-back'; change: Change; reason: string };

export interface ApplyResult {
  applied: Change[];
  heldBack: { change: Change; reason: string }[];
  /** The change that failed, its error, and the changes not attempted after it. */
  failed?: { change: Change; error: AwsAccessError; notAttempted: Change[] };
}

/**
 * Applies a freshly computed plan in its order. Destructive changes are held back without
 * `allowDestructive`, revocations of grants to AWS-operated grantees unless named; on the first failure it stops and reports what was done and what was
 * not; the next run's plan converges from whatever state that left.
 */
export async function applyPlan(plan: Plan, options: ApplyOptions): Promise<ApplyResult> {
  if (plan.problems.length > 0) {
    throw new PlanError(
      `refusing to apply: the plan has ${countNoun(plan.problems.length, 'problem')}: ${plan.problems.map((problem) => `[${problem.code}] ${problem.message}`).join('; ')}`,
    );
  }
  const keyIds = new Map<string, string>();
  const applied: Change[] = [];
  const heldBack: ApplyResult['heldBack'] = [];
  for (const [index, change] of plan.changes.entries()) {
    const reason = holdBackReason(change, options);
    if (reason !== undefined) {
      heldBack.push({ change, reason });
      options.onProgress?.({ type: 'held-back', change, reason });
      continue;
    }
    options.onProgress?.({ type: 'start', change });
    try {
      await applyChange(change, options, keyIds);
    } catch (error) {
      return {
        applied,
        heldBack,
        failed: {
          change,
          error: asAwsAccessError(change, error, options.clients),
          notAttempted: plan.changes.slice(index + 1),
        },
      };
    }
    applied.push(change);
    options.onProgress?.({ type: 'done', change });
  }
  return { applied, heldBack };
}

async function applyChange(
  change: Change,
  options: ApplyOptions,
  keyIds: Map<string, string>,
): Promise<void> {
  const kms = options.clients.kms(change.account, change.region);
  const keyId = (): string => {
    const id = change.keyId ?? keyIds.get(`${change.account}/${change.region}/${change.key}`);
    if (id === undefined)
      throw new PlanError(`no key id for ${change.key}: its creation did not happen in this apply`);
    return id;
  };
  switch (change.action) {
    case 'create': {
      const created = await waitForConsistency(
        'CreateKey',
        () =>
          kms.send(
            retryOnlyIfNotCreated(
              new CreateKeyCommand({
                Description: change.after.description,
                KeySpec: change.after.keySpec as KeySpec,
                KeyUsage: change.after.keyUsage as KeyUsageType,
                ...(change.after.origin === undefined ? {} : { Origin: change.after.origin }),
                MultiRegion: change.after.multiRegion,
                ...(change.after.policy === undefined
                  ? {}
                  : { Policy: JSON.stringify(change.after.policy) }),
                BypassPolicyLockoutSafetyCheck: change.after.bypassPolicyLockoutSafetyCheck,
                // Ownership tags in the same call: a crash right after leaves no unowned key.
                Tags: toTagList(change.after.tags),
              }),
            ),
          ),
        options.consistency,
      );
      const id = created.KeyMetadata?.KeyId;
      if (id === undefined) throw new Error('CreateKey returned no key id');
      keyIds.set(`${change.account}/${change.region}/${change.key}`, id);
      await waitUntilDescribable(kms, id, options.consistency);
      return;
    }
    case 'update-policy':
      await waitForConsistency(
        'PutKeyPolicy',
        () =>
          kms.send(
            new PutKeyPolicyCommand({
              KeyId: keyId(),
              PolicyName: 'default',
              Policy: JSON.stringify(change.after),
              BypassPolicyLockoutSafetyCheck: change.bypassPolicyLockoutSafetyCheck,
            }),
          ),
        options.consistency,
      );
      return;
    case 'update-description':
      await kms.send(
        new UpdateKeyDescriptionCommand({ KeyId: keyId(), Description: change.after }),
      );
      return;
    case 'update-rotation':
      if (change.after.enabled) {
        await kms.send(
          new EnableKeyRotationCommand({
            KeyId: keyId(),
            ...(change.after.periodInDays === undefined
              ? {}
              : { RotationPeriodInDays: change.after.periodInDays }),
          }),
        );
      } else {
        await kms.send(new DisableKeyRotationCommand({ KeyId: keyId() }));
      }
      return;
    case 'adopt':
      await kms.send(new TagResourceCommand({ KeyId: keyId(), Tags: toTagList(change.after) }));
      return;
    case 'retag':
      await kms.send(
        new TagResourceCommand({
          KeyId: keyId(),
          Tags: toTagList({ [OWNERSHIP_TAG_KEY]: change.after }),
        }),
      );
      return;
    case 'tag':
      if (Object.keys(change.set).length > 0)
        await kms.send(new TagResourceCommand({ KeyId: keyId(), Tags: toTagList(change.set) }));
      if (change.remove.length > 0)
        await kms.send(new UntagResourceCommand({ KeyId: keyId(), TagKeys: change.remove }));
      return;
    case 'enable':
      await kms.send(new EnableKeyCommand({ KeyId: keyId() }));
      return;
    case 'disable':
      await kms.send(new DisableKeyCommand({ KeyId: keyId() }));
      return;
    case 'cancel-deletion':
      await kms.send(new CancelKeyDeletionCommand({ KeyId: keyId() }));
      return;
    case 'schedule-deletion':
      await kms.send(
        new ScheduleKeyDeletionCommand({
          KeyId: keyId(),
          PendingWindowInDays: change.windowInDays,
        }),
      );
      return;
    case 'create-alias':
      await kms.send(new CreateAliasCommand({ AliasName: change.alias, TargetKeyId: keyId() }));
      return;
    case 'retarget':
      await kms.send(new UpdateAliasCommand({ AliasName: change.alias, TargetKeyId: keyId() }));
      return;
    case 'delete-alias':
      await kms.send(new DeleteAliasCommand({ AliasName: change.alias }));
      return;
    case 'create-grant':
      await waitForConsistency(
        'CreateGrant',
        () => kms.send(new CreateGrantCommand(buildCreateGrantInput(keyId(), change.after))),
        options.consistency,
      );
      return;
    case 'revoke-grant':
      await kms.send(new RevokeGrantCommand({ KeyId: keyId(), GrantId: change.grantId }));
      return;
    case 'create-replica': {
      const id = await applyCreateReplica(change, keyId(), options.clients, options.consistency);
      // The replica's own changes (aliases, state) follow in its Region, by its key id.
      keyIds.set(`${change.account}/${change.replicaRegion}/${change.key}`, id);
      return;
    }
  }
}

/** A new key can answer NotFound for a moment: re-read it until it is visible. */
async function waitUntilDescribable(
  kms: KMSClient,
  keyId: string,
  consistency: ConsistencyWait | undefined,
): Promise<void> {
  await waitForConsistency(
    'DescribeKey',
    () => kms.send(new DescribeKeyCommand({ KeyId: keyId })),
    consistency,
    ['NotFoundException'],
  );
}

/** The KMS operation each change makes (the first, for changes that make two). */
const OPERATION: Record<Change['action'], string> = {
  create: 'CreateKey',
  adopt: 'TagResource',
  retag: 'TagResource',
  'update-description': 'UpdateKeyDescription',
  'update-rotation': 'EnableKeyRotation',
  'update-policy': 'PutKeyPolicy',
  tag: 'TagResource',
  enable: 'EnableKey',
  disable: 'DisableKey',
  'schedule-deletion': 'ScheduleKeyDeletion',
  'cancel-deletion': 'CancelKeyDeletion',
  'create-alias': 'CreateAlias',
  retarget: 'UpdateAlias',
  'delete-alias': 'DeleteAlias',
  'create-grant': 'CreateGrant',
  'revoke-grant': 'RevokeGrant',
  'create-replica': 'ReplicateKey',
};

function asAwsAccessError(change: Change, error: unknown, clients: AwsClients): AwsAccessError {
  if (error instanceof PlanError) return new AwsAccessError(error.message);
  const failure = toAwsAccessError(error, {
    operation: OPERATION[change.action],
    service: 'kms',
    account: change.account,
    region: change.region,
    target: change.keyId ?? change.key,
    endpoint: clients.endpointOf('kms', change.region),
  });
  return new AwsAccessError(`${change.address} (${describeChange(change)}): ${failure.message}`, {
    cause: error,
  });
}
