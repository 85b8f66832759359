import { DescribeKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { AwsAccessError } from '../../core/errors.ts';
import { awsErrorName } from './to-aws-access-error.ts';
import {
  DEFAULT_CONSISTENCY_WAIT,
  waitForConsistency,
  type ConsistencyWait,
} from './wait-for-consistency.ts';

/**
 * ReplicateKey returns before the replica is done. AWS ("Create multi-Region replica keys"):
 * "When this operation completes, the new replica key has a transient key state of Creating.
 * This key state changes to Enabled (or PendingImport) after a few seconds ... If you are
 * creating and using the replica key programmatically, retry on KMSInvalidStateException or
 * call DescribeKey to check its KeyState value before using it." Until KMS is consistent
 * ("AWS KMS eventual consistency"), the replica's Region may also answer NotFoundException.
 * So DescribeKey is re-read in the replica's Region, within the usual consistency wait, until
 * it describes the replica out of `Creating`; only then are its own changes (aliases, state)
 * made, and a plan read afterwards sees it finished. `kms` is the replica Region's client.
 */
export async function waitUntilReplicaReady(
  kms: KMSClient,
  keyId: string,
  region: string,
  wait: ConsistencyWait = DEFAULT_CONSISTENCY_WAIT,
): Promise<void> {
  try {
    await waitForConsistency(
      'DescribeKey',
      async () => {
        const described = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
        if (described.KeyMetadata?.KeyState === 'Creating') throw new ReplicaStillCreating();
        return described;
      },
      wait,
      ['NotFoundException', STILL_CREATING],
    );
  } catch (error) {
    const name = awsErrorName(error);
    if (name !== 'NotFoundException' && name !== STILL_CREATING) throw error;
    const waited = `${String(Math.round(wait.timeoutMs / 1000))} s`;
    throw new AwsAccessError(
      (name === STILL_CREATING
        ? `ReplicateKey made replica ${keyId}, but it is still in state Creating in ${region} after waiting ${waited}`
        : `ReplicateKey made replica ${keyId}, but ${region} does not describe it yet after waiting ${waited} (NotFoundException)`) +
        `: AWS has not finished creating it. The replica's own changes (aliases, state) were not made; run apply again in a few minutes: until AWS finishes, plan shows a replica-creating problem, then the replica's remaining changes`,
      { cause: error },
    );
  }
}

const STILL_CREATING = 'ReplicaStillCreating';

class ReplicaStillCreating extends Error {
  override name = STILL_CREATING;
  constructor() {
    super('the replica key is in state Creating');
  }
}
