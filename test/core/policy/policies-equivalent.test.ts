import { describe, expect, it } from 'vitest';
import { findOrphanedPrincipals } from '../../../core/policy/find-orphaned-principals.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import { normalizeKeyPolicy } from '../../../core/policy/normalize-key-policy.ts';
import { countPolicyGrants } from '../../../core/policy/count-policy-grants.ts';
import { expandPolicyActions } from '../../../core/policy/expand-policy-actions.ts';
import { KMS_ACTIONS } from '../../../core/policy/kms-actions.ts';
import {
  MAX_COMPARED_GRANTS,
  policiesEquivalent,
} from '../../../core/policy/policies-equivalent.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const USER = `arn:aws:iam::${ACCOUNT}:role/app-s3`;
const OTHER = `arn:aws:iam::${ACCOUNT}:role/app-other`;

const GENERATED = generateKeyPolicy(
  {
    admins: [ADMIN],
    users: [USER, OTHER],
    viaService: ['s3', 'ec2'],
    encryptionContext: { project: 'portfolio' },
    crossAccount: [
      { principal: 'arn:aws:iam::222222222222:role/AppRole', actions: ['kms:Decrypt'] },
    ],
    requireMfaFor: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
  },
  { account: ACCOUNT, region: 'us-east-1' },
);

const policy = (...statements: PolicyStatement[]): KeyPolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});

/** What GetKeyPolicy might return: reordered, regrouped, re-cased, Sids changed. */
function asKmsMightReturnIt(document: KeyPolicyDocument): KeyPolicyDocument {
  return {
    Version: document.Version,
    Id: 'key-consolepolicy-3',
    Statement: [...document.Statement].reverse().map((statement, index) => {
      const actions = Array.isArray(statement.Action)
        ? [...statement.Action].reverse()
        : [String(statement.Action).toUpperCase()];
      return { ...statement, Sid: `Statement${index}`, Action: actions };
    }),
  };
}

