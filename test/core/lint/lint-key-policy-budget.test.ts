/**
 * `kms-action lint-policy` lints a standalone policy file with the same rules as `validate`,
 * but without the lint work budget: a 30 KB policy built against `cross-account-access`
 * (thousands of `aws:PrincipalArn` accounts, each asked about) took 9 s. It now stops at the
 * same budget with a `lint-incomplete` error, never passing what it did not check.
 */
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../core/lint/lint-key-policy.ts';

/** One statement letting `*` in when aws:PrincipalArn is a role of one of `accounts` accounts. */
function hostilePolicy(accounts: number): string {
  const values = Array.from(
    { length: accounts },
    (_, index) => `arn:aws:iam::${String(100000000000 + index)}:role/r${String(index)}`,
  );
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Partners',
        Effect: 'Allow',
        Principal: '*',
        Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { ArnLike: { 'aws:PrincipalArn': values } },
      },
    ],
  });
}

describe('lint-policy and the lint work budget', () => {
  it('stops with lint-incomplete instead of running unbounded', () => {
    const text = hostilePolicy(700);
    // Under KMS's 32 KB key policy limit.
    expect(text.length).toBeLessThan(32 * 1024);
    const findings = lintKeyPolicy(text, { file: 'policy.json', account: '111122223333' });
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'lint-incomplete', severity: 'error', file: 'policy.json' }),
    );
  });

  it('a small policy is linted whole', () => {
    const findings = lintKeyPolicy(hostilePolicy(3), {
      file: 'policy.json',
      account: '111122223333',
    });
    expect(findings.map((finding) => finding.rule)).not.toContain('lint-incomplete');
  });
});
