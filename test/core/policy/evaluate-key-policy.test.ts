import { describe, expect, it } from 'vitest';
import {
  evaluateKeyPolicy,
  prepareKeyPolicy,
  type Decision,
  type RequestContext,
} from '../../../core/policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const EXAMPLE_USER = `arn:aws:iam::${ACCOUNT}:user/ExampleUser`;
const APP_ROLE = `arn:aws:iam::${ACCOUNT}:role/RoleForExampleApp`;
const OTHER_ACCOUNT_ROLE = 'arn:aws:iam::444455556666:role/Engineering';

function policy(...statements: PolicyStatement[]): KeyPolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

function verdict(document: KeyPolicyDocument, request: RequestContext): Decision['verdict'] {
  return evaluateKeyPolicy(document, request).verdict;
}

// Statements below are the examples of the AWS KMS Developer Guide ("Default key policy",
// "Condition keys for AWS KMS"), with the account ids of the guide.
const ENABLE_IAM_POLICIES: PolicyStatement = {
  Sid: 'Enable IAM policies',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*',
};

const KEY_ADMINISTRATORS: PolicyStatement = {
  Sid: 'Allow access for Key Administrators',
  Effect: 'Allow',
  Principal: {
    AWS: [
      'arn:aws:iam::111122223333:user/KMSAdminUser',
      'arn:aws:iam::111122223333:role/KMSAdminRole',
    ],
  },
  Action: [
    'kms:Create*',
    'kms:Describe*',
    'kms:Enable*',
    'kms:List*',
    'kms:Put*',
    'kms:Update*',
    'kms:Revoke*',
    'kms:Disable*',
    'kms:Get*',
    'kms:Delete*',
    'kms:TagResource',
    'kms:UntagResource',
    'kms:ScheduleKeyDeletion',
    'kms:CancelKeyDeletion',
  ],
  Resource: '*',
};

const KEY_USERS: PolicyStatement = {
  Sid: 'Allow use of the key',
  Effect: 'Allow',
  Principal: { AWS: [EXAMPLE_USER, 'arn:aws:iam::444455556666:root'] },
  Action: [
    'kms:Encrypt',
    'kms:Decrypt',
    'kms:ReEncrypt*',
    'kms:GenerateDataKey*',
    'kms:DescribeKey',
  ],
  Resource: '*',
};

const PERSISTENT_RESOURCES: PolicyStatement = {
  Sid: 'Allow attachment of persistent resources',
  Effect: 'Allow',
  Principal: { AWS: EXAMPLE_USER },
  Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
  Resource: '*',
  Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
};

const CONSOLE_DEFAULT = policy(
  ENABLE_IAM_POLICIES,
  KEY_ADMINISTRATORS,
  KEY_USERS,
  PERSISTENT_RESOURCES,
);

