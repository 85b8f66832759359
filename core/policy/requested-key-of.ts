import { partitionOf } from '../lint/policy/partition-of.ts';
import type { DesiredKey } from '../manifest/desired-state.ts';
import type { RequestedKey } from './evaluation-types.ts';

/**
 * The key a manifest entry describes, for the evaluator: the ARN it adopts, or else its
 * location (partition, account, Region), whose key id is not known before it exists.
 */
export function requestedKeyOf(
  key: Pick<DesiredKey, 'adopt' | 'region' | 'account'>,
): RequestedKey {
  if (key.adopt !== undefined) return { arn: key.adopt };
  return { partition: partitionOf(key), account: key.account, region: key.region };
}
