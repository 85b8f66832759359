import { KMS_ACTIONS } from './kms-actions.ts';

/**
 * What a KMS key can do, by key spec and key usage: the one place generation, the access
 * matrix and the lint rules learn it from. Sources: the CreateKey API reference (`KeySpec`,
 * `KeyUsage`, `Origin`), the Developer Guide's "Key spec reference", "Default key policy"
 * (its key users statements per key type) and "Automatic key rotation".
 */

export const SYMMETRIC_DEFAULT = 'SYMMETRIC_DEFAULT';
export const ENCRYPT_DECRYPT = 'ENCRYPT_DECRYPT';

const RSA = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'];
const NIST_ECC = ['SIGN_VERIFY', 'KEY_AGREEMENT'];
const SIGNING = ['SIGN_VERIFY'];
const MAC = ['GENERATE_VERIFY_MAC'];

/** Every key spec and the key usages CreateKey accepts with it. */
export const KEY_SPEC_USAGES: Readonly<Record<string, readonly string[]>> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  RSA_2048: RSA,
  RSA_3072: RSA,
  RSA_4096: RSA,
  ECC_NIST_P256: NIST_ECC,
  ECC_NIST_P384: NIST_ECC,
  ECC_NIST_P521: NIST_ECC,
  ECC_NIST_EDWARDS25519: SIGNING,
  ECC_SECG_P256K1: SIGNING,
  HMAC_224: MAC,
  HMAC_256: MAC,
  HMAC_384: MAC,
  HMAC_512: MAC,
  SM2: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'],
  ML_DSA_44: SIGNING,
  ML_DSA_65: SIGNING,
  ML_DSA_87: SIGNING,
  ML_KEM_512: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_768: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_1024: ['ENCAPSULATE_DECAPSULATE'],
};

/** What kind of key a spec and usage make: decides its users' actions. */
export type KeyKind =
  | 'symmetric-encryption'
  | 'asymmetric-encryption'
  | 'signing'
  | 'mac'
  | 'key-agreement'
  | 'key-encapsulation';

export interface KeyUsageActions {
  kind: KeyKind;
  /**
   * The key users statement of the AWS default key policy for this kind of key, DescribeKey
   * aside (wildcards as AWS writes them).
   */
  userActions: readonly string[];
  /** Concrete actions that use the key material: the access matrix's columns of use. */
  useActions: readonly string[];
  /**
   * Those of `useActions` that read the key's secret material or produce data only the key
   * can: what makes an administrator a user too (`Verify`, `VerifyMac`, `ReEncryptTo` do not).
   */
  sensitiveActions: readonly string[];
  /**
   * Those of `useActions` whose requests carry an encryption context. Only symmetric
   * encryption operations take one; asymmetric, HMAC and key agreement operations take none.
   */
  contextActions: readonly string[];
  /**
   * AWS services integrated with KMS use the key (`kms:ViaService`, grants for AWS
   * resources): "These services do not support asymmetric KMS keys or HMAC KMS keys".
   */
  awsServices: boolean;
}

const KINDS: Readonly<Record<KeyKind, KeyUsageActions>> = {
  'symmetric-encryption': {
    kind: 'symmetric-encryption',
    userActions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
    useActions: [
      'kms:Decrypt',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'kms:ReEncryptFrom',
      'kms:ReEncryptTo',
    ],
    sensitiveActions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom'],
    contextActions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom'],
    awsServices: true,
  },
  'asymmetric-encryption': {
    kind: 'asymmetric-encryption',
    userActions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GetPublicKey', 'kms:ReEncrypt*'],
    useActions: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'],
    sensitiveActions: ['kms:Decrypt', 'kms:ReEncryptFrom'],
    contextActions: [],
    awsServices: false,
  },
  signing: {
    kind: 'signing',
    userActions: ['kms:GetPublicKey', 'kms:Sign', 'kms:Verify'],
    useActions: ['kms:Sign', 'kms:Verify'],
    sensitiveActions: ['kms:Sign'],
    contextActions: [],
    awsServices: false,
  },
  mac: {
    kind: 'mac',
    userActions: ['kms:GenerateMac', 'kms:VerifyMac'],
    useActions: ['kms:GenerateMac', 'kms:VerifyMac'],
    sensitiveActions: ['kms:GenerateMac'],
    contextActions: [],
    awsServices: false,
  },
  'key-agreement': {
    kind: 'key-agreement',
    userActions: ['kms:DeriveSharedSecret', 'kms:GetPublicKey'],
    useActions: ['kms:DeriveSharedSecret'],
    sensitiveActions: ['kms:DeriveSharedSecret'],
    contextActions: [],
    awsServices: false,
  },
  // ML-KEM: the IAM action data has no kms:Decapsulate yet, so compile refuses these keys;
  // the entry exists so a live key of this kind is never mistaken for an encryption key.
  'key-encapsulation': {
    kind: 'key-encapsulation',
    userActions: ['kms:Decapsulate', 'kms:GetPublicKey'],
    useActions: ['kms:Decapsulate'],
    sensitiveActions: ['kms:Decapsulate'],
    contextActions: [],
    awsServices: false,
  },
};

