import type { KMSClient } from '@aws-sdk/client-kms';
import type { AwsClients } from './kms-client.ts';
import type { Limiter } from './limit-concurrency.ts';
import type { Describe, Send } from './live-read-scope.ts';
import { toAwsAccessError } from './to-aws-access-error.ts';

/** How the reads of one account and Region make their calls. */
export interface ScopeCaller {
  kms: KMSClient;
  /** Describes a call, for error messages. */
  call: Describe;
  /** Runs a call under the account's concurrency limit and the operation's pace. */
  send: Send;
}

/**
 * The client, call descriptions and limiter of one account and Region: every call paced and
 * bounded by the scheduler (schedule-aws-calls.ts), its failures made AwsAccessErrors that
 * name the operation, account, Region and target.
 */
export function scopeCaller(
  clients: AwsClients,
  scope: { account: string; region: string },
  limit: Limiter,
): ScopeCaller {
  const call: Describe = (operation, target, service = 'kms') => ({
    operation,
    service,
    account: scope.account,
    region: scope.region,
    endpoint: clients.endpointOf(service, scope.region),
    ...(target === undefined ? {} : { target }),
  });
  const send: Send = async (description, task) => {
    try {
      return await limit.run(task, description.operation);
    } catch (error) {
      throw toAwsAccessError(error, description);
    }
  };
  return { kms: clients.kms(scope.account, scope.region), call, send };
}
