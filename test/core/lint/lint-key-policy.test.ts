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

describe('lintKeyPolicy: every finding in one pass', () => {
  // IAM User Guide, "Grammar of the IAM JSON policy language": AWS refuses the whole policy,
  // but the author gets every invalid part, each at its line, and the other rules' findings.
  const text = `{
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
      "Sid": "App",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:role/app-*" },
      "Action": ["kms:Decrypt", "kms:Decrpyt"],
      "Resource": "*",
      "Condition": { "StringEqual": { "kms:ViaService": "s3.us-east-1.amazonaws.com" } }
    },
    {
      "Sid": "Anyone",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "kms:Encrypt",
      "Resource": "*",
      "Resource": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    },
    {
      "Sid": "Partner",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "kms:Decrypt",
      "Resource": "*"
    }
  ]
}
`;

  it('reports each invalid part at its line, a repeated name at its second occurrence, sorted', () => {
    const findings = lintKeyPolicy(text, { file: 'policy.json' });
    expect(findings.map((finding) => [finding.rule, finding.line, finding.column])).toEqual([
      ['missing-mfa-guard', 3, 16],
      ['invalid-policy', 14, 29],
      ['invalid-policy', 15, 33],
      ['invalid-policy', 17, 37],
      ['public-principal', 22, 20],
      ['invalid-policy', 25, 7],
      ['public-principal', 30, 20],
    ]);
    expect(findings.find((finding) => finding.line === 25)?.message).toBe(
      '`Resource` appears twice in one object (first at line 24, column 7): JSON readers differ on which one counts (RFC 8259 section 4), so this part of the policy has no single meaning',
    );
  });

  it('gives the same findings, in the same order, on every run', () => {
    expect(lintKeyPolicy(text, { file: 'p.json' })).toEqual(
      lintKeyPolicy(text, { file: 'p.json' }),
    );
  });
});
