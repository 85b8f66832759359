/** What anyone managing the key may do, whatever its usage. */
const MANAGEMENT_ACTIONS = [
  'kms:CreateGrant',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:DisableKey',
];

const USE_ACTIONS: Record<string, readonly string[]> = {
  SYMMETRIC: [
    'kms:Encrypt',
    'kms:Decrypt',
    'kms:ReEncryptFrom',
    'kms:ReEncryptTo',
    'kms:GenerateDataKey',
  ],
  ENCRYPT_DECRYPT: [
    'kms:Encrypt',
    'kms:Decrypt',
    'kms:ReEncryptFrom',
    'kms:ReEncryptTo',
    'kms:GetPublicKey',
  ],
  SIGN_VERIFY: ['kms:Sign', 'kms:Verify', 'kms:GetPublicKey'],
  GENERATE_VERIFY_MAC: ['kms:GenerateMac', 'kms:VerifyMac'],
  KEY_AGREEMENT: ['kms:DeriveSharedSecret', 'kms:GetPublicKey'],
};

/**
 * The actions the access table shows for a key: the cryptographic operations its usage
 * allows (AWS KMS key usage and key spec), DescribeKey, then the management actions.
 * A symmetric encryption key shows Encrypt, Decrypt, ReEncrypt and GenerateDataKey; an
 * asymmetric one GetPublicKey instead of GenerateDataKey (KMS refuses data keys from it).
 */
export function accessActionsForUsage(keyUsage: string, keySpec: string): string[] {
  const usage =
    keyUsage === 'ENCRYPT_DECRYPT' && keySpec === 'SYMMETRIC_DEFAULT' ? 'SYMMETRIC' : keyUsage;
  const use = USE_ACTIONS[usage] ?? USE_ACTIONS['SYMMETRIC'] ?? [];
  return [...use, 'kms:DescribeKey', ...MANAGEMENT_ACTIONS];
}
