import type { DesiredKey } from '../manifest/desired-state.ts';
import { partitionOf } from '../lint/policy/partition-of.ts';
import { generateKeyPolicy } from '../policy/generate-key-policy.ts';
import type { KeyReplication } from './plan-types.ts';

/**
 * What ReplicateKey needs so that a replica is born managed, as CreateKey does for a key: the
 * key's policy (an intent policy generated again for the replica's Region, since `via_service`
 * endpoints and Regional service principals name the Region; a raw document as written), the
 * same ownership and user tags (the replica is told apart from its primary by its
 * `MultiRegionConfiguration`, not by a tag, so the shipped IAM tag-key conditions still hold),
 * the description and the lockout safety-check setting. Without them KMS attaches its default
 * policy (no MFA guard, IAM decides access) and leaves the replica untagged, so unmanaged.
 */
export function replicaCreation(key: DesiredKey, region: string): KeyReplication {
  const policy =
    key.policy === undefined
      ? undefined
      : key.policy.kind === 'document'
        ? key.policy.document
        : generateKeyPolicy(key.policy.intent, {
            account: key.account,
            region,
            partition: partitionOf(key),
            multiRegion: key.multiRegion,
            keySpec: key.keySpec,
            keyUsage: key.keyUsage,
            origin: key.origin,
          });
  return {
    region,
    description: key.description,
    ...(policy === undefined ? {} : { policy }),
    tags: key.tags,
    bypassPolicyLockoutSafetyCheck: key.bypassPolicyLockoutSafetyCheck,
  };
}
