import type { DesiredKey, DesiredReplica } from '../manifest/desired-state.ts';
import type { KeyReplication } from './plan-types.ts';

/**
 * What ReplicateKey needs so that a replica is born managed, as CreateKey does for a key: the
 * replica's policy (its own, or the key's intent generated again for the replica's Region, or
 * the key's raw document: resolve-replicas.ts), the ownership and user tags (the replica is
 * told apart from its primary by its `MultiRegionConfiguration`, not by a tag, so the shipped
 * IAM tag-key conditions still hold), the description and the key's lockout safety-check
 * setting. Without them KMS attaches its default policy (no MFA guard, IAM decides access) and
 * leaves the replica untagged, so unmanaged.
 */
export function replicaCreation(key: DesiredKey, replica: DesiredReplica): KeyReplication {
  return {
    region: replica.region,
    description: replica.description,
    ...(replica.policy === undefined ? {} : { policy: replica.policy.document }),
    tags: replica.tags,
    bypassPolicyLockoutSafetyCheck: key.bypassPolicyLockoutSafetyCheck,
  };
}
