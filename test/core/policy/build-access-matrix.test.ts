import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesiredKey } from '../../../core/manifest/desired-state.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import {
  ACCESS_MATRIX_ACTIONS,
  buildAccessMatrix,
  type AccessEntry,
} from '../../../core/policy/build-access-matrix.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';

const example = readFileSync(new URL('../../../examples/kms.yaml', import.meta.url), 'utf8');
const manifest = readManifest('examples/kms.yaml', example, {
  repository: 'acme/kms',
  manifestPath: 'examples/kms.yaml',
});
if (!manifest.ok) throw new Error(JSON.stringify(manifest.problems));

function exampleKey(name: string): DesiredKey & { policy: { document: KeyPolicyDocument } } {
  const key = manifest.ok
    ? manifest.desired.keys.find((candidate) => candidate.name === name)
    : undefined;
  if (key?.policy === undefined) throw new Error(`no key ${name} with a policy`);
  return key as DesiredKey & { policy: { document: KeyPolicyDocument } };
}

function cell(entries: readonly AccessEntry[], principal: string, action: string): AccessEntry {
  const found = entries.find((entry) => entry.principal === principal && entry.action === action);
  if (found === undefined) throw new Error(`no cell ${principal} ${action}`);
  return found;
}

const ROOT = 'arn:aws:iam::111122223333:root';
const ADMIN = 'arn:aws:iam::111122223333:role/kms-admin';
const S3_APP = 'arn:aws:iam::111122223333:role/app-s3';
const PARTNER = 'arn:aws:iam::222222222222:role/AppRole';

describe('buildAccessMatrix: prod-s3 of examples/kms.yaml', () => {
  const key = exampleKey('prod-s3');
  const entries = buildAccessMatrix(key.policy.document, { account: key.account });

  it('has a row per named principal, the account root and anyone, over the matrix actions', () => {
    expect([...new Set(entries.map((entry) => entry.principal))]).toEqual([
      ROOT,
      S3_APP,
      ADMIN,
      PARTNER,
      '*',
    ]);
    expect(entries).toHaveLength(5 * ACCESS_MATRIX_ACTIONS.length);
  });

  it.each([
    // The verdicts the issue asks for.
    ['the key user cannot ScheduleKeyDeletion', S3_APP, 'kms:ScheduleKeyDeletion', 'no', []],
    ['the admin cannot Decrypt', ADMIN, 'kms:Decrypt', 'no', []],
    ['ScheduleKeyDeletion needs MFA', ADMIN, 'kms:ScheduleKeyDeletion', 'conditional', ['mfa']],
    ['DisableKey needs MFA', ADMIN, 'kms:DisableKey', 'conditional', ['mfa']],
    [
      'the root backstop needs MFA to delete too',
      ROOT,
      'kms:ScheduleKeyDeletion',
      'conditional',
      ['mfa'],
    ],
    [
      'the user decrypts only via S3 with the context',
      S3_APP,
      'kms:Decrypt',
      'conditional',
      ['encryption_context', 'via_service'],
    ],
    [
      'the user re-encrypts under the same rules',
      S3_APP,
      'kms:ReEncryptTo',
      'conditional',
      ['encryption_context', 'via_service'],
    ],
    [
      'the user creates grants only for AWS resources via S3',
      S3_APP,
      'kms:CreateGrant',
      'conditional',
      ['via_service', 'grant_for_aws_resource'],
    ],
    ['the user cannot change the policy', S3_APP, 'kms:PutKeyPolicy', 'no', []],
    [
      // IAM User Guide, "Cross-account policy evaluation logic": its own account's IAM too.
      'the cross-account role can Decrypt with the context and an IAM policy of its account',
      PARTNER,
      'kms:Decrypt',
      'conditional',
      ['encryption_context', 'iam_policy_in_account'],
    ],
    ['the cross-account role cannot Encrypt', PARTNER, 'kms:Encrypt', 'no', []],
    ['the cross-account role cannot create grants', PARTNER, 'kms:CreateGrant', 'no', []],
    ['the admin can change the policy', ADMIN, 'kms:PutKeyPolicy', 'yes', []],
    ['the account root keeps full access', ROOT, 'kms:Decrypt', 'yes', []],
  ] as const)('%s', (_name, principal, action, allowed, requires) => {
    const entry = cell(entries, principal, action);
    expect({ allowed: entry.allowed, requires: entry.requires }).toEqual({ allowed, requires });
  });

  it('"anyone" can do nothing, and nothing is delegated to it', () => {
    const anyone = entries.filter((entry) => entry.principal === '*');
    expect(anyone.map((entry) => [entry.allowed, entry.delegated_to_iam])).toEqual(
      ACCESS_MATRIX_ACTIONS.map(() => ['no', false]),
    );
  });

  it('marks what the account can still grant through IAM policies', () => {
    expect(cell(entries, S3_APP, 'kms:ScheduleKeyDeletion').delegated_to_iam).toBe(true);
    expect(cell(entries, ADMIN, 'kms:Decrypt').delegated_to_iam).toBe(true);
    // The partner's account is not named as an account: nothing is delegated there.
    expect(cell(entries, PARTNER, 'kms:Encrypt').delegated_to_iam).toBe(false);
  });
});