describe('evaluateKeyPolicy: the default key policy of the AWS documentation', () => {
  it.each([
    // [principal, action, verdict, delegatedToIam]
    [ROOT, 'kms:Decrypt', 'allowed', true],
    [ROOT, 'kms:ScheduleKeyDeletion', 'allowed', true],
    // "the policy statement doesn't give any IAM users or roles permission": it delegates.
    ['arn:aws:iam::111122223333:role/SomeRole', 'kms:Decrypt', 'implicit_deny', true],
    ['arn:aws:iam::111122223333:role/KMSAdminRole', 'kms:PutKeyPolicy', 'allowed', true],
    ['arn:aws:iam::111122223333:role/KMSAdminRole', 'kms:ScheduleKeyDeletion', 'allowed', true],
    // Key administrators manage the key but cannot use it.
    ['arn:aws:iam::111122223333:role/KMSAdminRole', 'kms:Decrypt', 'implicit_deny', true],
    ['arn:aws:iam::111122223333:user/KMSAdminUser', 'kms:Encrypt', 'implicit_deny', true],
    [EXAMPLE_USER, 'kms:Decrypt', 'allowed', true],
    [EXAMPLE_USER, 'kms:GenerateDataKeyWithoutPlaintext', 'allowed', true],
    [EXAMPLE_USER, 'kms:ReEncryptFrom', 'allowed', true],
    [EXAMPLE_USER, 'kms:ScheduleKeyDeletion', 'implicit_deny', true],
    // The key users statement names account 444455556666: its IAM policies decide.
    [OTHER_ACCOUNT_ROLE, 'kms:Decrypt', 'implicit_deny', true],
    [OTHER_ACCOUNT_ROLE, 'kms:PutKeyPolicy', 'implicit_deny', false],
    ['arn:aws:iam::444455556666:root', 'kms:Decrypt', 'allowed', true],
    ['arn:aws:iam::999999999999:role/Stranger', 'kms:Decrypt', 'implicit_deny', false],
    ['*', 'kms:DescribeKey', 'implicit_deny', false],
  ] as const)('%s %s -> %s (delegated: %s)', (principal, action, expected, delegated) => {
    const decision = evaluateKeyPolicy(CONSOLE_DEFAULT, { principal, action });
    expect(decision.verdict).toBe(expected);
    expect(decision.delegatedToIam).toBe(delegated);
  });

  it('names the deciding and the delegating statements', () => {
    expect(
      evaluateKeyPolicy(CONSOLE_DEFAULT, { principal: EXAMPLE_USER, action: 'kms:Decrypt' }),
    ).toEqual({
      verdict: 'allowed',
      delegatedToIam: true,
      statements: ['Allow use of the key'],
      delegatedBy: ['Enable IAM policies'],
      undecided: [],
    });
  });

  it('allows grants only for AWS resources (kms:GrantIsForAWSResource)', () => {
    const grant = (action: string, grantIsForAwsResource?: boolean) =>
      verdict(policy(PERSISTENT_RESOURCES), {
        principal: EXAMPLE_USER,
        action,
        ...(grantIsForAwsResource === undefined ? {} : { grantIsForAwsResource }),
      });
    expect(grant('kms:CreateGrant', true)).toBe('allowed');
    expect(grant('kms:ListGrants', true)).toBe('allowed');
    expect(grant('kms:RevokeGrant', true)).toBe('allowed');
    expect(grant('kms:CreateGrant', false)).toBe('implicit_deny');
    expect(grant('kms:CreateGrant')).toBe('implicit_deny');
  });

  it('ignores kms:GrantIsForAWSResource for operations that do not carry it, as KMS does', () => {
    const document = policy({
      Effect: 'Allow',
      Principal: { AWS: EXAMPLE_USER },
      Action: 'kms:*',
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    });
    expect(
      verdict(document, {
        principal: EXAMPLE_USER,
        action: 'kms:Decrypt',
        grantIsForAwsResource: true,
      }),
    ).toBe('implicit_deny');
  });
});

describe('evaluateKeyPolicy: kms:ViaService examples', () => {
  const viaEc2OrRds = policy({
    Effect: 'Allow',
    Principal: { AWS: EXAMPLE_USER },
    Action: [
      'kms:Encrypt',
      'kms:Decrypt',
      'kms:ReEncrypt*',
      'kms:GenerateDataKey*',
      'kms:CreateGrant',
      'kms:ListGrants',
      'kms:DescribeKey',
    ],
    Resource: '*',
    Condition: {
      StringEquals: {
        'kms:ViaService': ['ec2.us-west-2.amazonaws.com', 'rds.us-west-2.amazonaws.com'],
      },
    },
  });
  const denyLambdaEncrypt: PolicyStatement = {
    Effect: 'Deny',
    Principal: { AWS: EXAMPLE_USER },
    Action: ['kms:Encrypt'],
    Resource: '*',
    Condition: { StringEquals: { 'kms:ViaService': ['lambda.us-west-2.amazonaws.com'] } },
  };

  it.each([
    ['ec2.us-west-2.amazonaws.com', 'kms:Decrypt', 'allowed'],
    ['rds.us-west-2.amazonaws.com', 'kms:GenerateDataKeyWithoutPlaintext', 'allowed'],
    ['ec2.us-east-1.amazonaws.com', 'kms:Decrypt', 'implicit_deny'],
    ['lambda.us-west-2.amazonaws.com', 'kms:Decrypt', 'implicit_deny'],
    [undefined, 'kms:Decrypt', 'implicit_deny'],
  ] as const)('via %s: %s -> %s', (viaService, action, expected) => {
    expect(
      verdict(viaEc2OrRds, {
        principal: EXAMPLE_USER,
        action,
        ...(viaService === undefined ? {} : { viaService }),
      }),
    ).toBe(expected);
  });

  it('denies Encrypt through Lambda even where another statement allows it', () => {
    const document = policy(
      ...viaEc2OrRds.Statement,
      { ...denyLambdaEncrypt },
      {
        Effect: 'Allow',
        Principal: { AWS: EXAMPLE_USER },
        Action: 'kms:Encrypt',
        Resource: '*',
      },
    );
    expect(
      verdict(document, {
        principal: EXAMPLE_USER,
        action: 'kms:Encrypt',
        viaService: 'lambda.us-west-2.amazonaws.com',
      }),
    ).toBe('explicit_deny');
    expect(verdict(document, { principal: EXAMPLE_USER, action: 'kms:Encrypt' })).toBe('allowed');
  });
});