describe('policiesEquivalent', () => {
  it('ignores statement order, Sid, Id, action case and string vs one-element list', () => {
    expect(policiesEquivalent(GENERATED, asKmsMightReturnIt(GENERATED))).toBe(true);
  });

  it.each([
    [
      'principal list order and duplicates',
      { Principal: { AWS: [USER, OTHER] } },
      { Principal: { AWS: [OTHER, USER, OTHER] } },
    ],
    [
      'a bare account id and its root ARN',
      { Principal: { AWS: ACCOUNT } },
      { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } },
    ],
    ['"*" and {"AWS": "*"}', { Principal: '*' }, { Principal: { AWS: '*' } }],
    [
      'condition value order, types and operator/key case',
      {
        Condition: {
          StringEquals: { 'kms:ViaService': ['b', 'a'] },
          Bool: { 'aws:SecureTransport': true },
        },
      },
      {
        Condition: {
          stringequals: { 'KMS:VIASERVICE': ['a', 'b'] },
          Bool: { 'aws:securetransport': 'TRUE' },
        },
      },
    ],
    [
      'the case of an encryption context key in the condition key',
      { Condition: { StringEquals: { 'kms:EncryptionContext:Project': 'x' } } },
      { Condition: { StringEquals: { 'kms:EncryptionContext:project': 'x' } } },
    ],
    [
      'wildcard action case',
      { Action: 'kms:GenerateDataKey*' },
      { Action: 'KMS:generatedatakey*' },
    ],
    [
      'an action wildcard and the KMS actions it matches',
      { Action: 'kms:ReEncrypt*' },
      { Action: ['kms:ReEncryptFrom', 'kms:ReEncryptTo'] },
    ],
    [
      'overlapping wildcards and their actions',
      { Action: ['kms:GenerateDataKey*', 'kms:GenerateDataKeyPair*', 'kms:Decrypt'] },
      {
        Action: [
          'kms:Decrypt',
          'kms:GenerateDataKey',
          'kms:GenerateDataKeyPair',
          'kms:GenerateDataKeyPairWithoutPlaintext',
          'kms:GenerateDataKeyWithoutPlaintext',
        ],
      },
    ],
    ['"*" and "kms:*" on a key', { Action: '*' }, { Action: 'kms:*' }],
    [
      'a NotAction wildcard and its actions',
      { Action: undefined, NotAction: 'kms:ReEncrypt*' },
      { Action: undefined, NotAction: ['kms:ReEncryptTo', 'kms:ReEncryptFrom'] },
    ],
  ] as [string, Partial<PolicyStatement>, Partial<PolicyStatement>][])(
    'treats %s as equal',
    (_name, left, right) => {
      const base: PolicyStatement = {
        Effect: 'Allow',
        Principal: { AWS: USER },
        Action: 'kms:Decrypt',
        Resource: '*',
      };
      const statement = (fields: Partial<PolicyStatement>): PolicyStatement => {
        const merged = { ...base, ...fields };
        if (merged.Action === undefined) delete merged.Action;
        return merged;
      };
      expect(policiesEquivalent(policy(statement(left)), policy(statement(right)))).toBe(true);
    },
  );

  it('treats one statement per principal and one per action like a grouped statement', () => {
    const grouped = policy({
      Effect: 'Allow',
      Principal: { AWS: [USER, OTHER] },
      Action: ['kms:Decrypt', 'kms:Encrypt'],
      Resource: '*',
    });
    const split = policy(
      { Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'kms:Encrypt', Resource: '*' },
      {
        Effect: 'Allow',
        Principal: { AWS: USER },
        Action: ['kms:Encrypt', 'kms:Decrypt'],
        Resource: '*',
      },
      { Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'kms:Decrypt', Resource: '*' },
    );
    expect(policiesEquivalent(grouped, split)).toBe(true);
  });

  it.each([
    ['an added principal', { Principal: { AWS: [USER, OTHER] } }],
    ['an added action', { Action: ['kms:Decrypt', 'kms:Encrypt'] }],
    ['another effect', { Effect: 'Deny' }],
    [
      'a condition',
      { Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } },
    ],
    [
      'another condition value case',
      { Condition: { StringEquals: { 'kms:EncryptionContext:project': 'X' } } },
    ],
    ['NotAction instead of Action', { Action: undefined, NotAction: 'kms:Decrypt' }],
    ['a wildcard that matches one more action', { Action: 'kms:*crypt' }],
    // U+212A KELVIN SIGN lower-cases to `k`: it must not fold into kms:Decrypt.
    ['a non-ASCII look-alike of the action', { Action: '\u212Ams:Decrypt' }],
    ['a non-ASCII look-alike of a wildcard', { Action: '\u212Ams:Decryp?' }],
    ['an unknown action pattern', { Action: ['kms:Decrypt', 'kms:Nothing*'] }],
    ['another resource', { Resource: 'arn:aws:kms:us-east-1:111122223333:key/1' }],
  ] as const)('sees %s as a change', (_name, fields) => {
    const base: PolicyStatement = {
      Effect: 'Allow',
      Principal: { AWS: USER },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:project': 'x' } },
    };
    const changed = { ...base, ...fields } as PolicyStatement;
    if (changed.Action === undefined) delete changed.Action;
    expect(policiesEquivalent(policy(base), policy(changed))).toBe(false);
  });

  it('sees wildcard actions swapped between conditions, or between Allow and Deny, as a change', () => {
    const grant = (effect: 'Allow' | 'Deny', action: string, value: string): PolicyStatement => ({
      Effect: effect,
      Principal: { AWS: USER },
      Action: action,
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': value } },
    });
    const left = policy(
      grant('Allow', 'kms:ReEncrypt*', 's3.us-east-1.amazonaws.com'),
      grant('Allow', 'kms:GenerateDataKey*', 'ec2.us-east-1.amazonaws.com'),
    );
    const swapped = policy(
      grant('Allow', 'kms:GenerateDataKey*', 's3.us-east-1.amazonaws.com'),
      grant('Allow', 'kms:ReEncrypt*', 'ec2.us-east-1.amazonaws.com'),
    );
    expect(policiesEquivalent(left, swapped)).toBe(false);
    const denied = policy(grant('Deny', '*', 'x'));
    expect(policiesEquivalent(denied, policy(grant('Allow', 'kms:*', 'x')))).toBe(false);
    expect(policiesEquivalent(denied, policy(grant('Deny', 'kms:*', 'x')))).toBe(true);
    // NotAction `kms:*` denies nothing on a key; NotAction of one action denies the others.
    const notAction = (actions: string): KeyPolicyDocument => {
      const statement: PolicyStatement = { ...grant('Deny', 'x', 'x'), NotAction: actions };
      delete statement.Action;
      return policy(statement);
    };
    expect(policiesEquivalent(notAction('kms:*'), notAction('kms:Decrypt'))).toBe(false);
    expect(policiesEquivalent(notAction('kms:*'), policy(grant('Deny', 'kms:*', 'x')))).toBe(false);
  });

  // Attack: the comparison splits statements into single grants (principal x action x
  // resource). A 20 KB policy of 200 roles x 1500 resources x `kms:*` is 16 million grants:
  // the plan or drift job ran out of memory. Past MAX_COMPARED_GRANTS it fails closed: the
  // policies differ (the manifest's policy is written again, drift is reported), unless the
  // two documents are the very same JSON.
  it('sees a policy of too many grants to compare as changed, without splitting it', () => {
    const roles = Array.from({ length: 200 }, (_, i) => `arn:aws:iam::${ACCOUNT}:role/r${i}`);
    const resources = Array.from({ length: 1500 }, (_, i) => `r${i}`);
    const huge = (principals: string[]): KeyPolicyDocument =>
      policy({
        Effect: 'Allow',
        Principal: { AWS: principals },
        Action: 'kms:*',
        Resource: resources,
      });
    expect(JSON.stringify(huge(roles)).length).toBeLessThan(32_768);
    expect(policiesEquivalent(huge(roles), huge([...roles].reverse()))).toBe(false);
    expect(policiesEquivalent(huge(roles), huge(roles))).toBe(true);
    const grants = countPolicyGrants(expandPolicyActions(huge(roles)));
    expect(grants).toBe(200 * 1500 * KMS_ACTIONS.length);
    expect(grants).toBeGreaterThan(MAX_COMPARED_GRANTS);
  });

  it('counts one grant for a whole Not* list, and compares a policy at the limit', () => {
    expect(
      countPolicyGrants(
        policy({
          Effect: 'Deny',
          NotPrincipal: { AWS: [USER, OTHER] },
          NotAction: ['kms:Decrypt', 'kms:Encrypt'],
          NotResource: ['a', 'b'],
        }),
      ),
    ).toBe(1);
    const roles = Array.from({ length: 100 }, (_, i) => `arn:aws:iam::${ACCOUNT}:role/r${i}`);
    const wide = (principals: string[]): KeyPolicyDocument =>
      policy({ Effect: 'Allow', Principal: { AWS: principals }, Action: 'kms:*', Resource: '*' });
    expect(countPolicyGrants(expandPolicyActions(wide(roles)))).toBe(100 * KMS_ACTIONS.length);
    expect(100 * KMS_ACTIONS.length).toBeLessThanOrEqual(MAX_COMPARED_GRANTS);
    expect(policiesEquivalent(wide(roles), wide([...roles].reverse()))).toBe(true);
  });

  it('sees a different Version as a change (policy variables)', () => {
    expect(policiesEquivalent(GENERATED, { ...GENERATED, Version: '2008-10-17' })).toBe(false);
  });
});