describe('buildAccessMatrix: the other keys of the example', () => {
  it('prod-rds: the database role works only through RDS, without a context', () => {
    const key = exampleKey('prod-rds');
    const entries = buildAccessMatrix(key.policy.document, { account: key.account });
    const role = 'arn:aws:iam::111122223333:role/orders-db';
    expect(cell(entries, role, 'kms:GenerateDataKey')).toMatchObject({
      allowed: 'conditional',
      requires: ['via_service'],
    });
  });

  it('prod-payments: the payments role works directly, with the domain context', () => {
    const key = exampleKey('prod-payments');
    const entries = buildAccessMatrix(key.policy.document, { account: key.account });
    const role = 'arn:aws:iam::111122223333:role/payments-app';
    expect(cell(entries, role, 'kms:Encrypt')).toMatchObject({
      allowed: 'conditional',
      requires: ['encryption_context'],
    });
    expect(cell(entries, role, 'kms:CreateGrant')).toMatchObject({
      allowed: 'conditional',
      requires: ['grant_for_aws_resource'],
    });
  });

  it('staging-s3: rows for the staging account root, not production', () => {
    const key = exampleKey('staging-s3');
    const entries = buildAccessMatrix(key.policy.document, { account: key.account });
    expect(entries[0]?.principal).toBe('arn:aws:iam::444455556666:root');
    expect(entries.some((entry) => entry.principal === ROOT)).toBe(false);
  });
});

