import { describe, expect, it } from 'vitest';
import { runPolicyRules } from '../../core/lint/run-policy-rules.ts';
import { LINT_RULES } from '../../core/lint/rules/index.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import { ACCOUNT, APP, MFA_GUARD, ROOT } from '../core/lint/policy-statement-fixtures.ts';

// Guard: a statement with errors is left out of what the policy rules read (AWS refuses the
// whole policy, IAM User Guide "Grammar of the IAM JSON policy language"), and that reading
// must never make a lockout or public-access rule go silent in a way that misleads.
// The reading: a left-out Allow is absent, so lockout rules can only report more (and say
// which statement they read without); a left-out Allow to a wildcard principal is still
// reported by public-principal, as undecided (fails closed); a left-out Deny is absent, so
// access can look more open than meant (AWS refuses the policy, invalid-policy is an error).

function run(policy: unknown): { rule: string; message: string; path: unknown[] }[] {
  return runPolicyRules(policy, { account: ACCOUNT }, LINT_RULES).map(({ rule, issue }) => ({
    rule: rule.id,
    message: issue.message,
    path: [...issue.path],
  }));
}

const rulesOf = (findings: { rule: string }[]): string[] =>
  [...new Set(findings.map((finding) => finding.rule))].sort();

describe('runPolicyRules: the safety reading of leaving out a broken statement', () => {
  it('a broken Allow is read as absent, so a lockout rule can only report more, and says why', () => {
    // The root backstop has no Resource: without it nobody keeps PutKeyPolicy. AWS refuses
    // the whole policy anyway; the finding names the left-out statement, so it does not
    // read as a lockout the fixed policy would have.
    const brokenRoot = { ...ROOT, Resource: undefined };
    const findings = run({ Version: '2012-10-17', Statement: [brokenRoot, MFA_GUARD, APP] });
    expect(findings.find((finding) => finding.rule === 'no-root-backstop')?.message).toBe(
      'no principal can change this key policy: the account root (111122223333) and every administrator lack `kms:PutKeyPolicy` (read without the invalid statement `RootBackstop`, which invalid-policy reports)',
    );
  });

  it.each([
    ['Principal "*"', { Principal: '*' }, ['Principal'], 'any AWS principal'],
    [
      'AWS "*" in a list',
      { Principal: { AWS: [APP.Principal.AWS, '*'] } },
      ['Principal', 'AWS', 1],
      'any AWS principal',
    ],
    [
      'NotPrincipal',
      { Principal: undefined, NotPrincipal: { AWS: APP.Principal.AWS } },
      ['NotPrincipal'],
      'every principal not listed in its NotPrincipal',
    ],
    [
      'Principal "*" with a misspelt Effect',
      { Principal: '*', Effect: 'Alow' },
      ['Principal'],
      'any AWS principal',
    ],
  ])(
    'a broken Allow to a wildcard (%s) is still reported by public-principal, as undecided',
    (_name, fields, where, who) => {
      // Its condition may well tie callers to the organization, but it cannot be read while
      // the statement is invalid: public-principal fails closed instead of going silent.
      const broken = {
        ...APP,
        Sid: 'Partners',
        Action: 'kms:Decrpyt',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg' } },
        ...fields,
      };
      const findings = run({ Version: '2012-10-17', Statement: [ROOT, MFA_GUARD, broken] });
      expect(findings.filter((finding) => finding.rule === 'public-principal')).toEqual([
        {
          rule: 'public-principal',
          message: `statement \`Partners\` is invalid, so its actions and conditions were not read: as written it lets ${who} in, from any account`,
          path: ['Statement', 2, ...where],
        },
      ]);
    },
  );

  it('a broken Deny is read as absent: access looks more open, which the findings say', () => {
    const brokenGuard = { ...MFA_GUARD, Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKeys'] };
    const findings = run({ Version: '2012-10-17', Statement: [ROOT, brokenGuard, APP] });
    expect(rulesOf(findings)).toEqual([
      'invalid-policy',
      'missing-encryption-context',
      'missing-mfa-guard',
    ]);
    expect(findings.find((finding) => finding.rule === 'missing-mfa-guard')?.message).toMatch(
      /without MFA .*\(read without the invalid statement `DenyWithoutMfa`, which invalid-policy reports\)$/,
    );
    // A broken Deny to a wildcard is not a public Allow.
    expect(findings.some((finding) => finding.rule === 'public-principal')).toBe(false);
  });

  it('a name repeated inside a statement leaves out that statement only', () => {
    // RFC 8259 section 4: JSON.parse keeps the last Effect (Allow), another reader the first.
    const text = `{"Version":"2012-10-17","Statement":[${JSON.stringify(ROOT)},${JSON.stringify(MFA_GUARD)},{"Effect":"Deny","Effect":"Allow","Principal":"*","Action":"kms:Decrypt","Resource":"*"}]}`;
    const findings = run(text);
    expect(findings.find((finding) => finding.rule === 'invalid-policy')).toMatchObject({
      path: ['Statement', 2, 'Effect'],
    });
    expect(findings.find((finding) => finding.rule === 'public-principal')).toMatchObject({
      path: ['Statement', 2, 'Principal'],
      message: expect.stringContaining(
        'is invalid, so its actions and conditions were not read',
      ) as string,
    });
  });
});

describe('a manifest whose raw policy has errors', () => {
  it('stays invalid (plan and apply refuse it); only validate lints what it understands', () => {
    const text = `version: 1
keys:
  app:
    account: "${ACCOUNT}"
    region: us-east-1
    policy:
      document:
        Version: "2012-10-17"
        Statement:
          - ${JSON.stringify(ROOT)}
          - ${JSON.stringify({ ...APP, Action: 'kms:Decrpyt' })}
`;
    const result = readManifest('kms.yaml', text, {
      repository: 'acme/kms',
      manifestPath: 'kms.yaml',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.lintable?.keys.map((key) => key.name)).toEqual(['app']);
    expect('desired' in result).toBe(false);
  });
});
