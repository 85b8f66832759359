import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import {
  evaluateKeyPolicy,
  type RequestContext,
} from '../../../core/policy/evaluate-key-policy.ts';
import {
  IMPORTED_MATERIAL_ADMIN_ACTIONS,
  KEY_ADMIN_ACTIONS,
  MULTI_REGION_ADMIN_ACTIONS,
  keyAdminActions,
} from '../../../core/policy/key-admin-actions.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import type { KeyPlacement } from '../../../core/policy/key-placement.ts';
import { canonicalKmsAction } from '../../../core/policy/kms-actions.ts';
import { parseKeyPolicy } from '../../../core/policy/parse-key-policy.ts';
import type {
  KeyPolicyDocument,
  PolicyStatement,
  ResolvedPolicyIntent,
} from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const PLACEMENT: KeyPlacement = { account: ACCOUNT, region: 'us-east-1' };
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const USER = `arn:aws:iam::${ACCOUNT}:role/app-s3`;
const PARTNER = 'arn:aws:iam::222222222222:role/AppRole';

const EMPTY: ResolvedPolicyIntent = {
  admins: [],
  users: [],
  viaService: [],
  encryptionContext: {},
  crossAccount: [],
  requireMfaFor: [],
};

function generate(intent: Partial<ResolvedPolicyIntent>, placement = PLACEMENT): KeyPolicyDocument {
  return generateKeyPolicy({ ...EMPTY, ...intent }, placement);
}

function statement(document: KeyPolicyDocument, sid: string): PolicyStatement {
  const found = document.Statement.find((candidate) => candidate.Sid === sid);
  if (found === undefined) throw new Error(`no statement ${sid} in ${JSON.stringify(document)}`);
  return found;
}

const sids = (document: KeyPolicyDocument): (string | undefined)[] =>
  document.Statement.map((candidate) => candidate.Sid);

