import type { KeyPolicyDocument, PolicyStatement } from '../core/policy/types.ts';

/** KMS's key policy size limit; every policy here stays under it (compact JSON). */
const LIMIT = 32_768;

/** Adds statements from `make` while the policy stays under 32 KB. */
export function fill(
  make: (index: number) => PolicyStatement,
  base: PolicyStatement[] = [],
): KeyPolicyDocument {
  const policy: KeyPolicyDocument = { Version: '2012-10-17', Statement: [...base] };
  for (let index = 0; ; index += 1) {
    policy.Statement.push(make(index));
    if (JSON.stringify(policy).length > LIMIT) {
      policy.Statement.pop();
      return policy;
    }
  }
}

/** Grows a list from `make` while `build(list)` stays under 32 KB. */
export function grow<T>(
  make: (index: number) => T,
  build: (list: T[]) => KeyPolicyDocument,
): KeyPolicyDocument {
  const list: T[] = [];
  let last = build(list);
  for (let index = 0; ; index += 1) {
    list.push(make(index));
    const next = build([...list]);
    if (JSON.stringify(next).length > LIMIT) return last;
    last = next;
  }
}

/**
 * The worst key policies under 32 KB for the evaluator-driven paths, by shape. Each names
 * `account`'s root so the policy is otherwise sane.
 */
export function generateHostilePolicies(account: string): Record<string, KeyPolicyDocument> {
  const root: PolicyStatement = {
    Sid: 'Root',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: 'kms:*',
    Resource: '*',
  };
  const role = (index: number): string => `arn:aws:iam::${account}:role/r${index}`;
  return {
    // 200 roles x 1,500 resources x kms:* (the case that ran policy comparison out of memory).
    'roles-x-resources': {
      Version: '2012-10-17',
      Statement: [
        root,
        {
          Effect: 'Allow',
          Principal: { AWS: Array.from({ length: 200 }, (_, index) => role(index)) },
          Action: 'kms:*',
          Resource: Array.from({ length: 1500 }, (_, index) => `k${index}`).concat('*'),
        },
      ],
    },
    // As many account principals as fit, one statement: every one a row of the matrix.
    'many-accounts': grow(
      (index) => String(100000000000 + index),
      (accounts) => ({
        Version: '2012-10-17',
        Statement: [
          root,
          { Effect: 'Allow', Principal: { AWS: accounts }, Action: 'kms:*', Resource: '*' },
        ],
      }),
    ),
    // One statement per role, each reading every request dimension the matrix varies.
    'statements-x-conditions': fill(
      (index) => ({
        Effect: 'Allow',
        Principal: { AWS: role(index) },
        Action: 'kms:*',
        Resource: '*',
        Condition: {
          Bool: { 'aws:MultiFactorAuthPresent': 'true', 'kms:GrantIsForAWSResource': 'true' },
          StringEquals: { 'kms:EncryptionContext:a': 'b', 'kms:ViaService': 's3.x.amazonaws.com' },
        },
      }),
      [root],
    ),
    // One statement per role, no conditions: rows x statements.
    'statements-x-roles': fill(
      (index) => ({
        Effect: 'Allow',
        Principal: { AWS: role(index) },
        Action: 'kms:*',
        Resource: '*',
      }),
      [root],
    ),
    // Deny with NotPrincipal / NotAction / NotResource lists.
    'not-lists': grow(
      (index) => index,
      (indexes) => ({
        Version: '2012-10-17',
        Statement: [
          root,
          {
            Effect: 'Deny',
            NotPrincipal: { AWS: indexes.map((index) => role(index)) },
            NotAction: ['kms:Describe*', 'kms:List*', 'kms:Get*'],
            NotResource: indexes.map((index) => `k${index}`),
          },
          {
            Effect: 'Allow',
            Principal: { AWS: indexes.slice(0, 50).map((index) => role(index)) },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      }),
    ),
    // A long StringLike value list of wildcards, on every statement that could apply.
    'condition-values': grow(
      (index) => `*a*b*c*${index}*`,
      (values) => ({
        Version: '2012-10-17',
        Statement: [
          root,
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'kms:*',
            Resource: '*',
            Condition: {
              StringLike: { 'kms:EncryptionContext:x': values, 'aws:PrincipalArn': values },
            },
          },
        ],
      }),
    ),
    // As many service principals as fit, each a matrix row whose source request is looked up.
    'many-services': grow(
      (index) => `s${index}.amazonaws.com`,
      (services) => ({
        Version: '2012-10-17',
        Statement: [
          root,
          {
            Effect: 'Allow',
            Principal: { Service: services },
            Action: 'kms:*',
            Resource: '*',
            Condition: { StringEquals: { 'aws:SourceAccount': account } },
          },
        ],
      }),
    ),
    // Wildcard role patterns in a long principal list (`*` only in full, but many roles).
    'wildcard-principals': grow(
      (index) => role(index),
      (roles) => ({
        Version: '2012-10-17',
        Statement: [
          root,
          {
            Effect: 'Allow',
            Principal: { AWS: [...roles, '*'] },
            Action: ['kms:*', 'kms:*?*?*?*?*'],
            Resource: '*',
          },
        ],
      }),
    ),
  };
}
