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

/** Sorted once per kind of placement: compile asks for every key of a manifest. */
const ADMIN_ACTIONS_BY_PLACEMENT = new Map<string, readonly string[]>();

/** The administrators' actions for a key of this placement, sorted (a list of its own). */
export function keyAdminActions(key: KeyPlacement): string[] {
  const kind = keyUsageActions(key.keySpec, key.keyUsage).kind;
  const multiRegion = key.multiRegion === true;
  const imported = key.origin === 'EXTERNAL';
  // The AWS default gives it through kms:Get*; the public key of a symmetric or HMAC key does not exist.
  const publicKey = !(kind === 'symmetric-encryption' || kind === 'mac');
  const id = `${String(multiRegion)} ${String(imported)} ${String(publicKey)}`;
  let actions = ADMIN_ACTIONS_BY_PLACEMENT.get(id);
  if (actions === undefined) {
    actions = sortedUnique([
      ...KEY_ADMIN_ACTIONS,
      ...(multiRegion ? MULTI_REGION_ADMIN_ACTIONS : []),
      ...(imported ? IMPORTED_MATERIAL_ADMIN_ACTIONS : []),
      ...(publicKey ? ['kms:GetPublicKey'] : []),
    ]);
    ADMIN_ACTIONS_BY_PLACEMENT.set(id, actions);
  }
  return [...actions];
}
