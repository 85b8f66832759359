import type { KeyPlacement } from './key-placement.ts';
import { keyUsageActions } from './key-usage-actions.ts';
import { sortedUnique } from './sorted-unique.ts';

/**
 * Management actions only, listed one by one: administrators can change the key but never use
 * it, and never delegate its use. This is the key administrators statement of the AWS default
 * key policy (Developer Guide, "Default key policy", "Allows key administrators to administer
 * the KMS key") with its wildcards expanded and without `kms:CreateGrant`, which `kms:Create*`
 * includes there: a grant would let an administrator give itself Decrypt without any
 * key-policy change to review. Administrators keep `ListGrants` and `RevokeGrant`.
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:CancelKeyDeletion',
  'kms:CreateAlias',
  'kms:DeleteAlias',
  'kms:DescribeKey',
  'kms:DisableKey',
  'kms:DisableKeyRotation',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListGrants',
  'kms:ListKeyPolicies',
  'kms:ListKeyRotations',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:RevokeGrant',
  'kms:RotateKeyOnDemand',
  'kms:ScheduleKeyDeletion',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateAlias',
  'kms:UpdateKeyDescription',
];

/** Added for multi-Region keys ("AWS KMS adds the following permissions ... special-purpose keys"). */
export const MULTI_REGION_ADMIN_ACTIONS = ['kms:ReplicateKey', 'kms:UpdatePrimaryRegion'];

/** Added for keys with imported key material (`origin: EXTERNAL`). */
export const IMPORTED_MATERIAL_ADMIN_ACTIONS = [
  'kms:DeleteImportedKeyMaterial',
  'kms:GetParametersForImport',
  'kms:ImportKeyMaterial',
];

/** The administrators' actions for a key of this placement, sorted. */
export function keyAdminActions(key: KeyPlacement): string[] {
  const kind = keyUsageActions(key.keySpec, key.keyUsage).kind;
  return sortedUnique([
    ...KEY_ADMIN_ACTIONS,
    ...(key.multiRegion === true ? MULTI_REGION_ADMIN_ACTIONS : []),
    ...(key.origin === 'EXTERNAL' ? IMPORTED_MATERIAL_ADMIN_ACTIONS : []),
    // The AWS default gives it through kms:Get*; the public key of a symmetric or HMAC key does not exist.
    ...(kind === 'symmetric-encryption' || kind === 'mac' ? [] : ['kms:GetPublicKey']),
  ]);
}
