/**
 * Key policies whose conditions cost far more than their count of keys and values (issue 14):
 * a long value, policy variables substituted on every evaluation, and a set operator comparing
 * every request value with every policy value. Shared by bench/measure-plan-work.ts and the
 * tests of the condition work charge.
 */
import type { KeyPolicyDocument, PolicyStatement } from '../core/policy/types.ts';

const rootOf = (account: string): PolicyStatement => ({
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${account}:root` },
  Action: 'kms:*',
  Resource: '*',
});

/**
 * A Deny of anyone whose one StringLike value is `${aws:PrincipalArn}` written `repeats`
 * times: every evaluation substitutes the caller's ARN that often and matches the result.
 */
export function longVariableDeny(
  account: string,
  admin: string,
  repeats: number,
): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      rootOf(account),
      { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: admin }, Action: 'kms:*', Resource: '*' },
      {
        Sid: 'Long',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: { StringLike: { 'aws:PrincipalArn': '${aws:PrincipalArn}'.repeat(repeats) } },
      },
    ],
  };
}

/** `roles` roles, each a row of the access matrix, and a Deny of `variables` policy variables. */
export function variableMatrix(
  account: string,
  roles: number,
  variables: number,
): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      rootOf(account),
      {
        Sid: 'Roles',
        Effect: 'Allow',
        Principal: {
          AWS: Array.from(
            { length: roles },
            (_, index) => `arn:aws:iam::${account}:role/r${String(index)}`,
          ),
        },
        Action: 'kms:Decrypt',
        Resource: '*',
      },
      {
        Sid: 'Variables',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: {
          StringLike: { 'aws:PrincipalArn': '${aws:PrincipalArn}'.repeat(variables) },
        },
      },
    ],
  };
}

/**
 * `keys` encryption context keys the matrix puts in its requests (an Allow requires each),
 * and a Deny comparing every one of them with `patterns` StringLike patterns
 * (ForAnyValue:StringLike kms:EncryptionContextKeys) that match none.
 */
export function contextKeysBySetPatterns(
  account: string,
  keys: number,
  patterns: number,
): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      rootOf(account),
      {
        Sid: 'Context',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:role/app` },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: {
          StringEquals: Object.fromEntries(
            Array.from({ length: keys }, (_, index) => [
              `kms:EncryptionContext:k${String(index)}`,
              'v',
            ]),
          ),
        },
      },
      {
        Sid: 'Patterns',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: {
          'ForAnyValue:StringLike': {
            'kms:EncryptionContextKeys': Array.from(
              { length: patterns },
              (_, index) => `*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?Z${String(index)}`,
            ),
          },
        },
      },
    ],
  };
}

/**
 * `roles` roles of 300-character names, each a row, and a Deny of anyone whose one pattern
 * (`like`: `*a...ab`, 100 `a`s) makes the wildcard matcher retry at every character of a
 * name; `equal`: a plain value of the same length, for comparison.
 */
export function backtrackingPatternMatrix(
  account: string,
  roles: number,
  shape: 'like' | 'equal',
): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      rootOf(account),
      {
        Sid: 'Roles',
        Effect: 'Allow',
        Principal: {
          AWS: Array.from(
            { length: roles },
            (_, index) => `arn:aws:iam::${account}:role/${String(index)}${'a'.repeat(300)}`,
          ),
        },
        Action: 'kms:Decrypt',
        Resource: '*',
      },
      {
        Sid: 'Pattern',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: {
          StringLike: {
            'aws:PrincipalArn': shape === 'like' ? `*${'a'.repeat(100)}b` : 'x'.repeat(102),
          },
        },
      },
    ],
  };
}

/**
 * 27 KB of the shape the red team used: 90 statements letting anyone in under conditions on
 * every dimension the access matrix varies, and 30 roles, each a row: about 450,000 steps, just
 * under the cap of one matrix. `leading` statements (the root's, an administrator's) come first.
 */
export function conditionedWildcards(
  account: string,
  leading: readonly PolicyStatement[] = [rootOf(account)],
): KeyPolicyDocument {
  const conditioned = Array.from({ length: 90 }, (_, index): PolicyStatement => ({
    Effect: 'Allow',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: {
      Bool: { 'aws:MultiFactorAuthPresent': 'true', 'kms:GrantIsForAWSResource': 'true' },
      StringEquals: {
        'kms:EncryptionContext:a': String(index),
        'kms:ViaService': 's3.us-east-1.amazonaws.com',
        'aws:PrincipalAccount': account,
      },
    },
  }));
  const roles = Array.from(
    { length: 30 },
    (_, index) => `arn:aws:iam::${account}:role/r${String(index)}`,
  );
  return {
    Version: '2012-10-17',
    Statement: [
      ...leading,
      ...conditioned,
      { Effect: 'Allow', Principal: { AWS: roles }, Action: 'kms:Decrypt', Resource: '*' },
    ],
  };
}
