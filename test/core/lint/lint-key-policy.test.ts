import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../core/lint/lint-key-policy.ts';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "RootBackstop",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "kms:*",
      "Resource": "*"
    },
    {
      "Sid": "Anyone",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "kms:Decrypt",
      "Resource": "*"
    }
  ]
}
`;

describe('lintKeyPolicy', () => {
  it('points each finding at its line and column of the JSON file', () => {
    const findings = lintKeyPolicy(POLICY, { file: 'policy.json' });
    expect(findings.map((finding) => [finding.rule, finding.line, finding.column])).toEqual([
      ['missing-mfa-guard', 3, 16],
      ['public-principal', 14, 20],
    ]);
    expect(
      findings.every((finding) => finding.key === undefined && finding.file === 'policy.json'),
    ).toBe(true);
  });

  it('infers the key account from the root backstop, or takes --account', () => {
    const inferred = lintKeyPolicy(POLICY, { file: 'p.json' });
    const foreign = lintKeyPolicy(POLICY, { file: 'p.json', account: '444455556666' });
    expect(inferred.some((finding) => finding.rule === 'cross-account-access')).toBe(false);
    expect(foreign.some((finding) => finding.rule === 'cross-account-access')).toBe(true);
  });

  it('applies severities and the production profile', () => {
    const findings = lintKeyPolicy(POLICY, {
      file: 'p.json',
      environment: 'production',
      rules: { 'public-principal': 'off' },
    });
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['missing-mfa-guard', 'error'],
    ]);
  });

  it('reports text that is not JSON as one invalid-policy finding where parsing stops', () => {
    const findings = lintKeyPolicy('{\n  "Version": "2012-10-17",\n  "Statement": [}\n', {
      file: 'p.json',
    });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'invalid-policy', severity: 'error', line: 3, column: 17 }),
    ]);
  });
});

describe('lintKeyPolicy: invalid-policy severities', () => {
  it('reports a policy KMS refuses as an error, a suspicious one at most as a warning', () => {
    const statement = (extra: Record<string, unknown>): string =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Root',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*',
          },
          {
            Sid: 'Mail',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:role/mail' },
            Resource: '*',
            ...extra,
          },
        ],
      });
    const refused = lintKeyPolicy(statement({ Action: 'kms:Decrypts' }), { file: 'p.json' });
    const suspicious = lintKeyPolicy(
      statement({
        Action: 'kms:Decrypt',
        Condition: { stringEquals: { 'kms:EncryptionContext:app': 'mail' } },
      }),
      { file: 'p.json' },
    );
    const severityOf = (findings: typeof refused) =>
      findings
        .filter((finding) => finding.rule === 'invalid-policy')
        .map((finding) => finding.severity);
    expect(severityOf(refused)).toEqual(['error']);
    expect(severityOf(suspicious)).toEqual(['warning']);
  });
});
