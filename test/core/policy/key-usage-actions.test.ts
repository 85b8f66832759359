import { readFileSync } from 'node:fs';
import { KeySpec, KeyUsageType } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { evaluateKeyPolicy } from '../../../core/policy/evaluate-key-policy.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import {
  accessMatrixActionsFor,
  canRotateAutomatically,
  KEY_SPEC_USAGES,
  keyUsageActions,
} from '../../../core/policy/key-usage-actions.ts';
import { canonicalKmsAction } from '../../../core/policy/kms-actions.ts';
import { toList } from '../../../core/policy/to-list.ts';
import type { ResolvedPolicyIntent } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:role/app`;
const INTENT: ResolvedPolicyIntent = {
  admins: [],
  users: [USER],
  viaService: [],
  encryptionContext: {},
  crossAccount: [],
  requireMfaFor: [],
};

function usersActions(keySpec: string, keyUsage: string): string[] {
  const document = generateKeyPolicy(INTENT, {
    account: ACCOUNT,
    region: 'us-east-1',
    keySpec,
    keyUsage,
  });
  return document.Statement.filter((statement) => statement.Sid?.startsWith('KeyUsers') === true)
    .flatMap((statement) => toList(statement.Action))
    .sort();
}

describe('key spec and usage table (CreateKey API reference, KeyUsage and KeySpec)', () => {
  it('knows every key spec and key usage of the pinned @aws-sdk/client-kms', () => {
    expect(Object.keys(KEY_SPEC_USAGES).sort()).toEqual(Object.values(KeySpec).sort());
    const usages = new Set(Object.values(KEY_SPEC_USAGES).flat());
    expect([...usages].sort()).toEqual(Object.values(KeyUsageType).sort());
  });

  it('is the schema: the same key specs and usages', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../schemas/kms.schema.json', import.meta.url), 'utf8'),
    ) as {
      properties: {
        keys: { additionalProperties: { properties: Record<string, { enum: string[] }> } };
      };
    };
    const key = schema.properties.keys.additionalProperties.properties;
    expect([...(key.key_spec?.enum ?? [])].sort()).toEqual(Object.keys(KEY_SPEC_USAGES).sort());
    expect([...(key.key_usage?.enum ?? [])].sort()).toEqual(Object.values(KeyUsageType).sort());
  });

  it.each([
    // "For asymmetric KMS keys with RSA key pairs, specify ENCRYPT_DECRYPT or SIGN_VERIFY."
    ['RSA_2048', ['ENCRYPT_DECRYPT', 'SIGN_VERIFY']],
    ['RSA_4096', ['ENCRYPT_DECRYPT', 'SIGN_VERIFY']],
    // "NIST-standard elliptic curve key pairs, specify SIGN_VERIFY or KEY_AGREEMENT."
    ['ECC_NIST_P256', ['SIGN_VERIFY', 'KEY_AGREEMENT']],
    ['ECC_NIST_P521', ['SIGN_VERIFY', 'KEY_AGREEMENT']],
    // "ECC_NIST_EDWARDS25519 (ed25519) - signing and verification only"
    ['ECC_NIST_EDWARDS25519', ['SIGN_VERIFY']],
    // "For asymmetric KMS keys with ECC_SECG_P256K1 key pairs, specify SIGN_VERIFY."
    ['ECC_SECG_P256K1', ['SIGN_VERIFY']],
    // "For HMAC KMS keys (symmetric), specify GENERATE_VERIFY_MAC."
    ['HMAC_224', ['GENERATE_VERIFY_MAC']],
    ['HMAC_512', ['GENERATE_VERIFY_MAC']],
    // "For asymmetric KMS keys with SM2 key pairs (China Regions only), specify
    // ENCRYPT_DECRYPT, SIGN_VERIFY, or KEY_AGREEMENT."
    ['SM2', ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT']],
    // "For asymmetric KMS keys with ML-DSA key pairs, specify SIGN_VERIFY."
    ['ML_DSA_65', ['SIGN_VERIFY']],
    ['SYMMETRIC_DEFAULT', ['ENCRYPT_DECRYPT']],
  ])('%s takes %j', (spec, usages) => {
    expect(KEY_SPEC_USAGES[spec]).toEqual(usages);
  });
});

// AWS KMS Developer Guide, "Default key policy" > "Allows key users to use a KMS key for
// cryptographic operations": the console's key users statement for each type of key, and
// "Allows key users to use the KMS key with AWS services" (not for HMAC keys: "Controlling
// access to HMAC KMS keys"; CreateKey: integrated services "do not support asymmetric KMS keys
// or HMAC KMS keys").
describe('generated key users statements follow the key spec and usage', () => {
  it.each([
    [
      'symmetric encryption',
      'SYMMETRIC_DEFAULT',
      'ENCRYPT_DECRYPT',
      ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
      true,
    ],
    [
      'asymmetric public key encryption',
      'RSA_3072',
      'ENCRYPT_DECRYPT',
      ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GetPublicKey', 'kms:ReEncrypt*'],
      false,
    ],
    [
      'asymmetric signing and verification',
      'ECC_NIST_P384',
      'SIGN_VERIFY',
      ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify'],
      false,
    ],
    [
      'HMAC',
      'HMAC_256',
      'GENERATE_VERIFY_MAC',
      ['kms:DescribeKey', 'kms:GenerateMac', 'kms:VerifyMac'],
      false,
    ],
    [
      'key agreement',
      'ECC_NIST_P256',
      'KEY_AGREEMENT',
      ['kms:DeriveSharedSecret', 'kms:DescribeKey', 'kms:GetPublicKey'],
      false,
    ],
  ])('%s (%s, %s)', (_kind, spec, usage, crypto, grants) => {
    const grantActions = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'];
    expect(usersActions(spec, usage)).toEqual([...crypto, ...(grants ? grantActions : [])].sort());
  });

  it('a user of a signing key may sign but not decrypt or encrypt', () => {
    const document = generateKeyPolicy(INTENT, {
      account: ACCOUNT,
      region: 'us-east-1',
      keySpec: 'RSA_2048',
      keyUsage: 'SIGN_VERIFY',
    });
    const verdict = (action: string): string =>
      evaluateKeyPolicy(document, { principal: USER, action }).verdict;
    expect(verdict('kms:Sign')).toBe('allowed');
    expect(verdict('kms:Decrypt')).toBe('implicit_deny');
    expect(verdict('kms:Encrypt')).toBe('implicit_deny');
    expect(verdict('kms:GenerateDataKey')).toBe('implicit_deny');
  });

  it('every action a key kind gives is a KMS action of the IAM data (ML-KEM aside)', () => {
    for (const [spec, usages] of Object.entries(KEY_SPEC_USAGES)) {
      if (spec.startsWith('ML_KEM_')) continue;
      for (const usage of usages) {
        const kind = keyUsageActions(spec, usage);
        for (const action of [...kind.useActions, ...kind.sensitiveActions]) {
          expect(canonicalKmsAction(action), `${spec} ${usage}: ${action}`).toBe(action);
        }
      }
    }
  });
});

describe('access matrix columns', () => {
  it.each([
    [
      'SYMMETRIC_DEFAULT',
      'ENCRYPT_DECRYPT',
      ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'],
    ],
    [
      'RSA_2048',
      'ENCRYPT_DECRYPT',
      ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GetPublicKey'],
    ],
    ['RSA_2048', 'SIGN_VERIFY', ['kms:Sign', 'kms:Verify', 'kms:GetPublicKey']],
    ['HMAC_384', 'GENERATE_VERIFY_MAC', ['kms:GenerateMac', 'kms:VerifyMac']],
    ['ECC_NIST_P256', 'KEY_AGREEMENT', ['kms:DeriveSharedSecret', 'kms:GetPublicKey']],
  ])('%s %s: its uses, DescribeKey, then delegate, re-permission, destroy', (spec, usage, uses) => {
    expect(accessMatrixActionsFor(spec, usage)).toEqual([
      ...uses,
      'kms:DescribeKey',
      'kms:CreateGrant',
      'kms:PutKeyPolicy',
      'kms:ScheduleKeyDeletion',
      'kms:DisableKey',
    ]);
  });
});

// EnableKeyRotation API reference: "Automatic key rotation is supported only on symmetric
// encryption KMS keys. You cannot enable automatic rotation of asymmetric KMS keys, HMAC KMS
// keys, KMS keys with imported key material, or KMS keys in a custom key store."
describe('automatic rotation', () => {
  it.each([
    [{ keySpec: 'SYMMETRIC_DEFAULT' }, true],
    [{ keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS' }, true],
    [{ keySpec: 'SYMMETRIC_DEFAULT', origin: 'EXTERNAL' }, false],
    [{ keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_CLOUDHSM', customKeyStoreId: 'cks-1234' }, false],
    [
      { keySpec: 'SYMMETRIC_DEFAULT', origin: 'EXTERNAL_KEY_STORE', customKeyStoreId: 'cks-9' },
      false,
    ],
    [{ keySpec: 'RSA_2048' }, false],
    [{ keySpec: 'HMAC_256' }, false],
  ])('%j -> %s', (key, expected) => {
    expect(canRotateAutomatically(key)).toBe(expected);
  });
});
