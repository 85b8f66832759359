import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../core/lint/lint-key-policy.ts';
import { runLint } from '../../../core/lint/run-lint.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import { HEADER, desiredOf } from './lint-manifest.ts';

function findings(ruleId: string, keys: string) {
  const rule = LINT_RULES.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  return runLint(desiredOf(`${HEADER}keys:\n${keys}`), { rules: [rule] });
}

const ROOT = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};

/** A raw policy letting `app` call every action of every kind of key, no conditions. */
function rawKey(spec: string, usage: string, actions: string[]): string {
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      ROOT,
      {
        Sid: 'Use',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/app' },
        Action: actions,
        Resource: '*',
      },
    ],
  });
  return `  k:\n    environment: production\n    key_spec: ${spec}\n    key_usage: ${usage}\n    policy: { document: ${document} }\n`;
}

// AWS KMS Developer Guide, "Encryption context": "Asymmetric and HMAC KMS keys do not support
// an encryption context"; GenerateMac, VerifyMac, Sign, Verify and DeriveSharedSecret take none.
describe('missing-encryption-context follows what the key can do', () => {
  it.each([
    ['RSA_2048', 'ENCRYPT_DECRYPT', ['kms:Encrypt', 'kms:Decrypt']],
    ['RSA_2048', 'SIGN_VERIFY', ['kms:Sign', 'kms:Verify']],
    ['HMAC_256', 'GENERATE_VERIFY_MAC', ['kms:GenerateMac', 'kms:VerifyMac']],
    ['ECC_NIST_P256', 'KEY_AGREEMENT', ['kms:DeriveSharedSecret']],
  ])('does not fire on a %s %s key, raw policy or intent form', (spec, usage, actions) => {
    expect(findings('missing-encryption-context', rawKey(spec, usage, actions))).toEqual([]);
    const intent = `  k:\n    environment: production\n    key_spec: ${spec}\n    key_usage: ${usage}\n    policy: { admins: [kms-admin], users: [app] }\n`;
    expect(findings('missing-encryption-context', intent)).toEqual([]);
  });

  it('still fires on a symmetric encryption key used without context', () => {
    const found = findings(
      'missing-encryption-context',
      rawKey('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', ['kms:Encrypt', 'kms:Decrypt']),
    );
    expect(found.map((finding) => finding.message)).toEqual([
      expect.stringContaining(
        'may call kms:Decrypt, kms:Encrypt directly without an encryption context',
      ),
    ]);
  });

  it('judges a standalone policy (lint-policy, key unknown) as for a symmetric key', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        ROOT,
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/app' },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ],
    };
    const found = lintKeyPolicy(JSON.stringify(document), { file: 'p.json' });
    expect(found.map((finding) => finding.rule)).toContain('missing-encryption-context');
  });
});

describe('admin-user-overlap names the uses the key has', () => {
  const adminAndUser = (spec: string, usage: string): string =>
    rawKey(spec, usage, [
      'kms:PutKeyPolicy',
      'kms:Sign',
      'kms:GenerateMac',
      'kms:Decrypt',
      'kms:Encrypt',
    ]);

  it('lists Decrypt and Encrypt, not Sign or GenerateMac, on a symmetric key', () => {
    const [finding] = findings(
      'admin-user-overlap',
      adminAndUser('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'),
    );
    expect(finding?.message).toMatch(/use it \(kms:Decrypt, kms:Encrypt\)$/);
  });

  it('lists Sign on a signing key', () => {
    const [finding] = findings('admin-user-overlap', adminAndUser('ECC_NIST_P256', 'SIGN_VERIFY'));
    expect(finding?.message).toMatch(/use it \(kms:Sign\)$/);
  });

  it('lists GenerateMac on an HMAC key', () => {
    const [finding] = findings(
      'admin-user-overlap',
      adminAndUser('HMAC_512', 'GENERATE_VERIFY_MAC'),
    );
    expect(finding?.message).toMatch(/use it \(kms:GenerateMac\)$/);
  });
});
