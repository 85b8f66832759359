/** Actions that change who controls the key or destroy it: what a key administrator does. */
export const ADMIN_ACTIONS = ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey'];

/** Actions that use the key's material: what a key user does. */
export const CRYPTO_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncryptFrom',
  'kms:Sign',
  'kms:GenerateMac',
];

/** Cryptographic actions whose requests carry an encryption context. */
export const CONTEXT_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncryptFrom',
];

/** The destructive actions SPEC section 1 wants behind MFA. */
export const MFA_GUARDED_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:DisableKey'];

/** `kms:Decrypt, kms:Encrypt and 3 more` */
export function summarizeActions(actions: readonly string[], limit = 4): string {
  if (actions.length <= limit) return actions.join(', ');
  return `${actions.slice(0, limit).join(', ')} and ${actions.length - limit} more`;
}