/** Management actions the access matrix shows for every key: delegate, re-permission, destroy. */
const MATRIX_MANAGEMENT_ACTIONS = [
  'kms:CreateGrant',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:DisableKey',
];

/**
 * What users of a key of this spec and usage may do. The usage decides for asymmetric keys;
 * a spec or usage this table does not know counts as the kind its usage names, so an unknown
 * key is never given encryption-context or AWS-service treatment it cannot use.
 */
export function keyUsageActions(
  keySpec: string = SYMMETRIC_DEFAULT,
  keyUsage: string = ENCRYPT_DECRYPT,
): KeyUsageActions {
  return KINDS[keyKindOf(keySpec, keyUsage)];
}

function keyKindOf(keySpec: string, keyUsage: string): KeyKind {
  if (keySpec.startsWith('HMAC_') || keyUsage === 'GENERATE_VERIFY_MAC') return 'mac';
  switch (keyUsage) {
    case 'SIGN_VERIFY':
      return 'signing';
    case 'KEY_AGREEMENT':
      return 'key-agreement';
    case 'ENCAPSULATE_DECAPSULATE':
      return 'key-encapsulation';
    default:
      return keySpec === SYMMETRIC_DEFAULT ? 'symmetric-encryption' : 'asymmetric-encryption';
  }
}

/**
 * The access matrix's columns for a key: its uses, `kms:GetPublicKey` where its users get it
 * (asymmetric keys), `kms:DescribeKey`, then the management actions.
 */
export function accessMatrixActionsFor(keySpec?: string, keyUsage?: string): string[] {
  const actions = keyUsageActions(keySpec, keyUsage);
  return [
    ...actions.useActions,
    ...(actions.userActions.includes('kms:GetPublicKey') ? ['kms:GetPublicKey'] : []),
    'kms:DescribeKey',
    ...MATRIX_MANAGEMENT_ACTIONS,
  ];
}

/**
 * Whether KMS rotates this key automatically: "Automatic key rotation is supported only on
 * symmetric encryption KMS keys. You cannot enable automatic rotation of asymmetric KMS keys,
 * HMAC KMS keys, KMS keys with imported key material, or KMS keys in a custom key store."
 */
export function canRotateAutomatically(key: {
  keySpec: string;
  origin?: string;
  customKeyStoreId?: string;
}): boolean {
  return (
    key.keySpec === SYMMETRIC_DEFAULT &&
    (key.origin ?? 'AWS_KMS') === 'AWS_KMS' &&
    key.customKeyStoreId === undefined
  );
}

/** Every action that uses key material, of any kind of key. */
const CRYPTOGRAPHIC_ACTIONS = [
  'kms:Decrypt',
  'kms:DeriveSharedSecret',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyPair',
  'kms:GenerateDataKeyPairWithoutPlaintext',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:GenerateMac',
  'kms:GetPublicKey',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
  'kms:Sign',
  'kms:Verify',
  'kms:VerifyMac',
];

/**
 * Whether `action` (canonical, `kms:Decrypt` style) is a cryptographic action that a key of
 * this kind does not support, e.g. `kms:Decrypt` on a signing key or `kms:Sign` on an HMAC key.
 */
export function isForeignCryptoAction(action: string, usage: KeyUsageActions): boolean {
  if (!CRYPTOGRAPHIC_ACTIONS.includes(action)) return false;
  return !usage.userActions.some((pattern) =>
    pattern.endsWith('*') ? action.startsWith(pattern.slice(0, -1)) : action === pattern,
  );
}

/** Grant management key users get for AWS services acting for them (EBS, RDS, ...). */
export const USER_GRANT_ACTIONS: readonly string[] = [
  'kms:CreateGrant',
  'kms:ListGrants',
  'kms:RevokeGrant',
];

/** Computed once per kind of key (compile asks for every key of a manifest). */
const USER_ACTION_CHOICES = new WeakMap<KeyUsageActions, readonly string[]>();

/**
 * The actions a group of a key's users may be narrowed to (`users: [{ actions: [...] }]`,
 * `organization.actions`): the users statement's actions with its wildcards expanded,
 * `kms:DescribeKey`, and, for keys AWS services use, the grant actions users get for AWS
 * resources. Sorted.
 */
export function userActionChoices(usage: KeyUsageActions): string[] {
  let choices = USER_ACTION_CHOICES.get(usage);
  if (choices === undefined) {
    const expanded = usage.userActions.flatMap((pattern) =>
      pattern.endsWith('*')
        ? KMS_ACTIONS.filter((action) => action.startsWith(pattern.slice(0, -1)))
        : [pattern],
    );
    choices = [
      ...new Set([
        ...expanded,
        'kms:DescribeKey',
        ...(usage.awsServices ? USER_GRANT_ACTIONS : []),
      ]),
    ].sort();
    USER_ACTION_CHOICES.set(usage, choices);
  }
  return [...choices];
}
