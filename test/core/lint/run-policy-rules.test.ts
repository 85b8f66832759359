import { describe, expect, it } from 'vitest';
import { runPolicyRules } from '../../../core/lint/run-policy-rules.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import { ACCOUNT, APP, MFA_GUARD, ROOT } from './policy-statement-fixtures.ts';

// A policy with invalid parts is refused by AWS as a whole (IAM User Guide, "IAM JSON policy
// element reference", "Grammar of the IAM JSON policy language"), but its author wants every
// problem at once: invalid-policy reports each invalid part, and the other rules read the
// statements without errors.

const PUBLIC = { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' };

function run(policy: unknown): { rule: string; message: string; path: unknown[] }[] {
  return runPolicyRules(policy, { account: ACCOUNT }, LINT_RULES).map(({ rule, issue }) => ({
    rule: rule.id,
    message: issue.message,
    path: [...issue.path],
  }));
}

const rulesOf = (findings: { rule: string }[]): string[] =>
  [...new Set(findings.map((finding) => finding.rule))].sort();

describe('runPolicyRules on a policy with invalid parts', () => {
  it('reports one invalid-policy finding per invalid part, in document order', () => {
    const findings = run({
      Version: '2012-10-17',
      Statement: [
        ROOT,
        { ...APP, Action: 'kms:Decrpyt' },
        { ...APP, Sid: 'Wild', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app-*` } },
        { Sid: 'NoResource', Effect: 'Allow', Principal: APP.Principal, Action: 'kms:Encrypt' },
        { ...APP, Sid: 'Op', Condition: { StringEqual: { 'kms:ViaService': 'x' } } },
        { ...APP, Sid: 'Policy', Principal: { AWS: 'arn:aws:iam::aws:policy/PowerUserAccess' } },
      ],
    }).filter((finding) => finding.rule === 'invalid-policy');
    expect(findings.map((finding) => finding.path)).toEqual([
      ['Statement', 1, 'Action'],
      ['Statement', 2, 'Principal', 'AWS'],
      ['Statement', 3],
      ['Statement', 4, 'Condition', 'StringEqual'],
      ['Statement', 5, 'Principal', 'AWS'],
    ]);
  });

  it.each([
    ['an unknown action', { ...APP, Sid: 'Bad', Action: 'kms:Decrpyt' }],
    [
      'a wildcard in a principal ARN',
      { ...APP, Sid: 'Bad', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/*` } },
    ],
    [
      'no Resource',
      { Sid: 'Bad', Effect: 'Allow', Principal: APP.Principal, Action: 'kms:Encrypt' },
    ],
    [
      'a malformed condition operator',
      { ...APP, Sid: 'Bad', Condition: { 'ForAny:StringEquals': {} } },
    ],
    [
      'an IAM managed policy as principal',
      { ...APP, Sid: 'Bad', Principal: { AWS: 'arn:aws:iam::aws:policy/AdministratorAccess' } },
    ],
  ])('with %s, the other rules still judge the other statements', (_name, broken) => {
    const findings = run({ Version: '2012-10-17', Statement: [ROOT, broken, MFA_GUARD, PUBLIC] });
    expect(rulesOf(findings)).toEqual(['invalid-policy', 'public-principal']);
    const publicFinding = findings.find((finding) => finding.rule === 'public-principal');
    // The path and the label of the public statement are those of the policy as written.
    expect(publicFinding).toEqual({
      rule: 'public-principal',
      message:
        'statement `#3` lets any AWS principal, from any account, call kms:Decrypt (read without the invalid statement `Bad`, which invalid-policy reports)',
      path: ['Statement', 3, 'Principal'],
    });
  });

  it('reads a valid policy exactly as before: no note, paths unchanged', () => {
    const findings = run({ Version: '2012-10-17', Statement: [ROOT, MFA_GUARD, PUBLIC] });
    expect(findings).toEqual([
      {
        rule: 'public-principal',
        message: 'statement `#2` lets any AWS principal, from any account, call kms:Decrypt',
        path: ['Statement', 2, 'Principal'],
      },
    ]);
  });

  it.each([
    ['text that is not JSON', '{"Version": "2012-10-17", "Statement": [}'],
    ['not an object', ['not', 'a', 'policy']],
    ['no Statement', { Version: '2012-10-17' }],
    ['an empty Statement list', { Version: '2012-10-17', Statement: [] }],
    [
      'a name repeated in the policy object itself (which Statement counts is unknown)',
      `{"Version":"2012-10-17","Statement":[${JSON.stringify(PUBLIC)}],"Statement":[${JSON.stringify(ROOT)}]}`,
    ],
  ])('with nothing to understand (%s), only invalid-policy reports', (_name, policy) => {
    expect(rulesOf(run(policy))).toEqual(['invalid-policy']);
  });
});

describe('runPolicyRules: the note on findings stays short', () => {
  it('names at most three left-out statements, then counts the rest', () => {
    const broken = Array.from({ length: 5 }, (_, index) => ({
      ...APP,
      Sid: `Bad${String(index)}`,
      Action: 'kms:Nope',
    }));
    const findings = run({
      Version: '2012-10-17',
      Statement: [ROOT, MFA_GUARD, ...broken, PUBLIC],
    });
    expect(findings.find((finding) => finding.rule === 'public-principal')?.message).toBe(
      'statement `#7` lets any AWS principal, from any account, call kms:Decrypt (read without the invalid statements `Bad0`, `Bad1`, `Bad2` and 2 more, which invalid-policy reports)',
    );
  });
});
