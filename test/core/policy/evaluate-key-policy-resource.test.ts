/**
 * The Resource of a key policy statement, with the key ARN known (plan of an existing key)
 * and with only the key's location known (validate, access, lint-policy, a key the plan
 * creates). Sources: KMS Developer Guide, "Key policies in AWS KMS" ("In a key policy, the
 * value of the Resource element is "*", which means "this KMS key""); IAM User Guide,
 * "IAM JSON policy elements: Resource" and "NotResource" (ARNs match segment by segment,
 * case-sensitively, with `*` and `?`), and "Policy evaluation logic".
 * KMS Developer Guide, "Specifying KMS keys in IAM policy statements": a KMS key is named
 * by its key ARN, never by an alias ARN; wildcards may stand for the Region or the key id.
 * Not settled by the documentation: what a key id not yet created will be. The tests take
 * the safer reading per use (an Allow of one key id grants nothing, a Deny of one may apply).
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateKeyPolicy,
  type EvaluationStance,
  type RequestedKey,
} from '../../../core/policy/evaluate-key-policy.ts';
import type { PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${KEY_ID}`;
const OTHER_KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/9999abcd-12ab-34cd-56ef-1234567890ab`;
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

const KNOWN: RequestedKey = { arn: KEY_ARN };
const LOCATION: RequestedKey = { partition: 'aws', account: ACCOUNT, region: REGION };

function allowApp(fields: Partial<PolicyStatement>): PolicyStatement {
  const statement: PolicyStatement = {
    Effect: 'Allow',
    Principal: { AWS: APP },
    Action: 'kms:Decrypt',
    ...fields,
  };
  return statement;
}

function decide(
  statements: PolicyStatement[],
  principal: string,
  action: string,
  key: RequestedKey,
  stance?: EvaluationStance,
) {
  return evaluateKeyPolicy(
    { Version: '2012-10-17', Statement: statements },
    { principal, action, key },
    stance,
  );
}

describe('Resource with the key ARN known and with the key location only', () => {
  // [case, fields, verdict with the ARN, verdict with the location]
  it.each([
    ['"*" is this key', { Resource: '*' }, 'allowed', 'allowed'],
    ['this key by ARN', { Resource: KEY_ARN }, 'allowed', 'implicit_deny'],
    [
      'every key of this account and Region',
      { Resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/*` },
      'allowed',
      'allowed',
    ],
    [
      'every Region by wildcard',
      { Resource: `arn:aws:kms:*:${ACCOUNT}:key/*` },
      'allowed',
      'allowed',
    ],
    ['an S3 bucket', { Resource: 'arn:aws:s3:::my-bucket' }, 'implicit_deny', 'implicit_deny'],
    [
      'another key id (grants nothing)',
      { Resource: OTHER_KEY_ARN },
      'implicit_deny',
      'implicit_deny',
    ],
    [
      'an alias ARN (a key policy Resource never matches an alias)',
      { Resource: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/app` },
      'implicit_deny',
      'implicit_deny',
    ],
    [
      'a key of another account',
      { Resource: `arn:aws:kms:${REGION}:444455556666:key/*` },
      'implicit_deny',
      'implicit_deny',
    ],
    [
      'a key of another Region',
      { Resource: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/*` },
      'implicit_deny',
      'implicit_deny',
    ],
    [
      'a key of another partition',
      { Resource: `arn:aws-cn:kms:${REGION}:${ACCOUNT}:key/*` },
      'implicit_deny',
      'implicit_deny',
    ],
    [
      'ARNs compare case-sensitively',
      { Resource: `arn:aws:kms:${REGION.toUpperCase()}:${ACCOUNT}:key/*` },
      'implicit_deny',
      'implicit_deny',
    ],
    ['NotResource naming this key', { NotResource: KEY_ARN }, 'implicit_deny', 'implicit_deny'],
    [
      'NotResource naming every key here',
      { NotResource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/*` },
      'implicit_deny',
      'implicit_deny',
    ],
    [
      'NotResource naming an S3 bucket',
      { NotResource: 'arn:aws:s3:::my-bucket' },
      'allowed',
      'allowed',
    ],
    ['NotResource "*"', { NotResource: '*' }, 'implicit_deny', 'implicit_deny'],
  ] as const)('an Allow scoped to %s', (_name, fields, withArn, withLocation) => {
    const statement = allowApp(fields);
    expect(decide([statement], APP, 'kms:Decrypt', KNOWN).verdict).toBe(withArn);
    expect(decide([statement], APP, 'kms:Decrypt', LOCATION).verdict).toBe(withLocation);
    // The lockout stance counts an Allow only where it surely applies, like `exact`.
    expect(decide([statement], APP, 'kms:Decrypt', LOCATION, 'lockout').verdict).toBe(withLocation);
  });

  const backstop: PolicyStatement = {
    Sid: 'Root',
    Effect: 'Allow',
    Principal: { AWS: ROOT },
    Action: 'kms:*',
    Resource: '*',
  };
  const denyOther: PolicyStatement = {
    Sid: 'DenyOther',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:*',
    Resource: OTHER_KEY_ARN,
  };

  it('a Deny scoped to another key id leaves the root its access (exact, both modes)', () => {
    for (const key of [KNOWN, LOCATION]) {
      expect(decide([backstop, denyOther], ROOT, 'kms:ScheduleKeyDeletion', key).verdict).toBe(
        'allowed',
      );
    }
  });

  it('the lockout stance counts that Deny where the key id is unknown, and says why (safer reading: AWS does not say what a new key id will be)', () => {
    const decision = decide([backstop, denyOther], ROOT, 'kms:PutKeyPolicy', LOCATION, 'lockout');
    expect(decision.verdict).toBe('explicit_deny');
    expect(decision.undecided).toEqual([
      { statement: 'DenyOther', effect: 'Deny', because: ['Resource'] },
    ]);
    expect(decide([backstop, denyOther], ROOT, 'kms:PutKeyPolicy', KNOWN, 'lockout').verdict).toBe(
      'allowed',
    );
  });

  it('a Deny of another account or Region never counts, even under the lockout stance', () => {
    const deny = {
      ...denyOther,
      Resource: [
        `arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`,
        `arn:aws:kms:${REGION}:444455556666:key/*`,
      ],
    };
    expect(decide([backstop, deny], ROOT, 'kms:PutKeyPolicy', LOCATION, 'lockout').verdict).toBe(
      'allowed',
    );
  });

  it('the exposure stance counts an Allow that could name the key (lint rules looking for too much access)', () => {
    const statement = allowApp({ Resource: OTHER_KEY_ARN });
    expect(decide([statement], APP, 'kms:Decrypt', LOCATION, 'exposure').verdict).toBe('allowed');
    expect(decide([statement], APP, 'kms:Decrypt', KNOWN, 'exposure').verdict).toBe(
      'implicit_deny',
    );
    const bucket = allowApp({ Resource: 'arn:aws:s3:::my-bucket' });
    expect(decide([bucket], APP, 'kms:Decrypt', LOCATION, 'exposure').verdict).toBe(
      'implicit_deny',
    );
  });

  it('without any location, an ARN may name the key but only "*" surely does', () => {
    const statement = allowApp({ Resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/*` });
    expect(decide([statement], APP, 'kms:Decrypt', {}).verdict).toBe('implicit_deny');
    expect(decide([statement], APP, 'kms:Decrypt', {}, 'exposure').verdict).toBe('allowed');
  });
});

describe('conditions under the lockout stance (IAM User Guide, "AWS global condition context keys")', () => {
  const deny = (condition: NonNullable<PolicyStatement['Condition']>): PolicyStatement => ({
    Sid: 'Deny',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: condition,
  });
  const backstop: PolicyStatement = {
    Effect: 'Allow',
    Principal: { AWS: ROOT },
    Action: 'kms:*',
    Resource: '*',
  };

  it.each([
    [{ StringLike: { 'aws:userid': '*' } }, 'aws:userid'],
    [{ Null: { 'aws:SourceIp': 'false' } }, 'aws:SourceIp'],
    [{ DateGreaterThan: { 'aws:CurrentTime': '2099-01-01T00:00:00Z' } }, 'aws:CurrentTime'],
    [{ StringEquals: { 'aws:PrincipalTag/team': '${aws:userid}' } }, 'aws:PrincipalTag/team'],
  ] as const)(
    'a Deny on %j is undecided: applies under lockout, not under exact',
    (condition, key) => {
      const statements = [backstop, deny(condition)];
      const lockout = decide(statements, ROOT, 'kms:PutKeyPolicy', LOCATION, 'lockout');
      expect(lockout.verdict).toBe('explicit_deny');
      expect(lockout.undecided).toEqual([{ statement: 'Deny', effect: 'Deny', because: [key] }]);
      expect(decide(statements, ROOT, 'kms:PutKeyPolicy', LOCATION).verdict).toBe('allowed');
    },
  );

  it.each([
    // The request fields say what these keys are: absent MFA, no via service, the caller's account.
    [{ Bool: { 'aws:MultiFactorAuthPresent': 'false' } }, 'allowed'],
    [{ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, 'explicit_deny'],
    [{ StringEquals: { 'kms:CallerAccount': '444455556666' } }, 'allowed'],
    [{ StringNotEquals: { 'kms:CallerAccount': ACCOUNT } }, 'allowed'],
    [{ Null: { 'kms:ViaService': 'false' } }, 'allowed'],
    // aws:ViaAWSService is false on a direct call; aws:username is only there for IAM users.
    [{ Bool: { 'aws:ViaAWSService': 'false' } }, 'explicit_deny'],
    [{ StringLike: { 'aws:username': '*' } }, 'allowed'],
    // PutKeyPolicy carries no kms:GrantOperations (Service Authorization Reference).
    [{ 'ForAnyValue:StringEquals': { 'kms:GrantOperations': 'Decrypt' } }, 'allowed'],
  ] as const)('a Deny on %j is decided from what the request models: %s', (condition, expected) => {
    expect(
      decide([backstop, deny(condition)], ROOT, 'kms:PutKeyPolicy', LOCATION, 'lockout').verdict,
    ).toBe(expected);
  });

  it('aws:PrincipalOrgID is unknown under lockout unless the request gives it; under exact it is absent', () => {
    const statements = [backstop, deny({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-example' } })];
    expect(
      decide(statements, ROOT, 'kms:PutKeyPolicy', LOCATION, 'lockout').undecided,
    ).toHaveLength(1);
    // An absent key satisfies a negated operator (IAM User Guide, "Condition operators").
    expect(decide(statements, ROOT, 'kms:PutKeyPolicy', LOCATION).verdict).toBe('explicit_deny');
    const inOrg = evaluateKeyPolicy(
      { Version: '2012-10-17', Statement: statements },
      { principal: ROOT, action: 'kms:PutKeyPolicy', key: LOCATION, principalOrgId: 'o-example' },
      'lockout',
    );
    expect(inOrg.verdict).toBe('allowed');
  });

  // KMS Developer Guide, "Infrastructure security in AWS KMS": AWS KMS requires TLS 1.2, so
  // every request carries aws:SecureTransport true.
  it('aws:SecureTransport is true for every KMS request, in both stances', () => {
    const denyInsecure = [backstop, deny({ Bool: { 'aws:SecureTransport': 'false' } })];
    for (const stance of ['exact', 'lockout'] as const) {
      expect(decide(denyInsecure, ROOT, 'kms:PutKeyPolicy', LOCATION, stance).verdict).toBe(
        'allowed',
      );
      const denySecure = [backstop, deny({ Bool: { 'aws:SecureTransport': 'true' } })];
      expect(decide(denySecure, ROOT, 'kms:PutKeyPolicy', LOCATION, stance).verdict).toBe(
        'explicit_deny',
      );
    }
  });

  it('an Allow that needs an unknown value does not count under lockout', () => {
    const guarded = { ...backstop, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } };
    expect(decide([guarded], ROOT, 'kms:PutKeyPolicy', LOCATION, 'lockout').verdict).toBe(
      'implicit_deny',
    );
  });
});
