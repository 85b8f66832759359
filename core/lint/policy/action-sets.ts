import { keyUsageActions } from '../../policy/key-usage-actions.ts';

/** Actions that change who controls the key or destroy it: what a key administrator does. */
export const ADMIN_ACTIONS = ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey'];

/**
 * Actions that use the key's material, for a key whose spec is not known (a standalone
 * policy): what a key user of any kind of key does. A known key uses its own list.
 */
export const CRYPTO_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncryptFrom',
  'kms:Sign',
  'kms:GenerateMac',
  'kms:DeriveSharedSecret',
];

/** The uses that make a principal a key user: those of the key's kind when known. */
export function sensitiveActionsOf(key: {
  keySpec?: string;
  keyUsage?: string;
}): readonly string[] {
  if (key.keySpec === undefined && key.keyUsage === undefined) return CRYPTO_ACTIONS;
  return keyUsageActions(key.keySpec, key.keyUsage).sensitiveActions;
}

/**
 * Cryptographic actions whose requests carry an encryption context: only symmetric
 * encryption operations take one. A standalone policy is judged as for a symmetric key.
 */
export function contextActionsOf(key: { keySpec?: string; keyUsage?: string }): readonly string[] {
  return keyUsageActions(key.keySpec, key.keyUsage).contextActions;
}

/** The destructive actions SPEC section 1 wants behind MFA. */
export const MFA_GUARDED_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:DisableKey'];

/** `kms:Decrypt, kms:Encrypt and 3 more` */
export function summarizeActions(actions: readonly string[], limit = 4): string {
  if (actions.length <= limit) return actions.join(', ');
  return `${actions.slice(0, limit).join(', ')} and ${actions.length - limit} more`;
}