describe('buildAccessMatrix: raw policies', () => {
  const statement = (fields: Partial<PolicyStatement>): PolicyStatement => ({
    Effect: 'Allow',
    Principal: { AWS: S3_APP },
    Action: 'kms:Decrypt',
    Resource: '*',
    ...fields,
  });
  const matrix = (...statements: PolicyStatement[]) =>
    buildAccessMatrix(
      { Version: '2012-10-17', Statement: statements },
      { account: '111122223333', actions: ['kms:Decrypt', 'kms:Encrypt'] },
    );

  // Anyone includes principals of every other account, which need an IAM policy of their own
  // account too (IAM User Guide, "Cross-account policy evaluation logic").
  it('reports a public policy as "anyone: allowed, with an IAM policy in another account"', () => {
    const entries = matrix(statement({ Principal: '*' }));
    expect(cell(entries, '*', 'kms:Decrypt')).toMatchObject({
      allowed: 'conditional',
      requires: ['iam_policy_in_account'],
    });
  });

  it('reads the required context and service from the policy when no option gives them', () => {
    const entries = matrix(
      statement({
        Condition: {
          StringLike: { 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::bucket/*' },
          StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' },
        },
      }),
    );
    expect(cell(entries, S3_APP, 'kms:Decrypt')).toMatchObject({
      allowed: 'conditional',
      requires: ['encryption_context', 'via_service'],
    });
  });

  it('finds one way in when two statements allow alternatives', () => {
    const entries = matrix(
      statement({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
      statement({
        Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
      }),
    );
    const entry = cell(entries, S3_APP, 'kms:Decrypt');
    expect(entry.allowed).toBe('conditional');
    expect(entry.requires).toHaveLength(1);
  });

  it('writes a bare account id as its root ARN and lists it once', () => {
    const entries = matrix(statement({ Principal: { AWS: ['111122223333', '444455556666'] } }));
    expect([...new Set(entries.map((entry) => entry.principal))]).toEqual([
      ROOT,
      'arn:aws:iam::444455556666:root',
      '*',
    ]);
  });

  it('shows a Deny that blocks everything as "no", not delegated', () => {
    const entries = matrix(
      statement({ Principal: { AWS: ROOT }, Action: 'kms:*' }),
      statement({ Effect: 'Deny', Principal: { AWS: S3_APP }, Action: 'kms:Decrypt' }),
    );
    expect(cell(entries, S3_APP, 'kms:Decrypt')).toMatchObject({
      allowed: 'no',
      delegated_to_iam: false,
    });
    expect(cell(entries, S3_APP, 'kms:Encrypt')).toMatchObject({
      allowed: 'no',
      delegated_to_iam: true,
    });
  });

  it('includes service principals and extra principals as rows', () => {
    const entries = buildAccessMatrix(
      {
        Version: '2012-10-17',
        Statement: [statement({ Principal: { Service: 'logs.us-east-1.amazonaws.com' } })],
      },
      { account: '111122223333', actions: ['kms:Decrypt'], principals: [ADMIN] },
    );
    expect(entries.map((entry) => [entry.principal, entry.allowed])).toEqual([
      [ROOT, 'no'],
      [ADMIN, 'no'],
      ['logs.us-east-1.amazonaws.com', 'yes'],
      ['*', 'no'],
    ]);
  });
});

describe('buildAccessMatrix: Resource and other accounts, as AWS evaluates them', () => {
  const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const modes = [
    ['the key ARN known', { arn: KEY_ARN }],
    ['the key location only', { partition: 'aws', account: '111122223333', region: 'us-east-1' }],
  ] as const;
  const backstop: PolicyStatement = {
    Effect: 'Allow',
    Principal: { AWS: ROOT },
    Action: 'kms:*',
    Resource: '*',
  };
  const of = (key: (typeof modes)[number][1], ...statements: PolicyStatement[]) =>
    buildAccessMatrix(
      { Version: '2012-10-17', Statement: statements },
      { account: '111122223333', key },
    );

  // KMS Developer Guide, "Key policies in AWS KMS": Resource "*" is this key; an S3 ARN is not.
  it.each(modes)('an Allow scoped to an S3 bucket grants no Decrypt (%s)', (_mode, key) => {
    const entries = of(key, backstop, {
      Effect: 'Allow',
      Principal: { AWS: S3_APP },
      Action: 'kms:Decrypt',
      Resource: 'arn:aws:s3:::my-bucket',
    });
    expect(cell(entries, S3_APP, 'kms:Decrypt').allowed).toBe('no');
  });

  it.each(modes)(
    "a Deny scoped to another key's ARN leaves the root ScheduleKeyDeletion (%s)",
    (_mode, key) => {
      const entries = of(key, backstop, {
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: 'arn:aws:kms:us-east-1:111122223333:key/9999abcd-12ab-34cd-56ef-1234567890ab',
      });
      expect(cell(entries, ROOT, 'kms:ScheduleKeyDeletion').allowed).toBe('yes');
    },
  );

  // IAM User Guide, "Cross-account policy evaluation logic"; KMS Developer Guide, "Allowing
  // users in other accounts to use a KMS key": the key policy and the IAM policies of the
  // caller's own account must both allow it.
  it.each([
    ['a role', PARTNER],
    ['a user', 'arn:aws:iam::222222222222:user/alice'],
    ['a role session', 'arn:aws:sts::222222222222:assumed-role/AppRole/build'],
  ])(
    'allows %s of another account only with an IAM policy of its own account',
    (_name, principal) => {
      const entries = of(modes[1][1], backstop, {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'kms:Decrypt',
        Resource: '*',
      });
      expect(cell(entries, principal, 'kms:Decrypt')).toMatchObject({
        allowed: 'conditional',
        requires: ['iam_policy_in_account'],
      });
    },
  );

  it('keeps a principal of the key account allowed by the key policy alone', () => {
    const entries = of(modes[1][1], backstop, {
      Effect: 'Allow',
      Principal: { AWS: S3_APP },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    expect(cell(entries, S3_APP, 'kms:Decrypt')).toMatchObject({ allowed: 'yes', requires: [] });
  });
});
