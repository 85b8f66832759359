import { describe, expect, it } from 'vitest';
import { runPolicyRules } from '../../core/lint/run-policy-rules.ts';
import { LINT_RULES } from '../../core/lint/rules/index.ts';
import { buildAccessMatrix } from '../../core/policy/build-access-matrix.ts';
import type { ConditionBlock, PolicyStatement } from '../../core/policy/types.ts';

// Guard: `Principal: *` narrowed to an organisation (aws:PrincipalOrgID / aws:PrincipalOrgPaths)
// is organisation-scoped, not public; a condition any organisation meets is still public; and
// the access matrix shows such a statement as "anyone in organization ...", never as `*`.
const ACCOUNT = '111122223333';
const ROOT: PolicyStatement = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

function wildcard(condition: ConditionBlock): PolicyStatement {
  return {
    Sid: 'Members',
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: ['kms:Decrypt', 'kms:DescribeKey'],
    Resource: '*',
    Condition: condition,
  };
}

function publicFindings(statement: PolicyStatement): string[] {
  const rule = LINT_RULES.filter((candidate) => candidate.id === 'public-principal');
  return runPolicyRules(
    { Version: '2012-10-17', Statement: [ROOT, statement] },
    { account: ACCOUNT },
    rule,
  ).map(({ issue }) => issue.message);
}

const PATH = 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/';

describe('public-principal: a wildcard narrowed to an organisation', () => {
  it.each([
    ['aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    [
      'aws:PrincipalOrgPaths, an OU and its children',
      { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${PATH}*` } },
    ],
    [
      'aws:PrincipalOrgPaths, the OU exactly',
      { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': PATH } },
    ],
  ])('%s: organisation-scoped, not public', (_name, condition) => {
    expect(publicFindings(wildcard(condition))).toEqual([]);
  });

  it.each([
    ['any organisation id', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }],
    ['any organisation path', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-*' } }],
    ['every organisation path', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': '*' } }],
    [
      'an organisation named only in a negated condition',
      { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    ],
  ])('%s: public', (_name, condition) => {
    expect(publicFindings(wildcard(condition))).toHaveLength(1);
  });
});

describe('access matrix: organisation rows', () => {
  it.each([
    ['organization o-a1b2c3d4e5', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    [
      `organization ${PATH}*`,
      { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${PATH}*` } },
    ],
  ])('%s: the organisation may, anyone (*) may not', (row, condition) => {
    const entries = buildAccessMatrix(
      { Version: '2012-10-17', Statement: [ROOT, wildcard(condition)] },
      { account: ACCOUNT },
    );
    const verdict = (principal: string) =>
      entries.find((entry) => entry.principal === principal && entry.action === 'kms:Decrypt')
        ?.allowed;
    // Members of other accounts need an IAM policy of their own account too (IAM User Guide,
    // "Cross-account policy evaluation logic").
    expect(verdict(row)).toBe('conditional');
    expect(
      entries.find((entry) => entry.principal === row && entry.action === 'kms:Decrypt')?.requires,
    ).toEqual(['iam_policy_in_account']);
    expect(verdict('*')).toBe('no');
  });

  it('an OU row does not stand for the whole organisation', () => {
    const entries = buildAccessMatrix(
      {
        Version: '2012-10-17',
        Statement: [
          ROOT,
          wildcard({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${PATH}*` } }),
        ],
      },
      { account: ACCOUNT, principals: ['organization o-a1b2c3d4e5'] },
    );
    const decrypt = entries.find(
      (entry) => entry.principal === 'organization o-a1b2c3d4e5' && entry.action === 'kms:Decrypt',
    );
    // Only the members in that OU may: for the whole organisation it depends on another
    // condition (the member's organisation path), never a plain yes.
    expect(decrypt?.allowed).toBe('conditional');
    expect(decrypt?.requires).toEqual(['other_condition', 'iam_policy_in_account']);
  });
});
