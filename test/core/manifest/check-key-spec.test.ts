import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const OPTIONS = { repository: 'acme/keys', manifestPath: 'kms.yaml' };

function compile(keys: string, region = 'us-east-1', defaults = '') {
  return readManifest(
    'kms.yaml',
    `version: 1
defaults:
  region: ${region}
  account: '111122223333'
  rotation: { enabled: true, period_in_days: 180 }
${defaults}principals:
  admin: arn:aws:iam::111122223333:role/kms-admin
  app: arn:aws:iam::111122223333:role/app
keys:
${keys}`,
    OPTIONS,
  );
}

function problemsOf(result: ReturnType<typeof compile>): string[] {
  return result.ok ? [] : result.problems.map((problem) => problem.message);
}

// CreateKey API reference, KeySpec and KeyUsage; AWS KMS Developer Guide, "Key spec reference".
describe('key spec and usage checks', () => {
  it.each([
    ['RSA_2048', 'ENCRYPT_DECRYPT'],
    ['RSA_4096', 'SIGN_VERIFY'],
    ['ECC_NIST_P256', 'KEY_AGREEMENT'],
    ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY'],
    ['ECC_SECG_P256K1', 'SIGN_VERIFY'],
    ['HMAC_384', 'GENERATE_VERIFY_MAC'],
    ['ML_DSA_44', 'SIGN_VERIFY'],
  ])('accepts %s with %s, and the default rotation does not reach it', (spec, usage) => {
    const result = compile(
      `  k:\n    key_spec: ${spec}\n    key_usage: ${usage}\n    policy: { admins: [admin], users: [app] }\n`,
    );
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.desired.keys[0]?.rotation.enabled).toBe(false);
  });

  it('accepts SM2 in the China Regions', () => {
    const result = compile(`  k:\n    key_spec: SM2\n    key_usage: KEY_AGREEMENT\n`, 'cn-north-1');
    expect(problemsOf(result)).toEqual([]);
  });

  it('takes key_usage from defaults, and refuses it there for a spec it does not fit', () => {
    const ok = compile(
      `  k:\n    key_spec: HMAC_256\n`,
      'us-east-1',
      '  key_usage: GENERATE_VERIFY_MAC\n',
    );
    expect(problemsOf(ok)).toEqual([]);
    const wrong = compile(
      `  k:\n    key_spec: HMAC_256\n`,
      'us-east-1',
      '  key_usage: SIGN_VERIFY\n',
    );
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.problems[0]).toMatchObject({
      path: '/defaults/key_usage',
      message: 'key_usage SIGN_VERIFY is not possible with key_spec HMAC_256',
    });
  });

  it('refuses encryption_context from defaults on a key that cannot use it, at the defaults', () => {
    const result = compile(
      `  k:\n    key_spec: HMAC_256\n    key_usage: GENERATE_VERIFY_MAC\n    policy: { users: [app] }\n`,
      'us-east-1',
      '  policy: { encryption_context: { project: x } }\n',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path: '/defaults/policy/encryption_context' });
  });

  it('accepts a rotation that stays off on an asymmetric key', () => {
    const result = compile(
      `  k:\n    key_spec: RSA_2048\n    key_usage: SIGN_VERIFY\n    rotation: { enabled: false }\n`,
    );
    expect(problemsOf(result)).toEqual([]);
  });

  it('keeps a key with imported key material (origin: EXTERNAL) out of rotation', () => {
    const result = compile(`  k:\n    origin: EXTERNAL\n`);
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.desired.keys[0]).toMatchObject({
      origin: 'EXTERNAL',
      rotation: { enabled: false },
    });
  });

  it('gives the cross-account partner of a signing key only what the key can do', () => {
    const result = compile(
      `  k:\n    key_spec: RSA_2048\n    key_usage: SIGN_VERIFY\n    policy:\n      cross_account: [{ principal: 'arn:aws:iam::222222222222:role/p', actions: [Verify, GetPublicKey, DescribeKey] }]\n`,
    );
    expect(problemsOf(result)).toEqual([]);
  });
});