describe('evaluateKeyPolicy: encryption context examples', () => {
  const appName = (condition: PolicyStatement['Condition']): KeyPolicyDocument =>
    policy({
      Effect: 'Allow',
      Principal: { AWS: APP_ROLE },
      Action: ['kms:GenerateDataKey', 'kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
      ...(condition === undefined ? {} : { Condition: condition }),
    });
  const request = (encryptionContext?: Record<string, string>, action = 'kms:GenerateDataKey') => ({
    principal: APP_ROLE,
    action,
    ...(encryptionContext === undefined ? {} : { encryptionContext }),
  });

  const requirePair = appName({ StringEquals: { 'kms:EncryptionContext:AppName': 'ExampleApp' } });
  const onlyThatPair = appName({
    StringEquals: { 'kms:EncryptionContext:AppName': 'ExampleApp' },
    'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['AppName'] },
  });
  const twoPairs = appName({
    StringEquals: {
      'kms:EncryptionContext:Department': 'IT',
      'kms:EncryptionContext:Project': 'Alpha',
    },
  });
  const anyAppNameKey = appName({
    'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'AppName' },
  });
  const someContext = appName({ Null: { 'kms:EncryptionContextKeys': false } });

  it.each([
    ['required pair present', requirePair, { AppName: 'ExampleApp' }, 'allowed'],
    ['other pairs permitted', requirePair, { AppName: 'ExampleApp', Stage: 'Test' }, 'allowed'],
    ['the context key is case-insensitive', requirePair, { appname: 'ExampleApp' }, 'allowed'],
    [
      'the value is case-sensitive under StringEquals',
      requirePair,
      { AppName: 'exampleapp' },
      'implicit_deny',
    ],
    ['wrong value', requirePair, { AppName: 'OtherApp' }, 'implicit_deny'],
    ['no context', requirePair, undefined, 'implicit_deny'],
    ['ForAllValues keys: only AppName', onlyThatPair, { AppName: 'ExampleApp' }, 'allowed'],
    [
      'ForAllValues keys: extra key refused',
      onlyThatPair,
      { AppName: 'ExampleApp', Stage: 'Test' },
      'implicit_deny',
    ],
    ['ForAllValues keys: no context refused by the pair', onlyThatPair, undefined, 'implicit_deny'],
    ['two pairs: both', twoPairs, { Department: 'IT', Project: 'Alpha' }, 'allowed'],
    ['two pairs: one missing', twoPairs, { Department: 'IT' }, 'implicit_deny'],
    [
      'ForAnyValue keys: AppName among others',
      anyAppNameKey,
      { AppName: 'Helper', Project: 'Alpha' },
      'allowed',
    ],
    ['ForAnyValue keys: no AppName', anyAppNameKey, { Project: 'Alpha' }, 'implicit_deny'],
    ['ForAnyValue keys: no context', anyAppNameKey, undefined, 'implicit_deny'],
    ['Null false: any context', someContext, { Anything: 'x' }, 'allowed'],
    ['Null false: no context', someContext, undefined, 'implicit_deny'],
  ] as const)('%s', (_name, document, encryptionContext, expected) => {
    expect(verdict(document, request(encryptionContext))).toBe(expected);
  });

  it('requires one pair or the other with two statements', () => {
    const either = policy(
      {
        Effect: 'Allow',
        Principal: { AWS: APP_ROLE },
        Action: 'kms:GenerateDataKey',
        Resource: '*',
        Condition: { StringEquals: { 'kms:EncryptionContext:Department': 'IT' } },
      },
      {
        Effect: 'Allow',
        Principal: { AWS: APP_ROLE },
        Action: 'kms:GenerateDataKey',
        Resource: '*',
        Condition: { StringEquals: { 'kms:EncryptionContext:Project': 'Alpha' } },
      },
    );
    expect(verdict(either, request({ Project: 'Alpha' }))).toBe('allowed');
    expect(verdict(either, request({ Department: 'IT' }))).toBe('allowed');
    expect(verdict(either, request({ Department: 'HR' }))).toBe('implicit_deny');
  });

  it('denies the forbidden Stage pairs and allows other stages', () => {
    const document = policy(
      {
        Effect: 'Allow',
        Principal: { AWS: APP_ROLE },
        Action: 'kms:GenerateDataKey',
        Resource: '*',
      },
      {
        Effect: 'Deny',
        Principal: { AWS: APP_ROLE },
        Action: 'kms:GenerateDataKey',
        Resource: '*',
        Condition: {
          StringEquals: { 'kms:EncryptionContext:Stage': ['Restricted', 'Production'] },
        },
      },
    );
    expect(verdict(document, request({ Stage: 'Production' }))).toBe('explicit_deny');
    expect(verdict(document, request({ Stage: 'Restricted' }))).toBe('explicit_deny');
    expect(verdict(document, request({ Stage: 'Test' }))).toBe('allowed');
    expect(verdict(document, request())).toBe('allowed');
  });

  it('does not put an encryption context into operations that take none', () => {
    const document = policy({
      Effect: 'Allow',
      Principal: { AWS: APP_ROLE },
      Action: 'kms:DescribeKey',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:AppName': 'ExampleApp' } },
    });
    expect(verdict(document, request({ AppName: 'ExampleApp' }, 'kms:DescribeKey'))).toBe(
      'implicit_deny',
    );
  });
});

describe('evaluateKeyPolicy: condition operators', () => {
  const allowIf = (condition: PolicyStatement['Condition']): KeyPolicyDocument =>
    policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
      ...(condition === undefined ? {} : { Condition: condition }),
    });
  const withKeys = (keys: Record<string, string | string[]>): RequestContext => ({
    principal: APP_ROLE,
    action: 'kms:Decrypt',
    keys,
  });
  const none: RequestContext = { principal: APP_ROLE, action: 'kms:Decrypt' };

  it.each([
    // [operator, key, policy value(s), request (undefined: key absent), matches]
    ['StringEquals', 'aws:PrincipalTag/team', 'payments', 'payments', true],
    ['StringEquals', 'aws:PrincipalTag/team', 'payments', 'Payments', false],
    ['StringEquals', 'aws:PrincipalTag/team', ['a', 'payments'], 'payments', true],
    ['StringEquals', 'aws:PrincipalTag/team', 'payments', undefined, false],
    ['StringNotEquals', 'aws:PrincipalTag/team', 'payments', 'orders', true],
    ['StringNotEquals', 'aws:PrincipalTag/team', ['orders', 'payments'], 'orders', false],
    // A negated operator matches a missing key.
    ['StringNotEquals', 'aws:PrincipalTag/team', 'payments', undefined, true],
    ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', 'payments', 'PAYMENTS', true],
    ['StringNotEqualsIgnoreCase', 'aws:PrincipalTag/team', 'payments', 'PAYMENTS', false],
    ['StringLike', 'aws:PrincipalTag/team', 'pay*', 'payments', true],
    ['StringLike', 'aws:PrincipalTag/team', 'pay?ents', 'payments', true],
    ['StringLike', 'aws:PrincipalTag/team', 'Pay*', 'payments', false],
    ['StringNotLike', 'aws:PrincipalTag/team', 'pay*', 'orders', true],
    ['StringNotLike', 'aws:PrincipalTag/team', 'pay*', undefined, true],
    ['StringEqualsIfExists', 'aws:PrincipalTag/team', 'payments', undefined, true],
    ['StringEqualsIfExists', 'aws:PrincipalTag/team', 'payments', 'orders', false],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', '3600', '120', true],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', '3600', '7200', false],
    ['NumericLessThanEquals', 'aws:MultiFactorAuthAge', 3600, '3600', true],
    ['NumericGreaterThan', 'aws:MultiFactorAuthAge', '10', '11', true],
    ['NumericGreaterThanEquals', 'aws:MultiFactorAuthAge', '10', '9', false],
    ['NumericEquals', 'aws:MultiFactorAuthAge', '10', '10.0', true],
    ['NumericNotEquals', 'aws:MultiFactorAuthAge', '10', '11', true],
    ['NumericEquals', 'aws:MultiFactorAuthAge', '10', 'ten', false],
    ['DateLessThan', 'aws:CurrentTime', '2030-01-01T00:00:00Z', '2026-05-01T12:00:00Z', true],
    ['DateGreaterThan', 'aws:CurrentTime', '2030-01-01T00:00:00Z', '2026-05-01T12:00:00Z', false],
    ['DateEquals', 'aws:EpochTime', '1700000000', '2023-11-14T22:13:20Z', true],
    ['DateNotEquals', 'aws:CurrentTime', '2030-01-01T00:00:00Z', '2026-05-01T12:00:00Z', true],
    [
      'DateLessThanEquals',
      'aws:TokenIssueTime',
      '2026-05-01T12:00:00Z',
      '2026-05-01T12:00:00Z',
      true,
    ],
    [
      'DateGreaterThanEquals',
      'aws:TokenIssueTime',
      '2026-05-01T12:00:00Z',
      '2026-04-01T00:00:00Z',
      false,
    ],
    ['Bool', 'aws:SecureTransport', true, 'true', true],
    ['Bool', 'aws:SecureTransport', 'true', 'false', false],
    // A key absent from the request (aws:ViaAWSService is never absent: false on direct calls).
    ['Bool', 'aws:PrincipalTag/break-glass', 'true', undefined, false],
    ['BoolIfExists', 'aws:PrincipalTag/break-glass', 'true', undefined, true],
    ['Bool', 'aws:ViaAWSService', 'false', undefined, true],
    ['BinaryEquals', 'aws:PrincipalTag/blob', 'QmluYXJ5', 'QmluYXJ5', true],
    ['IpAddress', 'aws:SourceIp', '203.0.113.0/24', '203.0.113.9', true],
    ['IpAddress', 'aws:SourceIp', '203.0.113.0/24', '203.0.114.9', false],
    ['IpAddress', 'aws:SourceIp', '203.0.113.7', '203.0.113.7', true],
    ['IpAddress', 'aws:SourceIp', '2001:db8::/32', '2001:db8:1234::1', true],
    ['IpAddress', 'aws:SourceIp', '2001:db8::/32', '2001:db9::1', false],
    ['IpAddress', 'aws:SourceIp', '::ffff:192.0.2.0/120', '::ffff:192.0.2.77', true],
    ['NotIpAddress', 'aws:SourceIp', '203.0.113.0/24', '198.51.100.1', true],
    ['NotIpAddress', 'aws:SourceIp', '203.0.113.0/24', undefined, true],
    [
      'ArnLike',
      'aws:PrincipalArn',
      'arn:aws:iam::*:role/app-*',
      'arn:aws:iam::111122223333:role/app-s3',
      true,
    ],
    [
      'ArnEquals',
      'aws:PrincipalArn',
      'arn:aws:iam::111122223333:role/*',
      'arn:aws:iam::111122223333:role/x',
      true,
    ],
    [
      'ArnLike',
      'aws:PrincipalArn',
      'arn:aws:iam::*:role/app-*',
      'arn:aws:iam::111122223333:user/app-s3',
      false,
    ],
    [
      'ArnNotLike',
      'aws:PrincipalArn',
      'arn:aws:iam::*:role/app-*',
      'arn:aws:iam::111122223333:role/db',
      true,
    ],
    [
      'ArnNotEquals',
      'aws:PrincipalArn',
      'arn:aws:iam::111122223333:role/db',
      'arn:aws:iam::111122223333:role/db',
      false,
    ],
    ['Null', 'aws:PrincipalTag/team', 'true', undefined, true],
    ['Null', 'aws:PrincipalTag/team', 'true', 'payments', false],
    ['Null', 'aws:PrincipalTag/team', false, 'payments', true],
    // Multivalued keys and set operators.
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env', 'team'], ['team', 'cost'], true],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], ['team', 'cost'], false],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], undefined, false],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], ['team', 'env'], true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], ['team', 'cost'], false],
    // ForAllValues matches a missing key (the empty set): why it needs a Null guard in an Allow.
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env'], undefined, true],
    ['ForAllValues:StringNotEquals', 'aws:TagKeys', ['secret'], ['env', 'team'], true],
    ['ForAllValues:StringNotEquals', 'aws:TagKeys', ['secret'], ['env', 'secret'], false],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env'], ['env', 'team'], true],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env'], ['env'], false],
    ['ForAnyValue:StringLike', 'aws:TagKeys', ['te*'], ['env', 'team'], true],
    ['ForAllValues:StringEqualsIfExists', 'aws:TagKeys', ['env'], undefined, true],
    ['StringEquals', 'aws:TagKeys', 'team', ['env', 'team'], true],
    // Operator and key names are case-insensitive.
    ['stringequals', 'AWS:PRINCIPALTAG/team', 'payments', 'payments', true],
    // An unknown operator never matches.
    ['StringEqualsSometimes', 'aws:PrincipalTag/team', 'payments', 'payments', false],
  ] as const)('%s %s %j vs %j -> %s', (operator, key, value, requestValue, matches) => {
    const document = allowIf({ [operator]: { [key]: value as string } });
    const request = requestValue === undefined ? none : withKeys({ [key]: requestValue as string });
    expect(verdict(document, request)).toBe(matches ? 'allowed' : 'implicit_deny');
  });

  it('ANDs operators and keys, ORs the values of one key', () => {
    const document = allowIf({
      StringEquals: {
        'aws:PrincipalTag/team': ['payments', 'orders'],
        'aws:PrincipalTag/env': 'prod',
      },
      Bool: { 'aws:SecureTransport': 'true' },
    });
    const base = {
      'aws:PrincipalTag/team': 'orders',
      'aws:PrincipalTag/env': 'prod',
      'aws:SecureTransport': 'true',
    };
    expect(verdict(document, withKeys(base))).toBe('allowed');
    expect(verdict(document, withKeys({ ...base, 'aws:PrincipalTag/env': 'dev' }))).toBe(
      'implicit_deny',
    );
    expect(verdict(document, withKeys({ ...base, 'aws:SecureTransport': 'false' }))).toBe(
      'implicit_deny',
    );
  });

  it('replaces policy variables in 2012-10-17 policies only', () => {
    const statement: PolicyStatement = {
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:owner': '${aws:PrincipalTag/team}' } },
    };
    const request = (team: string | undefined, owner: string): RequestContext => ({
      principal: APP_ROLE,
      action: 'kms:Decrypt',
      encryptionContext: { owner },
      ...(team === undefined ? {} : { keys: { 'aws:PrincipalTag/team': team } }),
    });
    expect(verdict(policy(statement), request('payments', 'payments'))).toBe('allowed');
    expect(verdict(policy(statement), request('payments', 'orders'))).toBe('implicit_deny');
    expect(verdict(policy(statement), request(undefined, ''))).toBe('implicit_deny');
    const withDefault = {
      ...statement,
      Condition: {
        StringEquals: { 'kms:EncryptionContext:owner': "${aws:PrincipalTag/team, 'nobody'}" },
      },
    };
    expect(verdict(policy(withDefault), request(undefined, 'nobody'))).toBe('allowed');
    const old: KeyPolicyDocument = { Version: '2008-10-17', Statement: [statement] };
    expect(verdict(old, request('payments', 'payments'))).toBe('implicit_deny');
    expect(verdict(old, request('payments', '${aws:PrincipalTag/team}'))).toBe('allowed');
  });

  it('reads the MFA, caller account, org and via-service fields of the request', () => {
    const document = allowIf({
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      StringEquals: {
        'kms:CallerAccount': ACCOUNT,
        'aws:PrincipalAccount': ACCOUNT,
        'aws:PrincipalOrgID': 'o-abc123',
        'kms:ViaService': 's3.us-east-1.amazonaws.com',
      },
      ArnEquals: { 'aws:PrincipalArn': APP_ROLE },
    });
    const request: RequestContext = {
      principal: APP_ROLE,
      action: 'kms:Decrypt',
      mfaPresent: true,
      principalOrgId: 'o-abc123',
      viaService: 's3.us-east-1.amazonaws.com',
    };
    expect(verdict(document, request)).toBe('allowed');
    expect(verdict(document, { ...request, mfaPresent: false })).toBe('implicit_deny');
    expect(verdict(document, { ...request, callerAccount: '999999999999' })).toBe('implicit_deny');
    expect(verdict(document, { ...request, principalOrgId: 'o-other' })).toBe('implicit_deny');
    // A role session's aws:PrincipalArn is its role's ARN with the role's path, which the
    // session ARN does not carry: unknown unless the request states it.
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/RoleForExampleApp/build-42`;
    expect(verdict(document, { ...request, principal: session })).toBe('implicit_deny');
    expect(
      verdict(document, {
        ...request,
        principal: session,
        keys: { 'aws:PrincipalArn': APP_ROLE },
      }),
    ).toBe('allowed');
  });
});

describe('evaluateKeyPolicy: MFA guard', () => {
  const guarded = policy(ENABLE_IAM_POLICIES, KEY_ADMINISTRATORS, {
    Sid: 'DenyWithoutMfa',
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  });
  const admin = 'arn:aws:iam::111122223333:role/KMSAdminRole';

  it.each([
    [true, 'allowed'],
    [false, 'explicit_deny'],
    // Long-term credentials carry no MFA key at all: IfExists denies them too.
    [undefined, 'explicit_deny'],
  ] as const)('ScheduleKeyDeletion with MFA %s -> %s', (mfaPresent, expected) => {
    const decision = evaluateKeyPolicy(guarded, {
      principal: admin,
      action: 'kms:ScheduleKeyDeletion',
      ...(mfaPresent === undefined ? {} : { mfaPresent }),
    });
    expect(decision.verdict).toBe(expected);
    if (expected === 'explicit_deny') {
      expect(decision.statements).toEqual(['DenyWithoutMfa']);
      expect(decision.delegatedToIam).toBe(false);
    }
  });

  it('denies the account root without MFA too, and leaves other actions alone', () => {
    expect(verdict(guarded, { principal: ROOT, action: 'kms:DisableKey', mfaPresent: false })).toBe(
      'explicit_deny',
    );
    expect(
      verdict(guarded, { principal: admin, action: 'kms:DisableKeyRotation', mfaPresent: false }),
    ).toBe('allowed');
  });
});

describe('evaluateKeyPolicy: principals, actions and resources', () => {
  const allow = (fields: Partial<PolicyStatement>): KeyPolicyDocument =>
    policy({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', ...fields });

  it.each([
    // [principal element, caller, verdict, delegated]
    ['*', APP_ROLE, 'allowed', false],
    [{ AWS: '*' }, APP_ROLE, 'allowed', false],
    [{ AWS: '*' }, '*', 'allowed', false],
    [{ AWS: ACCOUNT }, APP_ROLE, 'implicit_deny', true],
    [{ AWS: ACCOUNT }, ROOT, 'allowed', true],
    [{ AWS: APP_ROLE }, APP_ROLE, 'allowed', false],
    [
      { AWS: APP_ROLE },
      `arn:aws:sts::${ACCOUNT}:assumed-role/RoleForExampleApp/session-1`,
      'allowed',
      false,
    ],
    [
      { AWS: 'arn:aws:iam::111122223333:role/team/RoleForExampleApp' },
      `arn:aws:sts::${ACCOUNT}:assumed-role/RoleForExampleApp/s`,
      'allowed',
      false,
    ],
    [{ AWS: APP_ROLE }, 'arn:aws:iam::111122223333:role/RoleForOtherApp', 'implicit_deny', false],
    [{ AWS: APP_ROLE }, 'arn:aws:iam::444455556666:role/RoleForExampleApp', 'implicit_deny', false],
    [{ AWS: EXAMPLE_USER }, EXAMPLE_USER, 'allowed', false],
    [{ AWS: EXAMPLE_USER }, 'arn:aws:iam::111122223333:role/ExampleUser', 'implicit_deny', false],
    [
      { AWS: `arn:aws:sts::${ACCOUNT}:assumed-role/RoleForExampleApp/s1` },
      `arn:aws:sts::${ACCOUNT}:assumed-role/RoleForExampleApp/s2`,
      'implicit_deny',
      false,
    ],
    // A deleted role shows as its unique id and matches nobody.
    [{ AWS: 'AROAEXAMPLEID123456789' }, APP_ROLE, 'implicit_deny', false],
    [{ Service: 'logs.us-east-1.amazonaws.com' }, 'logs.us-east-1.amazonaws.com', 'allowed', false],
    [{ Service: 'logs.us-east-1.amazonaws.com' }, APP_ROLE, 'implicit_deny', false],
    [{ AWS: APP_ROLE }, '*', 'implicit_deny', false],
  ] as const)('Principal %j, caller %s -> %s', (principal, caller, expected, delegated) => {
    const decision = evaluateKeyPolicy(allow({ Principal: principal }), {
      principal: caller,
      action: 'kms:Decrypt',
    });
    expect(decision.verdict).toBe(expected);
    expect(decision.delegatedToIam).toBe(delegated);
  });

  it('denies every principal of an account when a Deny names the account', () => {
    const document = policy(
      { Effect: 'Allow', Principal: { AWS: APP_ROLE }, Action: 'kms:Decrypt', Resource: '*' },
      { Effect: 'Deny', Principal: { AWS: ROOT }, Action: 'kms:Decrypt', Resource: '*' },
    );
    expect(verdict(document, { principal: APP_ROLE, action: 'kms:Decrypt' })).toBe('explicit_deny');
    expect(verdict(document, { principal: OTHER_ACCOUNT_ROLE, action: 'kms:Decrypt' })).toBe(
      'implicit_deny',
    );
  });

  it('applies Deny with NotPrincipal to everyone whose identities are not all listed', () => {
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/RoleForExampleApp/s`;
    const denyAllBut = (listed: string[]) =>
      policy(
        { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
        { Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 'kms:Decrypt', Resource: '*' },
      );
    expect(
      verdict(denyAllBut([APP_ROLE, ROOT]), { principal: APP_ROLE, action: 'kms:Decrypt' }),
    ).toBe('allowed');
    expect(
      verdict(denyAllBut([APP_ROLE, ROOT]), { principal: session, action: 'kms:Decrypt' }),
    ).toBe('explicit_deny');
    expect(
      verdict(denyAllBut([session, APP_ROLE, ROOT]), { principal: session, action: 'kms:Decrypt' }),
    ).toBe('allowed');
    // Without the account in the list, the account identity is not excluded.
    expect(verdict(denyAllBut([APP_ROLE]), { principal: APP_ROLE, action: 'kms:Decrypt' })).toBe(
      'explicit_deny',
    );
    expect(
      verdict(denyAllBut([APP_ROLE, ROOT]), {
        principal: OTHER_ACCOUNT_ROLE,
        action: 'kms:Decrypt',
      }),
    ).toBe('explicit_deny');
  });

  it.each([
    [{ Action: 'kms:Decrypt' }, 'kms:decrypt', 'allowed'],
    [{ Action: 'KMS:DECRYPT' }, 'kms:Decrypt', 'allowed'],
    [{ Action: 'kms:*' }, 'kms:ScheduleKeyDeletion', 'allowed'],
    [{ Action: '*' }, 'kms:Decrypt', 'allowed'],
    [{ Action: 'kms:GenerateDataKey*' }, 'kms:GenerateDataKeyPairWithoutPlaintext', 'allowed'],
    [{ Action: 'kms:ReEncrypt*' }, 'kms:ReEncryptTo', 'allowed'],
    [{ Action: 'kms:Re?ncryptFrom' }, 'kms:ReEncryptFrom', 'allowed'],
    [{ Action: 'kms:Get*' }, 'kms:Decrypt', 'implicit_deny'],
    [
      { Action: undefined, NotAction: ['kms:Decrypt', 'kms:Encrypt'] },
      'kms:Decrypt',
      'implicit_deny',
    ],
    [{ Action: undefined, NotAction: 'kms:Encrypt' }, 'kms:Decrypt', 'allowed'],
    [{ Resource: 'arn:*:kms:*:*:key/*' }, 'kms:Decrypt', 'allowed'],
  ] as const)('%j on %s -> %s', (fields, action, expected) => {
    const statement = {
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      ...fields,
    } as PolicyStatement;
    if (statement.Action === undefined) delete statement.Action;
    expect(verdict(policy(statement), { principal: APP_ROLE, action })).toBe(expected);
  });

  it.each([
    [{ Resource: 'arn:aws:kms:us-east-1:111122223333:key/1234' }, 'allowed'],
    [{ Resource: 'arn:aws:kms:us-east-1:111122223333:key/*' }, 'allowed'],
    [{ Resource: 'arn:aws:kms:us-east-1:111122223333:key/9999' }, 'implicit_deny'],
    [{ Resource: 'arn:aws:kms:*:111122223333:key/1234' }, 'allowed'],
    [
      { Resource: undefined, NotResource: 'arn:aws:kms:us-east-1:111122223333:key/1234' },
      'implicit_deny',
    ],
    [
      { Resource: undefined, NotResource: 'arn:aws:kms:us-east-1:111122223333:key/9999' },
      'allowed',
    ],
  ] as const)('%j for key 1234 -> %s', (fields, expected) => {
    const statement = {
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:*',
      ...fields,
    } as PolicyStatement;
    if (statement.Resource === undefined) delete statement.Resource;
    expect(
      verdict(policy(statement), {
        principal: APP_ROLE,
        action: 'kms:Decrypt',
        key: { arn: 'arn:aws:kms:us-east-1:111122223333:key/1234' },
      }),
    ).toBe(expected);
  });

  it('gives the same decisions for a prepared policy', () => {
    const prepared = prepareKeyPolicy(CONSOLE_DEFAULT);
    for (const principal of [ROOT, EXAMPLE_USER, OTHER_ACCOUNT_ROLE, '*']) {
      for (const action of ['kms:Decrypt', 'kms:PutKeyPolicy', 'kms:CreateGrant']) {
        expect(evaluateKeyPolicy(prepared, { principal, action })).toEqual(
          evaluateKeyPolicy(CONSOLE_DEFAULT, { principal, action }),
        );
      }
    }
  });

  it('labels statements without Sid by their index', () => {
    const document = policy(
      { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
      { Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
    );
    expect(
      evaluateKeyPolicy(document, { principal: APP_ROLE, action: 'kms:Decrypt' }).statements,
    ).toEqual(['#1']);
  });
});
