import { describe, expect, it } from 'vitest';
import {
  MAX_KEY_POLICY_BYTES,
  parseKeyPolicy,
  type PolicyProblem,
} from '../../../core/policy/parse-key-policy.ts';
import type { PolicyStatement } from '../../../core/policy/types.ts';

const ROOT_STATEMENT: PolicyStatement = {
  Sid: 'Enable IAM policies',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** A valid policy whose second statement is replaced by `statement`. */
function withStatement(statement: Record<string, unknown>): unknown {
  return { Version: '2012-10-17', Statement: [ROOT_STATEMENT, statement] };
}

const base = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:role/app' },
  Action: 'kms:Decrypt',
  Resource: '*',
};

function only(
  problems: readonly PolicyProblem[],
): Pick<PolicyProblem, 'path' | 'severity'> & { message: string } {
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  if (problem === undefined) throw new Error('no problem');
  return { path: problem.path, severity: problem.severity, message: problem.message };
}

describe('parseKeyPolicy: valid policies', () => {
  it('accepts the AWS default key policy, from data or JSON text', () => {
    const document = { Version: '2012-10-17', Id: 'key-default-1', Statement: [ROOT_STATEMENT] };
    expect(parseKeyPolicy(document)).toEqual({ ok: true, policy: document, problems: [] });
    expect(parseKeyPolicy(JSON.stringify(document))).toEqual({
      ok: true,
      policy: document,
      problems: [],
    });
  });

  it('accepts a single statement object and returns it as a list', () => {
    const result = parseKeyPolicy({ Version: '2012-10-17', Statement: ROOT_STATEMENT });
    expect(result).toEqual({
      ok: true,
      policy: { Version: '2012-10-17', Statement: [ROOT_STATEMENT] },
      problems: [],
    });
  });

  it.each([
    [
      'lower-case actions and wildcards',
      { Action: ['kms:decrypt', 'kms:GenerateDataKey*', 'kms:*', '*', 'kms:Re?ncrypt*'] },
    ],
    ['NotAction', { Action: undefined, NotAction: 'kms:ScheduleKeyDeletion' }],
    [
      'bare account id, session and user principals',
      {
        Principal: {
          AWS: [
            '111122223333',
            'arn:aws:sts::111122223333:assumed-role/app/s',
            'arn:aws:iam::111122223333:user/alice',
          ],
        },
      },
    ],
    [
      'service principals',
      { Principal: { Service: ['logs.us-east-1.amazonaws.com', 'cloudtrail.amazonaws.com'] } },
    ],
    [
      '"*" principal with a condition',
      { Principal: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } },
    ],
    ['a key ARN as resource', { Resource: 'arn:aws:kms:us-east-1:111122223333:key/*' }],
    [
      'templated encryption context keys',
      {
        Condition: {
          StringEquals: {
            'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::b',
            'kms:EncryptionContext:Project': 'x',
          },
        },
      },
    ],
    [
      'set operators on multivalued keys',
      {
        Condition: {
          'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['a', 'b'] },
          'ForAnyValue:StringLike': { 'aws:TagKeys': 'env*' },
        },
      },
    ],
    [
      'IfExists, Null, Bool, numeric, date and IP operators',
      {
        Condition: {
          BoolIfExists: { 'aws:MultiFactorAuthPresent': false },
          Null: { 'kms:EncryptionContextKeys': 'false' },
          NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
          DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
          IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
          ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app-*' },
          StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' },
        },
      },
    ],
  ] as const)('%s', (_name, fields) => {
    const statement = withoutUndefined({ ...base, ...fields });
    const result = parseKeyPolicy(withStatement(statement));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('parseKeyPolicy: problems, located by JSON pointer', () => {
  it.each([
    ['not an object', [], '', 'error', 'a key policy is a JSON object, got a list'],
    [
      'no statements',
      { Version: '2012-10-17', Statement: [] },
      '/Statement',
      'error',
      'the key policy has no statements',
    ],
    ['no Statement', { Version: '2012-10-17' }, '', 'error', 'the key policy has no `Statement`'],
    [
      'unknown top-level field',
      { Version: '2012-10-17', Statement: [ROOT_STATEMENT], Statements: [] },
      '/Statements',
      'error',
      'unknown policy field `Statements`',
    ],
    [
      'bad Version',
      { Version: '2012-10-18', Statement: [ROOT_STATEMENT] },
      '/Version',
      'error',
      'Version must be "2012-10-17" or "2008-10-17", got "2012-10-18"',
    ],
    [
      'missing Version',
      { Statement: [ROOT_STATEMENT] },
      '',
      'warning',
      'the key policy has no `Version`',
    ],
  ] as const)('%s', (_name, input, path, severity, message) => {
    const problem = only(parseKeyPolicy(input).problems);
    expect(problem.path).toBe(path);
    expect(problem.severity).toBe(severity);
    expect(problem.message).toContain(message);
  });

  it.each([
    [
      'Effect casing',
      { Effect: 'allow' },
      '/Statement/1/Effect',
      'error',
      'Effect must be "Allow" or "Deny"',
    ],
    ['no Effect', { Effect: undefined }, '/Statement/1', 'error', 'no `Effect`'],
    ['no principal', { Principal: undefined }, '/Statement/1', 'error', 'no `Principal`'],
    [
      'Principal and NotPrincipal',
      { NotPrincipal: { AWS: '111122223333' } },
      '/Statement/1/NotPrincipal',
      'error',
      'either `Principal` or `NotPrincipal`',
    ],
    [
      'wildcard in a principal ARN',
      { Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } },
      '/Statement/1/Principal/AWS',
      'error',
      'wildcards are not allowed in principal ARNs',
    ],
    [
      'unknown principal type',
      { Principal: { Aws: 'arn:aws:iam::111122223333:root' } },
      '/Statement/1/Principal/Aws',
      'error',
      'unknown principal type `Aws`',
    ],
    [
      'not a principal',
      { Principal: { AWS: ['arn:aws:iam::111122223333:role/app', 'app-role'] } },
      '/Statement/1/Principal/AWS/1',
      'error',
      '`app-role` is not an AWS principal',
    ],
    [
      'bad service principal',
      { Principal: { Service: 'logs' } },
      '/Statement/1/Principal/Service',
      'error',
      '`logs` is not a service principal',
    ],
    [
      'empty principal list',
      { Principal: { AWS: [] } },
      '/Statement/1/Principal/AWS',
      'error',
      'list is empty',
    ],
    [
      'orphaned principal',
      { Principal: { AWS: 'AROAEXAMPLEID123456789' } },
      '/Statement/1/Principal/AWS',
      'warning',
      'unique id of a deleted IAM role',
    ],
    [
      'Allow with NotPrincipal',
      { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/app' } },
      '/Statement/1/NotPrincipal',
      'warning',
      'Allow with NotPrincipal',
    ],
    [
      'misspelt action',
      { Action: ['kms:Encrypt', 'kms:Decrpyt'] },
      '/Statement/1/Action/1',
      'error',
      '`kms:Decrpyt` is not a KMS action',
    ],
    [
      'action of another service',
      { Action: 's3:GetObject' },
      '/Statement/1/Action',
      'error',
      'not a KMS action: a key policy controls KMS actions only',
    ],
    [
      'action without prefix',
      { Action: ['Decrypt'] },
      '/Statement/1/Action/0',
      'error',
      '`Decrypt` has no service prefix',
    ],
    [
      'wildcard matching nothing',
      { Action: 'kms:Destroy*' },
      '/Statement/1/Action',
      'error',
      'matches no KMS action',
    ],
    [
      'Action and NotAction',
      { NotAction: 'kms:Encrypt' },
      '/Statement/1/NotAction',
      'error',
      'either `Action` or `NotAction`',
    ],
    [
      'action not a string',
      { Action: ['kms:Decrypt', 42] },
      '/Statement/1/Action/1',
      'error',
      'action must be a string, got number 42',
    ],
    ['no Resource', { Resource: undefined }, '/Statement/1', 'error', 'no `Resource`'],
    [
      'resource of another service',
      { Resource: 'arn:aws:s3:::bucket' },
      '/Statement/1/Resource',
      'warning',
      'is not a KMS key ARN',
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
    [
      'unknown operator',
      { Condition: { StringEqual: { 'kms:ViaService': 'x' } } },
      '/Statement/1/Condition/StringEqual',
      'error',
      'unknown condition operator `StringEqual`',
    ],
    [
      'NullIfExists',
      { Condition: { NullIfExists: { 'kms:ViaService': 'true' } } },
      '/Statement/1/Condition/NullIfExists',
      'error',
      'unknown condition operator',
    ],
    [
      'operator casing',
      { Condition: { stringequals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } },
      '/Statement/1/Condition/stringequals',
      'warning',
      'as AWS documents it',
    ],
    [
      'unknown kms key',
      { Condition: { StringEquals: { 'kms:ViaServices': 'x' } } },
      '/Statement/1/Condition/StringEquals/kms:ViaServices',
      'error',
      'unknown condition key `kms:ViaServices`',
    ],
    [
      'unknown aws key',
      { Condition: { Bool: { 'aws:MultiFactorAuth': 'true' } } },
      '/Statement/1/Condition/Bool/aws:MultiFactorAuth',
      'error',
      'unknown condition key',
    ],
    [
      'key of another service',
      { Condition: { StringEquals: { 's3:prefix': 'x' } } },
      '/Statement/1/Condition/StringEquals/s3:prefix',
      'warning',
      'KMS requests never carry',
    ],
    [
      'ForAllValues with the encryption context',
      { Condition: { 'ForAllValues:StringEquals': { 'kms:EncryptionContext:app': 'x' } } },
      '/Statement/1/Condition/ForAllValues:StringEquals/kms:EncryptionContext:app',
      'error',
      'OverlyPermissiveCondition',
    ],
    [
      'set operator on a single-valued key',
      { Condition: { 'ForAnyValue:StringEquals': { 'kms:ViaService': 'x' } } },
      '/Statement/1/Condition/ForAnyValue:StringEquals/kms:ViaService',
      'warning',
      'is for multivalued keys',
    ],
    [
      'multivalued key without set operator',
      { Condition: { StringEquals: { 'kms:EncryptionContextKeys': 'a' } } },
      '/Statement/1/Condition/StringEquals/kms:EncryptionContextKeys',
      'warning',
      'several values per request',
    ],
    [
      'operator of the wrong type',
      { Condition: { NumericEquals: { 'kms:ViaService': 1 } } },
      '/Statement/1/Condition/NumericEquals/kms:ViaService',
      'warning',
      'of type String',
    ],
    [
      'Bool value',
      { Condition: { Bool: { 'kms:GrantIsForAWSResource': 'yes' } } },
      '/Statement/1/Condition/Bool/kms:GrantIsForAWSResource',
      'error',
      'Bool takes true or false',
    ],
    [
      'numeric value',
      { Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 'soon' } } },
      '/Statement/1/Condition/NumericLessThan/aws:MultiFactorAuthAge',
      'error',
      'takes a number',
    ],
    [
      'date value',
      { Condition: { DateLessThan: { 'aws:CurrentTime': 'tomorrow' } } },
      '/Statement/1/Condition/DateLessThan/aws:CurrentTime',
      'error',
      'ISO 8601 date',
    ],
    [
      'IP value',
      { Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '10.0.0.0/40'] } } },
      '/Statement/1/Condition/IpAddress/aws:SourceIp/1',
      'error',
      'IP address or CIDR block',
    ],
    [
      'empty values',
      { Condition: { StringEquals: { 'kms:ViaService': [] } } },
      '/Statement/1/Condition/StringEquals/kms:ViaService',
      'error',
      'has no values',
    ],
    [
      'object value',
      { Condition: { StringEquals: { 'kms:ViaService': { a: 1 } } } },
      '/Statement/1/Condition/StringEquals/kms:ViaService',
      'error',
      'got an object',
    ],
    [
      'escaped pointer',
      { Condition: { StringEquals: { 'aws:RequestTag/env~x': 1, 's3:x/y': 'z' } } },
      '/Statement/1/Condition/StringEquals/s3:x~1y',
      'warning',
      'never carry',
    ],
  ] as const)('%s', (_name, fields, path, severity, message) => {
    const statement = withoutUndefined({ ...base, ...fields });
    const problem = only(parseKeyPolicy(withStatement(statement)).problems);
    expect(problem.path).toBe(path);
    expect(problem.severity).toBe(severity);
    expect(problem.message).toContain(message);
  });

  it('gives every problem a fix hint', () => {
    const result = parseKeyPolicy(
      withStatement({
        ...base,
        Effect: 'Permit',
        Action: 'kms:Decrpyt',
        Condition: { StringEqulas: {} },
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.hint)).toEqual([
      'use "Allow" or "Deny"',
      'did you mean `kms:Decrypt`?',
      'did you mean `StringEquals`?',
    ]);
  });

  it('reports policies over 32 KB, measured on the compact JSON', () => {
    const principals = (count: number) =>
      Array.from(
        { length: count },
        (_, index) => `arn:aws:iam::111122223333:role/role-${String(index).padStart(6, '0')}`,
      );
    // 47 bytes per principal, plus the frame: find the count just over the limit.
    const fits = {
      Version: '2012-10-17',
      Statement: [ROOT_STATEMENT, { ...base, Principal: { AWS: principals(600) } }],
    };
    expect(JSON.stringify(fits).length).toBeLessThan(MAX_KEY_POLICY_BYTES);
    expect(parseKeyPolicy(fits).ok).toBe(true);
    const tooBig = {
      ...fits,
      Statement: [ROOT_STATEMENT, { ...base, Principal: { AWS: principals(800) } }],
    };
    const problem = only(parseKeyPolicy(tooBig).problems);
    expect(problem).toEqual({
      path: '',
      severity: 'error',
      message: `a key policy must be at most 32768 bytes, got ${JSON.stringify(tooBig).length}`,
    });
  });

  it('reports JSON syntax errors of policy text', () => {
    const result = parseKeyPolicy('{"Version": "2012-10-17", "Statement": [}');
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/^the key policy is not valid JSON: /);
  });

  it('collects every problem, not just the first', () => {
    const result = parseKeyPolicy({
      Version: '2012-10-17',
      Statement: [
        { ...base, Effect: 'Permit' },
        { ...base, Action: 'kms:Nope' },
        { ...base, Resource: undefined },
      ],
    });
    expect(result.problems.map((problem) => problem.path)).toEqual([
      '/Statement/0/Effect',
      '/Statement/1/Action',
      '/Statement/2',
    ]);
  });

  it('warns about duplicate Sids', () => {
    const result = parseKeyPolicy({
      Version: '2012-10-17',
      Statement: [ROOT_STATEMENT, ROOT_STATEMENT],
    });
    expect(result.ok).toBe(true);
    expect(only(result.problems)).toMatchObject({ path: '/Statement/1/Sid', severity: 'warning' });
  });

  it('warns about policy variables in a 2008-10-17 policy', () => {
    const result = parseKeyPolicy({
      Version: '2008-10-17',
      Statement: [
        ROOT_STATEMENT,
        { ...base, Condition: { StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } } },
      ],
    });
    expect(only(result.problems)).toMatchObject({
      path: '/Statement/1/Condition/StringEquals/aws:PrincipalTag~1team',
      severity: 'warning',
    });
  });
});