describe('generateKeyPolicy: each intent field on its own', () => {
  it('always starts with the account root backstop, exactly as AWS documents it', () => {
    const document = generate({});
    expect(document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EnableRootAccountBackstop',
          Effect: 'Allow',
          Principal: { AWS: ROOT },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
  });

  it('uses the partition of the key for the root ARN', () => {
    const document = generate({}, { account: ACCOUNT, region: 'cn-north-1', partition: 'aws-cn' });
    expect(statement(document, 'EnableRootAccountBackstop').Principal).toEqual({
      AWS: `arn:aws-cn:iam::${ACCOUNT}:root`,
    });
  });

  it('admins: management actions only, principals sorted and de-duplicated', () => {
    const second = `arn:aws:iam::${ACCOUNT}:role/a-admin`;
    const document = generate({ admins: [ADMIN, second, ADMIN] });
    expect(sids(document)).toEqual(['EnableRootAccountBackstop', 'KeyAdministrators']);
    expect(statement(document, 'KeyAdministrators')).toEqual({
      Sid: 'KeyAdministrators',
      Effect: 'Allow',
      Principal: { AWS: [second, ADMIN] },
      Action: KEY_ADMIN_ACTIONS,
      Resource: '*',
    });
  });

  // AWS KMS Developer Guide, "Default key policy" > "Allows key administrators to administer the
  // KMS key": what each action of the console's key administrators statement allows. The
  // generated list is that, wildcards expanded, without kms:CreateGrant (issue 12.6, SPEC
  // section 8: administrators manage, they do not delegate use).
  const DOCUMENTED_ADMIN_EXPANSION: Record<string, string[]> = {
    'kms:Create*': ['kms:CreateAlias', 'kms:CreateGrant'],
    'kms:Describe*': ['kms:DescribeKey'],
    'kms:Enable*': ['kms:EnableKey', 'kms:EnableKeyRotation'],
    'kms:List*': ['kms:ListGrants', 'kms:ListKeyPolicies', 'kms:ListResourceTags'],
    'kms:Put*': ['kms:PutKeyPolicy'],
    'kms:Update*': ['kms:UpdateAlias', 'kms:UpdateKeyDescription'],
    'kms:Revoke*': ['kms:RevokeGrant'],
    'kms:Disable*': ['kms:DisableKey', 'kms:DisableKeyRotation'],
    'kms:Get*': ['kms:GetKeyPolicy', 'kms:GetKeyRotationStatus'],
    'kms:Delete*': ['kms:DeleteAlias'],
    'kms:TagResource': ['kms:TagResource'],
    'kms:UntagResource': ['kms:UntagResource'],
    'kms:ScheduleKeyDeletion': ['kms:ScheduleKeyDeletion'],
    'kms:CancelKeyDeletion': ['kms:CancelKeyDeletion'],
  };

  it('admins: the AWS default administrators statement listed explicitly, without kms:CreateGrant (issue 12.6)', () => {
    const documented = Object.values(DOCUMENTED_ADMIN_EXPANSION)
      .flat()
      .filter((action) => action !== 'kms:CreateGrant');
    // Newer management actions of a symmetric key the console's wildcards also cover.
    const additions = ['kms:ListKeyRotations', 'kms:RotateKeyOnDemand'];
    expect([...KEY_ADMIN_ACTIONS].sort()).toEqual([...documented, ...additions].sort());
    expect(KEY_ADMIN_ACTIONS).not.toContain('kms:CreateGrant');
    expect(KEY_ADMIN_ACTIONS.filter((action) => action.includes('*'))).toEqual([]);
    // Administrators keep the grant actions that do not create use.
    expect(KEY_ADMIN_ACTIONS).toEqual(
      expect.arrayContaining(['kms:ListGrants', 'kms:RevokeGrant', 'kms:CreateAlias']),
    );
    for (const action of [
      ...KEY_ADMIN_ACTIONS,
      ...MULTI_REGION_ADMIN_ACTIONS,
      ...IMPORTED_MATERIAL_ADMIN_ACTIONS,
    ]) {
      expect(canonicalKmsAction(action), `${action} is in the IAM data`).toBe(action);
    }
  });

  it('admins cannot create a grant, so they cannot grant themselves Decrypt', () => {
    const document = generate({ admins: [ADMIN] });
    for (const grantIsForAwsResource of [true, false]) {
      expect(
        evaluateKeyPolicy(document, {
          principal: ADMIN,
          action: 'kms:CreateGrant',
          grantIsForAwsResource,
        }).verdict,
      ).toBe('implicit_deny');
    }
    expect(
      evaluateKeyPolicy(document, { principal: ADMIN, action: 'kms:RevokeGrant' }).verdict,
    ).toBe('allowed');
  });

  it('admins of a key with imported key material (origin EXTERNAL) may import and delete it', () => {
    // "Default key policy": kms:ImportKeyMaterial "is included in the key policy only when you
    // create a KMS key with no key material"; kms:Delete* and kms:Get* cover the other two.
    const external = statement(
      generate({ admins: [ADMIN] }, { ...PLACEMENT, origin: 'EXTERNAL' }),
      'KeyAdministrators',
    ).Action;
    expect(external).toEqual(expect.arrayContaining(IMPORTED_MATERIAL_ADMIN_ACTIONS));
    expect(statement(generate({ admins: [ADMIN] }), 'KeyAdministrators').Action).not.toContain(
      'kms:ImportKeyMaterial',
    );
  });

  it('admins of a multi-Region key may also replicate it and make it primary', () => {
    // "Default key policy": kms:ReplicateKey and kms:UpdatePrimaryRegion are added for
    // multi-Region keys.
    const document = generate({ admins: [ADMIN] }, { ...PLACEMENT, multiRegion: true });
    expect(statement(document, 'KeyAdministrators').Action).toEqual(
      expect.arrayContaining(MULTI_REGION_ADMIN_ACTIONS),
    );
    expect(statement(generate({ admins: [ADMIN] }), 'KeyAdministrators').Action).not.toContain(
      'kms:ReplicateKey',
    );
  });

  it('users: cryptography, DescribeKey, and grants for AWS resources only', () => {
    const document = generate({ users: [USER] });
    expect(sids(document)).toEqual([
      'EnableRootAccountBackstop',
      'KeyUsersCryptography',
      'KeyUsersDescribeKey',
      'KeyUsersGrantsForAwsResources',
    ]);
    expect(statement(document, 'KeyUsersCryptography')).toEqual({
      Sid: 'KeyUsersCryptography',
      Effect: 'Allow',
      Principal: { AWS: [USER] },
      Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
      Resource: '*',
    });
    expect(statement(document, 'KeyUsersGrantsForAwsResources')).toEqual({
      Sid: 'KeyUsersGrantsForAwsResources',
      Effect: 'Allow',
      Principal: { AWS: [USER] },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    });
  });

  it('via_service without users changes nothing (it scopes users)', () => {
    expect(generate({ viaService: ['s3'] })).toEqual(generate({}));
  });

  it('encryption_context without users or partners changes nothing', () => {
    expect(generate({ encryptionContext: { project: 'portfolio' } })).toEqual(generate({}));
  });

  it('via_service: every user statement carries the regional endpoints, sorted', () => {
    const document = generate({ users: [USER], viaService: ['s3', 'ec2'] });
    const endpoints = ['ec2.us-east-1.amazonaws.com', 's3.us-east-1.amazonaws.com'];
    for (const sid of ['KeyUsersCryptography', 'KeyUsersDescribeKey']) {
      expect(statement(document, sid).Condition).toEqual({
        StringEquals: { 'kms:ViaService': endpoints },
      });
    }
    expect(statement(document, 'KeyUsersGrantsForAwsResources').Condition).toEqual({
      Bool: { 'kms:GrantIsForAWSResource': 'true' },
      StringEquals: { 'kms:ViaService': endpoints },
    });
  });

  it.each([
    [
      { account: ACCOUNT, region: 'cn-north-1', partition: 'aws-cn' },
      's3',
      's3.cn-north-1.amazonaws.com.cn',
    ],
    [
      { account: ACCOUNT, region: 'us-gov-west-1', partition: 'aws-us-gov' },
      's3',
      's3.us-gov-west-1.amazonaws.com',
    ],
    [PLACEMENT, 'rds', 'rds.us-east-1.amazonaws.com'],
    [PLACEMENT, 'dynamodb.eu-west-1.amazonaws.com', 'dynamodb.eu-west-1.amazonaws.com'],
  ] as const)('via_service endpoint in %j for %s is %s', (placement, service, endpoint) => {
    const document = generate({ users: [USER], viaService: [service] }, placement);
    expect(statement(document, 'KeyUsersDescribeKey').Condition).toEqual({
      StringEquals: { 'kms:ViaService': endpoint },
    });
  });

  it('encryption_context: only on the statements whose actions carry a context', () => {
    const document = generate({
      users: [USER],
      encryptionContext: { project: 'portfolio', team: 'a' },
    });
    expect(statement(document, 'KeyUsersCryptography').Condition).toEqual({
      StringEquals: {
        'kms:EncryptionContext:project': 'portfolio',
        'kms:EncryptionContext:team': 'a',
      },
    });
    expect(statement(document, 'KeyUsersDescribeKey').Condition).toBeUndefined();
  });

  it('cross_account: exact principals and actions, context-bound actions apart', () => {
    const document = generate({
      crossAccount: [{ principal: PARTNER, actions: ['kms:DescribeKey', 'kms:Decrypt'] }],
    });
    expect(document.Statement.slice(1)).toEqual([
      {
        Sid: 'CrossAccount222222222222RoleAppRoleCryptography',
        Effect: 'Allow',
        Principal: { AWS: PARTNER },
        Action: ['kms:Decrypt'],
        Resource: '*',
      },
      {
        Sid: 'CrossAccount222222222222RoleAppRole',
        Effect: 'Allow',
        Principal: { AWS: PARTNER },
        Action: ['kms:DescribeKey'],
        Resource: '*',
      },
    ]);
  });

  it('cross_account entries for one principal merge; colliding statement ids stay unique', () => {
    const dashed = 'arn:aws:iam::222222222222:role/app-role';
    const camel = 'arn:aws:iam::222222222222:role/appRole';
    const document = generate({
      crossAccount: [
        { principal: dashed, actions: ['kms:DescribeKey'] },
        { principal: camel, actions: ['kms:DescribeKey'] },
        { principal: dashed, actions: ['kms:GetPublicKey'] },
      ],
    });
    expect(sids(document)).toEqual([
      'EnableRootAccountBackstop',
      'CrossAccount222222222222RoleAppRole',
      'CrossAccount222222222222RoleAppRole2',
    ]);
    expect(statement(document, 'CrossAccount222222222222RoleAppRole')).toMatchObject({
      Principal: { AWS: dashed },
      Action: ['kms:DescribeKey', 'kms:GetPublicKey'],
    });
  });

  it('require_mfa_for: one Deny for everyone without MFA, long-term credentials included', () => {
    const document = generate({ requireMfaFor: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'] });
    expect(statement(document, 'DenyWithoutMfa')).toEqual({
      Sid: 'DenyWithoutMfa',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
  });

  it('require_mfa_for empty: no Deny statement', () => {
    expect(sids(generate({ admins: [ADMIN] }))).not.toContain('DenyWithoutMfa');
  });
});

const COMBINED: ResolvedPolicyIntent = {
  admins: [ADMIN],
  users: [USER],
  viaService: ['s3'],
  encryptionContext: { project: 'portfolio' },
  crossAccount: [
    { principal: PARTNER, actions: ['kms:Decrypt', 'kms:DescribeKey', 'kms:CreateGrant'] },
  ],
  requireMfaFor: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
};

describe('generateKeyPolicy: all intent fields together', () => {
  const document = generateKeyPolicy(COMBINED, PLACEMENT);

  it('keeps a stable statement order', () => {
    expect(sids(document)).toEqual([
      'EnableRootAccountBackstop',
      'KeyAdministrators',
      'KeyUsersCryptography',
      'KeyUsersDescribeKey',
      'KeyUsersGrantsForAwsResources',
      'CrossAccount222222222222RoleAppRoleCryptography',
      'CrossAccount222222222222RoleAppRole',
      'DenyWithoutMfa',
    ]);
  });

  it('is independent of the order of the intent lists', () => {
    const reordered = generateKeyPolicy(
      {
        ...COMBINED,
        crossAccount: [
          { principal: PARTNER, actions: ['kms:CreateGrant', 'kms:DescribeKey', 'kms:Decrypt'] },
        ],
        requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
      },
      PLACEMENT,
    );
    expect(reordered).toEqual(document);
  });

  it('binds a cross-account CreateGrant to the encryption context, so a grant cannot drop it', () => {
    expect(statement(document, 'CrossAccount222222222222RoleAppRoleCryptography')).toEqual({
      Sid: 'CrossAccount222222222222RoleAppRoleCryptography',
      Effect: 'Allow',
      Principal: { AWS: PARTNER },
      Action: ['kms:CreateGrant', 'kms:Decrypt'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:project': 'portfolio' } },
    });
  });

  it('is a valid key policy without warnings', () => {
    expect(parseKeyPolicy(document)).toEqual({ ok: true, policy: document, problems: [] });
  });

  it.each([
    // [who, request, verdict]
    [
      'user via S3 with the context',
      {
        principal: USER,
        action: 'kms:Decrypt',
        viaService: 's3.us-east-1.amazonaws.com',
        encryptionContext: { project: 'portfolio' },
      },
      'allowed',
    ],
    [
      'user directly',
      { principal: USER, action: 'kms:Decrypt', encryptionContext: { project: 'portfolio' } },
      'implicit_deny',
    ],
    [
      'user via S3 without the context',
      { principal: USER, action: 'kms:Encrypt', viaService: 's3.us-east-1.amazonaws.com' },
      'implicit_deny',
    ],
    [
      'user ScheduleKeyDeletion with MFA',
      { principal: USER, action: 'kms:ScheduleKeyDeletion', mfaPresent: true },
      'implicit_deny',
    ],
    [
      'admin Decrypt',
      { principal: ADMIN, action: 'kms:Decrypt', encryptionContext: { project: 'portfolio' } },
      'implicit_deny',
    ],
    [
      'admin ScheduleKeyDeletion with MFA',
      { principal: ADMIN, action: 'kms:ScheduleKeyDeletion', mfaPresent: true },
      'allowed',
    ],
    [
      'admin ScheduleKeyDeletion without MFA',
      { principal: ADMIN, action: 'kms:ScheduleKeyDeletion', mfaPresent: false },
      'explicit_deny',
    ],
    [
      'partner Decrypt with the context',
      { principal: PARTNER, action: 'kms:Decrypt', encryptionContext: { project: 'portfolio' } },
      'allowed',
    ],
    [
      'partner Decrypt, wrong context',
      { principal: PARTNER, action: 'kms:Decrypt', encryptionContext: { project: 'other' } },
      'implicit_deny',
    ],
    [
      'partner Encrypt',
      { principal: PARTNER, action: 'kms:Encrypt', encryptionContext: { project: 'portfolio' } },
      'implicit_deny',
    ],
    [
      'partner grant without constraint',
      { principal: PARTNER, action: 'kms:CreateGrant' },
      'implicit_deny',
    ],
    [
      'anyone',
      { principal: '*', action: 'kms:Decrypt', encryptionContext: { project: 'portfolio' } },
      'implicit_deny',
    ],
  ] as const)('%s -> %s', (_who, request: RequestContext, expected) => {
    expect(evaluateKeyPolicy(document, request).verdict).toBe(expected);
  });
});

describe('generated policies of examples/kms.yaml (golden files, reviewed)', () => {
  const example = readFileSync(new URL('../../../examples/kms.yaml', import.meta.url), 'utf8');
  const result = readManifest('examples/kms.yaml', example, {
    repository: 'acme/kms',
    manifestPath: 'examples/kms.yaml',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const keys = result.desired.keys.flatMap((key) =>
    key.policy === undefined ? [] : [[key.name, key.policy.document] as const],
  );

  it('covers every key of the example', () => {
    expect(keys.map(([name]) => name)).toEqual(result.desired.keys.map((key) => key.name));
  });

  it.each(keys)('%s', async (name, document) => {
    expect(parseKeyPolicy(document).problems).toEqual([]);
    await expect(`${JSON.stringify(document, null, 2)}\n`).toMatchFileSnapshot(
      `golden/${name}.json`,
    );
  });
});

describe('keyAdminActions', () => {
  it('gives every key a list of its own, sorted, per placement', () => {
    const first = keyAdminActions({ account: '111122223333', region: 'eu-west-1' });
    first.push('kms:Decrypt');
    const second = keyAdminActions({ account: '111122223333', region: 'eu-west-1' });
    expect(second).not.toContain('kms:Decrypt');
    expect(second).toEqual([...second].sort());
    const external = keyAdminActions({
      account: '111122223333',
      region: 'eu-west-1',
      origin: 'EXTERNAL',
      multiRegion: true,
      keySpec: 'RSA_2048',
    });
    expect(external).toEqual(
      [
        ...second,
        'kms:DeleteImportedKeyMaterial',
        'kms:GetParametersForImport',
        'kms:GetPublicKey',
        'kms:ImportKeyMaterial',
        'kms:ReplicateKey',
        'kms:UpdatePrimaryRegion',
      ].sort(),
    );
  });
});
