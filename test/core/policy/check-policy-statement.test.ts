import { describe, expect, it } from 'vitest';
import { checkPolicyStatement } from '../../../core/policy/check-policy-statement.ts';
import { collectPolicyProblems, onlyProblem } from './collect-policy-problems.ts';

const base = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:role/app' },
  Action: 'kms:Decrypt',
  Resource: '*',
};

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

const check = (statement: unknown, sids = new Map<string, string>()) =>
  collectPolicyProblems((report) => {
    checkPolicyStatement(statement, ['Statement', 1], report, { sids, variablesAllowed: true });
  });

// IAM User Guide, "IAM JSON policy element reference" (Sid, Effect, Principal/NotPrincipal,
// Action/NotAction, Resource/NotResource, Condition) and the <statement> production of
// "Grammar of the IAM JSON policy language".
describe('checkPolicyStatement (IAM JSON policy element reference)', () => {
  it('accepts a complete statement, with NotAction or a key ARN as resource', () => {
    expect(check(base)).toEqual([]);
    expect(
      check({
        ...withoutUndefined({ ...base, Action: undefined }),
        NotAction: 'kms:ScheduleKeyDeletion',
      }),
    ).toEqual([]);
    expect(check({ ...base, Resource: 'arn:aws:kms:us-east-1:111122223333:key/*' })).toEqual([]);
  });

  it.each([
    ['not an object', 'Allow', '/Statement/1', 'error', 'a statement is a JSON object'],
    [
      'Effect casing',
      { Effect: 'allow' },
      '/Statement/1/Effect',
      'error',
      'Effect must be "Allow" or "Deny"',
    ],
    ['no Effect', { Effect: undefined }, '/Statement/1', 'error', 'no `Effect`'],
    ['Sid not a string', { Sid: 7 }, '/Statement/1/Sid', 'error', 'Sid must be a string'],
    ['no principal', { Principal: undefined }, '/Statement/1', 'error', 'no `Principal`'],
    [
      'Principal and NotPrincipal',
      { NotPrincipal: { AWS: '111122223333' } },
      '/Statement/1/NotPrincipal',
      'error',
      'either `Principal` or `NotPrincipal`',
    ],
    [
      'Allow with NotPrincipal',
      { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/app' } },
      '/Statement/1/NotPrincipal',
      'warning',
      'Allow with NotPrincipal',
    ],
    ['no Action', { Action: undefined }, '/Statement/1', 'error', 'no `Action`'],
    [
      'Action and NotAction',
      { NotAction: 'kms:Encrypt' },
      '/Statement/1/NotAction',
      'error',
      'either `Action` or `NotAction`',
    ],
    ['no Resource', { Resource: undefined }, '/Statement/1', 'error', 'no `Resource`'],
    [
      'Resource and NotResource',
      { NotResource: 'arn:aws:kms:us-east-1:111122223333:key/other' },
      '/Statement/1/NotResource',
      'error',
      'either `Resource` or `NotResource`',
    ],
    [
      'resource of another service',
      { Resource: 'arn:aws:s3:::bucket' },
      '/Statement/1/Resource',
      'warning',
      'is not a KMS key ARN',
    ],
    [
      'resource of fewer than six segments (its trailing * spans the colons)',
      { Resource: 'arn:aws:kms:*' },
      '/Statement/1/Resource',
      'warning',
      "a Resource's trailing `*` spans the colons",
    ],
    [
      'unknown statement field',
      { Conditions: {} },
      '/Statement/1/Conditions',
      'error',
      'unknown statement field `Conditions`',
    ],
    [
      'field in the wrong case',
      { action: 'kms:Decrypt' },
      '/Statement/1/action',
      'error',
      'unknown statement field `action`',
    ],
  ] as const)('reports %s', (_name, fields, path, severity, message) => {
    const statement =
      typeof fields === 'string' ? fields : withoutUndefined({ ...base, ...fields });
    const problem = onlyProblem(check(statement));
    expect(problem.path).toBe(path);
    expect(problem.severity).toBe(severity);
    expect(problem.message).toContain(message);
  });

  it('warns about a Sid an earlier statement uses', () => {
    const sids = new Map([['App', '/Statement/0']]);
    expect(onlyProblem(check({ ...base, Sid: 'App' }, sids))).toMatchObject({
      path: '/Statement/1/Sid',
      severity: 'warning',
      message: 'Sid "App" is also used by /Statement/0',
    });
  });

  it('reports every invalid part of one statement, in element order', () => {
    const problems = check({
      Effect: 'Permit',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/*' },
      Action: ['kms:Decrpyt'],
      Condition: { StringEqual: { 'kms:ViaService': 'x' } },
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      '/Statement/1/Effect',
      '/Statement/1/Principal/AWS',
      '/Statement/1/Action/0',
      '/Statement/1',
      '/Statement/1/Condition/StringEqual',
    ]);
    expect(problems.map((problem) => problem.hint)).toEqual([
      'use "Allow" or "Deny"',
      'use `"*"` with a condition such as `aws:PrincipalArn` (ArnLike) or `kms:CallerAccount`',
      'did you mean `kms:Decrypt`?',
      'add `"Resource": "*"`: in a key policy, `*` is the key itself',
      'did you mean `StringEquals`?',
    ]);
  });
});
