import { describe, expect, it } from 'vitest';
import { checkPolicyCondition } from '../../../core/policy/check-policy-condition.ts';
import { collectPolicyProblems, onlyProblem } from './collect-policy-problems.ts';

const check = (condition: unknown, variablesAllowed = true) =>
  collectPolicyProblems((report) => {
    checkPolicyCondition(condition, ['Condition'], report, { variablesAllowed });
  });

// IAM User Guide, "IAM JSON policy elements: Condition operators" and "AWS global condition
// context keys"; KMS keys from "AWS KMS condition keys".
describe('checkPolicyCondition (IAM JSON policy element reference: Condition)', () => {
  it.each([
    [
      'templated encryption context keys',
      {
        StringEquals: {
          'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::b',
          'kms:EncryptionContext:Project': 'x',
        },
      },
    ],
    [
      'set operators on multivalued keys',
      {
        'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['a', 'b'] },
        'ForAnyValue:StringLike': { 'aws:TagKeys': 'env*' },
      },
    ],
    [
      'IfExists, Null, Bool, numeric, date and IP operators',
      {
        BoolIfExists: { 'aws:MultiFactorAuthPresent': false },
        Null: { 'kms:EncryptionContextKeys': 'false' },
        NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
        DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
        IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
        ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app-*', 'aws:SourceArn': '*' },
        StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' },
      },
    ],
  ] as const)('accepts %s', (_name, condition) => {
    expect(check(condition)).toEqual([]);
  });

  it.each([
    ['not an object', 'StringEquals', '/Condition', 'error', 'Condition must be an object'],
    [
      'unknown operator',
      { StringEqual: { 'kms:ViaService': 'x' } },
      '/Condition/StringEqual',
      'error',
      'unknown condition operator `StringEqual`',
    ],
    [
      'NullIfExists',
      { NullIfExists: { 'kms:ViaService': 'true' } },
      '/Condition/NullIfExists',
      'error',
      'unknown condition operator',
    ],
    [
      'operator without keys',
      { StringEquals: 'kms:ViaService' },
      '/Condition/StringEquals',
      'error',
      'must map condition keys to values',
    ],
    [
      'operator casing',
      { stringequals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      '/Condition/stringequals',
      'warning',
      'as AWS documents it',
    ],
    [
      'ARN pattern of fewer than six components (undecided: IAM compares the six one by one)',
      { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:*:role/kms-admin' } },
      '/Condition/ArnNotLike/aws:PrincipalArn',
      'warning',
      'fewer than six ARN components',
    ],
    [
      'unknown kms key',
      { StringEquals: { 'kms:ViaServices': 'x' } },
      '/Condition/StringEquals/kms:ViaServices',
      'error',
      'unknown condition key `kms:ViaServices`',
    ],
    [
      'unknown aws key',
      { Bool: { 'aws:MultiFactorAuth': 'true' } },
      '/Condition/Bool/aws:MultiFactorAuth',
      'error',
      'unknown condition key',
    ],
    [
      'key of another service',
      { StringEquals: { 's3:prefix': 'x' } },
      '/Condition/StringEquals/s3:prefix',
      'warning',
      'KMS requests never carry',
    ],
    [
      'ForAllValues with the encryption context',
      { 'ForAllValues:StringEquals': { 'kms:EncryptionContext:app': 'x' } },
      '/Condition/ForAllValues:StringEquals/kms:EncryptionContext:app',
      'error',
      'OverlyPermissiveCondition',
    ],
    [
      'set operator on a single-valued key',
      { 'ForAnyValue:StringEquals': { 'kms:ViaService': 'x' } },
      '/Condition/ForAnyValue:StringEquals/kms:ViaService',
      'warning',
      'is for multivalued keys',
    ],
    [
      'multivalued key without set operator',
      { StringEquals: { 'kms:EncryptionContextKeys': 'a' } },
      '/Condition/StringEquals/kms:EncryptionContextKeys',
      'warning',
      'several values per request',
    ],
    [
      'operator of the wrong type',
      { NumericEquals: { 'kms:ViaService': 1 } },
      '/Condition/NumericEquals/kms:ViaService',
      'warning',
      'of type String',
    ],
    [
      'Bool value',
      { Bool: { 'kms:GrantIsForAWSResource': 'yes' } },
      '/Condition/Bool/kms:GrantIsForAWSResource',
      'error',
      'Bool takes true or false',
    ],
    [
      'numeric value',
      { NumericLessThan: { 'aws:MultiFactorAuthAge': 'soon' } },
      '/Condition/NumericLessThan/aws:MultiFactorAuthAge',
      'error',
      'takes a number',
    ],
    [
      'date value',
      { DateLessThan: { 'aws:CurrentTime': 'tomorrow' } },
      '/Condition/DateLessThan/aws:CurrentTime',
      'error',
      'ISO 8601 date',
    ],
    [
      'IP value',
      { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '10.0.0.0/40'] } },
      '/Condition/IpAddress/aws:SourceIp/1',
      'error',
      'IP address or CIDR block',
    ],
    [
      'empty values',
      { StringEquals: { 'kms:ViaService': [] } },
      '/Condition/StringEquals/kms:ViaService',
      'error',
      'has no values',
    ],
    [
      'object value',
      { StringEquals: { 'kms:ViaService': { a: 1 } } },
      '/Condition/StringEquals/kms:ViaService',
      'error',
      'got an object',
    ],
    [
      'escaped pointer',
      { StringEquals: { 'aws:RequestTag/env~x': 1, 's3:x/y': 'z' } },
      '/Condition/StringEquals/s3:x~1y',
      'warning',
      'never carry',
    ],
  ] as const)('reports %s', (_name, condition, path, severity, message) => {
    const problem = onlyProblem(check(condition));
    expect(problem.path).toBe(path);
    expect(problem.severity).toBe(severity);
    expect(problem.message).toContain(message);
  });

  it('warns about a policy variable where the version has none', () => {
    const problem = onlyProblem(
      check({ StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } }, false),
    );
    expect(problem).toMatchObject({
      path: '/Condition/StringEquals/aws:PrincipalTag~1team',
      severity: 'warning',
    });
  });

  it('reports every malformed operator of one condition, not just the first', () => {
    const problems = check({
      StringEqual: { 'kms:ViaService': 'x' },
      StringEquals: { 'kms:CallerAccount': '111122223333' },
      Bol: { 'aws:MultiFactorAuthPresent': 'false' },
    });
    expect(problems.map((problem) => [problem.path, problem.hint])).toEqual([
      ['/Condition/StringEqual', 'did you mean `StringEquals`?'],
      ['/Condition/Bol', 'did you mean `Bool`?'],
    ]);
  });
});