describe('normalizeKeyPolicy', () => {
  it('is idempotent and keeps the meaning readable', () => {
    const normal = normalizeKeyPolicy(GENERATED);
    expect(normalizeKeyPolicy(normal)).toEqual(normal);
    expect(normal.Statement.every((statement) => statement.Sid === undefined)).toBe(true);
    const mfa = normal.Statement.find((statement) => statement.Effect === 'Deny');
    expect(mfa).toEqual({
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
  });

  it('keeps NotPrincipal lists whole', () => {
    const document = policy({
      Effect: 'Deny',
      NotPrincipal: { AWS: [USER, `arn:aws:iam::${ACCOUNT}:root`] },
      Action: 'kms:*',
      Resource: '*',
    });
    expect(normalizeKeyPolicy(document).Statement).toEqual([
      {
        Effect: 'Deny',
        NotPrincipal: { AWS: [USER, `arn:aws:iam::${ACCOUNT}:root`] },
        Action: 'kms:*',
        Resource: '*',
      },
    ]);
  });
});

describe('findOrphanedPrincipals', () => {
  it('lists principals AWS rewrote to unique ids, with the statements naming them', () => {
    const live = policy(
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Sid: 'Users',
        Effect: 'Allow',
        Principal: { AWS: [USER, 'AROAEXAMPLEROLEID12345', 'AIDAEXAMPLEUSERID12345'] },
        Action: 'kms:Decrypt',
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Principal: { AWS: 'AROAEXAMPLEROLEID12345' },
        Action: 'kms:DescribeKey',
        Resource: '*',
      },
    );
    expect(findOrphanedPrincipals(live)).toEqual([
      { principal: 'AIDAEXAMPLEUSERID12345', type: 'user', statements: ['Users'] },
      { principal: 'AROAEXAMPLEROLEID12345', type: 'role', statements: ['Users', '#2'] },
    ]);
  });

  it('finds none in a generated policy', () => {
    expect(findOrphanedPrincipals(GENERATED)).toEqual([]);
  });
});
