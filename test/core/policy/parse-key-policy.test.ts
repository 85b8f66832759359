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

  it('checks each statement by its parts (see check-policy-*.test.ts), at the statement path', () => {
    const problem = only(
      parseKeyPolicy(withStatement({ ...base, Action: 'kms:Decrpyt' })).problems,
    );
    expect(problem).toMatchObject({ path: '/Statement/1/Action', severity: 'error' });
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

describe('parseKeyPolicy: what can be understood of an invalid policy', () => {
  const named = { ...base, Sid: 'App' };
  const unnamed = { ...base };

  it('leaves out the statements with errors, keeps the others with their written labels', () => {
    const result = parseKeyPolicy({
      Version: '2012-10-17',
      Statement: [ROOT_STATEMENT, { ...named, Action: 'kms:Nope' }, unnamed, { Effect: 'Allow' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.understood).toEqual({
      document: {
        Version: '2012-10-17',
        // The unnamed statement moved from 2 to 1: it keeps its label as written.
        Statement: [ROOT_STATEMENT, { ...unnamed, Sid: '#2' }],
      },
      indexes: [0, 2],
      excluded: [
        {
          index: 1,
          label: 'App',
          path: ['Statement', 1],
          statement: { ...named, Action: 'kms:Nope' },
        },
        { index: 3, label: '#3', path: ['Statement', 3], statement: { Effect: 'Allow' } },
      ],
    });
  });

  it.each([
    ['a bad Version (read as 2012-10-17)', { Version: '2012-10-18', Statement: [ROOT_STATEMENT] }],
    ['an unknown top-level field', { Version: '2012-10-17', Statement: [ROOT_STATEMENT], X: 1 }],
    ['a bad Id', { Version: '2012-10-17', Id: 7, Statement: [ROOT_STATEMENT] }],
  ])('keeps every statement when only the document frame has %s', (_name, input) => {
    const result = parseKeyPolicy(input);
    expect(!result.ok && result.understood?.document.Statement).toEqual([ROOT_STATEMENT]);
  });

  it.each([
    ['not an object', 'null'],
    ['no Statement', { Version: '2012-10-17' }],
    ['no statements', { Version: '2012-10-17', Statement: [] }],
    ['Statement of the wrong type', { Version: '2012-10-17', Statement: 'all' }],
  ])('understands nothing with %s', (_name, input) => {
    const result = parseKeyPolicy(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.understood).toBeUndefined();
  });
});

describe('parseKeyPolicy: a name repeated in one object of the text (RFC 8259 section 4)', () => {
  it('reports it at the second occurrence and leaves out the statement that holds it', () => {
    const statement = JSON.stringify(base).replace(
      '"Effect":"Allow"',
      '"Effect":"Deny","Effect":"Allow"',
    );
    const text = `{"Version":"2012-10-17",\n"Statement":[${JSON.stringify(ROOT_STATEMENT)},\n${statement}]}`;
    const result = parseKeyPolicy(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: '/Statement/1/Effect',
        severity: 'error',
        message: expect.stringContaining(
          '`Effect` appears twice in one object (first at line 3, column 2)',
        ) as string,
        hint: 'keep one `Effect` and merge the values into it',
        position: { line: 3, column: 18 },
      },
    ]);
    expect(result.understood?.indexes).toEqual([0]);
  });

  it('understands nothing when the policy object itself repeats a name', () => {
    const result = parseKeyPolicy(
      `{"Version":"2012-10-17","Statement":[${JSON.stringify(ROOT_STATEMENT)}],"Version":"2008-10-17"}`,
    );
    expect(!result.ok && result.problems.map((problem) => problem.path)).toEqual(['/Version']);
    expect(!result.ok && result.understood).toBeUndefined();
  });
});
