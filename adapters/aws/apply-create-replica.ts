import { ReplicateKeyCommand } from '@aws-sdk/client-kms';
import { AwsAccessError } from '../../core/errors.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import type { AwsClients } from './kms-client.ts';
import { awsErrorName, toAwsAccessError } from './to-aws-access-error.ts';
import { toTagList } from './to-tag-list.ts';
import type { ConsistencyWait } from './wait-for-consistency.ts';
import { waitUntilReplicaReady } from './wait-until-replica-ready.ts';

type CreateReplica = Extract<Change, { action: 'create-replica' }>;

/**
 * Makes a new replica with ReplicateKey (its policy, tags and description in the same call),
 * then waits until its Region describes it finished (wait-until-replica-ready.ts), so that the
 * replica's own changes that follow in its Region find it. Returns the replica's key id (a
 * multi-Region key's id is the same in every Region).
 */
export async function applyCreateReplica(
  change: CreateReplica,
  primaryKeyId: string,
  clients: AwsClients,
  consistency: ConsistencyWait | undefined,
): Promise<string> {
  const kms = clients.kms(change.account, change.region);
  let replicated;
  try {
    replicated = await kms.send(
      new ReplicateKeyCommand({
        KeyId: primaryKeyId,
        ReplicaRegion: change.replicaRegion,
        Description: change.replica.description,
        ...(change.replica.policy === undefined
          ? {}
          : { Policy: JSON.stringify(change.replica.policy) }),
        BypassPolicyLockoutSafetyCheck: change.replica.bypassPolicyLockoutSafetyCheck,
        // Ownership tags in the same call, as for CreateKey: the replica is born managed.
        Tags: toTagList(change.replica.tags),
      }),
    );
  } catch (error) {
    if (awsErrorName(error) !== 'AlreadyExistsException') throw error;
    throw new AwsAccessError(
      `ReplicateKey answered AlreadyExistsException: key ${primaryKeyId} already has a replica in ${change.replicaRegion}. ` +
        'The plan was read before its primary listed that replica (AWS lists a new replica after a few seconds; another apply may just have made it), so it planned to create it again. ' +
        'Nothing was changed: run plan again in a few minutes, the replica is then read and its own settings diffed as an existing replica',
      { cause: error },
    );
  }
  const id = replicated.ReplicaKeyMetadata?.KeyId ?? primaryKeyId;
  try {
    await waitUntilReplicaReady(
      clients.kms(change.account, change.replicaRegion),
      id,
      change.replicaRegion,
      consistency,
    );
  } catch (error) {
    throw toAwsAccessError(error, {
      operation: 'DescribeKey',
      service: 'kms',
      account: change.account,
      region: change.replicaRegion,
      target: id,
      endpoint: clients.endpointOf('kms', change.replicaRegion),
    });
  }
  return id;
}
