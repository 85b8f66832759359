import { describe, expect, it } from 'vitest';
import { runPolicyRules } from '../../../core/lint/run-policy-rules.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import { KEY_USER_GRANT_ACTIONS } from '../../../core/policy/generate-key-user-statements.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import type { KeyPlacement } from '../../../core/policy/key-placement.ts';
import {
  USER_GRANT_ACTIONS,
  keyUsageActions,
  userActionChoices,
} from '../../../core/policy/key-usage-actions.ts';
import { parseKeyPolicy } from '../../../core/policy/parse-key-policy.ts';
import type {
  KeyPolicyDocument,
  PolicyStatement,
  ResolvedPolicyIntent,
} from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const READER = `arn:aws:iam::${ACCOUNT}:role/reader`;
const AUDITOR = `arn:aws:iam::${ACCOUNT}:role/auditor`;
const ORG = 'o-a1b2c3d4e5';
const OU = `${ORG}/r-ab12/ou-ab12-11111111/`;

const BASE: ResolvedPolicyIntent = {
  admins: [ADMIN],
  users: [],
  viaService: [],
  encryptionContext: {},
  crossAccount: [],
  requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
};

const SYMMETRIC: KeyPlacement = { account: ACCOUNT, region: 'us-east-1' };
const SIGNING = { ...SYMMETRIC, keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' };
const HMAC = { ...SYMMETRIC, keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' };
const RSA_ENCRYPT = { ...SYMMETRIC, keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' };
const AGREEMENT = { ...SYMMETRIC, keySpec: 'ECC_NIST_P384', keyUsage: 'KEY_AGREEMENT' };

function bySid(document: KeyPolicyDocument): Record<string, PolicyStatement> {
  return Object.fromEntries(
    document.Statement.map((statement): [string, PolicyStatement] => [
      statement.Sid ?? '',
      statement,
    ]),
  );
}

describe('userActionChoices: what a group of users may be narrowed to, per key kind', () => {
  it.each([
    [
      'symmetric encryption',
      SYMMETRIC,
      [
        'kms:CreateGrant',
        'kms:Decrypt',
        'kms:DescribeKey',
        'kms:Encrypt',
        'kms:GenerateDataKey',
        'kms:GenerateDataKeyPair',
        'kms:GenerateDataKeyPairWithoutPlaintext',
        'kms:GenerateDataKeyWithoutPlaintext',
        'kms:ListGrants',
        'kms:ReEncryptFrom',
        'kms:ReEncryptTo',
        'kms:RevokeGrant',
      ],
    ],
    [
      'asymmetric encryption',
      RSA_ENCRYPT,
      [
        'kms:Decrypt',
        'kms:DescribeKey',
        'kms:Encrypt',
        'kms:GetPublicKey',
        'kms:ReEncryptFrom',
        'kms:ReEncryptTo',
      ],
    ],
    ['signing', SIGNING, ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify']],
    ['HMAC', HMAC, ['kms:DescribeKey', 'kms:GenerateMac', 'kms:VerifyMac']],
    ['key agreement', AGREEMENT, ['kms:DeriveSharedSecret', 'kms:DescribeKey', 'kms:GetPublicKey']],
  ])('%s', (_kind, placement, expected) => {
    expect(userActionChoices(keyUsageActions(placement.keySpec, placement.keyUsage))).toEqual(
      expected,
    );
  });

  it('grants users get are the generated users statement grants', () => {
    expect([...USER_GRANT_ACTIONS]).toEqual(KEY_USER_GRANT_ACTIONS);
  });
});

describe('generateKeyPolicy: users narrowed by actions', () => {
  it.each([
    {
      name: 'decrypt-only consumers of a symmetric key keep the service and context scope',
      placement: SYMMETRIC,
      intent: {
        viaService: ['s3'],
        encryptionContext: { project: 'p' },
        userGroups: [{ principals: [READER], actions: ['kms:Decrypt', 'kms:DescribeKey'] }],
      },
      expected: {
        KeyUsersForDecryptDescribeKeyCryptography: {
          Action: ['kms:Decrypt'],
          Condition: {
            StringEquals: {
              'kms:ViaService': 's3.us-east-1.amazonaws.com',
              'kms:EncryptionContext:project': 'p',
            },
          },
        },
        KeyUsersForDecryptDescribeKeyDescribeKey: {
          Action: 'kms:DescribeKey',
          Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
        },
      },
    },
    {
      name: 'verifiers of a signing key',
      placement: SIGNING,
      intent: {
        userGroups: [{ principals: [READER], actions: ['kms:GetPublicKey', 'kms:Verify'] }],
      },
      expected: {
        KeyUsersForGetPublicKeyVerifyCryptography: { Action: ['kms:GetPublicKey', 'kms:Verify'] },
      },
    },
    {
      name: 'MAC verifiers of an HMAC key',
      placement: HMAC,
      intent: { userGroups: [{ principals: [READER], actions: ['kms:VerifyMac'] }] },
      expected: { KeyUsersForVerifyMacCryptography: { Action: ['kms:VerifyMac'] } },
    },
    {
      name: 'a group that only attaches grants for AWS resources',
      placement: SYMMETRIC,
      intent: { userGroups: [{ principals: [READER], actions: ['kms:CreateGrant'] }] },
      expected: {
        KeyUsersForCreateGrantGrantsForAwsResources: {
          Action: ['kms:CreateGrant'],
          Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        },
      },
    },
    {
      name: 'two groups with the same actions share statements',
      placement: SYMMETRIC,
      intent: {
        userGroups: [
          { principals: [READER], actions: ['kms:Decrypt'] },
          { principals: [AUDITOR, READER], actions: ['kms:Decrypt'] },
        ],
      },
      expected: {
        KeyUsersForDecryptCryptography: {
          Principal: { AWS: [AUDITOR, READER] },
          Action: ['kms:Decrypt'],
        },
      },
    },
  ])('$name', ({ placement, intent, expected }) => {
    const statements = bySid(generateKeyPolicy({ ...BASE, ...intent }, placement));
    const added = Object.keys(statements).filter(
      (sid) => sid.startsWith('KeyUsersFor') || sid.startsWith('Organization'),
    );
    expect(added.sort()).toEqual(Object.keys(expected).sort());
    for (const [sid, fields] of Object.entries(expected)) {
      expect(statements[sid]).toMatchObject({ Effect: 'Allow', Resource: '*', ...fields });
      if (!('Condition' in fields)) expect(statements[sid]?.Condition).toBeUndefined();
    }
  });
});

describe('generateKeyPolicy: an organisation as consumer', () => {
  it.each([
    {
      name: 'the whole organisation: aws:PrincipalOrgID',
      organization: { id: ORG },
      members: { StringEquals: { 'aws:PrincipalOrgID': ORG } },
    },
    {
      name: 'an OU and its children: aws:PrincipalOrgPaths with a trailing *',
      organization: { paths: [OU] },
      members: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${OU}*` } },
    },
  ])(
    '$name; administrators left out; the key users statements otherwise',
    ({ organization, members }) => {
      const document = generateKeyPolicy({ ...BASE, users: [APP], organization }, SYMMETRIC);
      const statements = bySid(document);
      for (const part of ['Cryptography', 'DescribeKey', 'GrantsForAwsResources']) {
        const users = statements[`KeyUsers${part}`];
        const org = statements[`Organization${part}`];
        expect(org?.Principal).toEqual({ AWS: '*' });
        expect(org?.Action).toEqual(users?.Action);
        expect(org?.Condition).toEqual({
          ...users?.Condition,
          ...members,
          ArnNotEquals: { 'aws:PrincipalArn': ADMIN },
        });
      }
    },
  );

  it('narrowed by actions, with the service scope of users', () => {
    const document = generateKeyPolicy(
      {
        ...BASE,
        viaService: ['ec2'],
        organization: { id: ORG, actions: ['kms:Decrypt', 'kms:DescribeKey'] },
      },
      SYMMETRIC,
    );
    expect(document.Statement.filter((s) => s.Sid?.startsWith('Organization'))).toEqual([
      {
        Sid: 'OrganizationCryptography',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Resource: '*',
        Action: ['kms:Decrypt'],
        Condition: {
          StringEquals: {
            'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
            'aws:PrincipalOrgID': ORG,
          },
          ArnNotEquals: { 'aws:PrincipalArn': ADMIN },
        },
      },
      {
        Sid: 'OrganizationDescribeKey',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Resource: '*',
        Action: 'kms:DescribeKey',
        Condition: {
          StringEquals: {
            'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
            'aws:PrincipalOrgID': ORG,
          },
          ArnNotEquals: { 'aws:PrincipalArn': ADMIN },
        },
      },
    ]);
  });
});

describe('generateKeyPolicy: extra statements', () => {
  it('come last, exactly as given', () => {
    const extra: PolicyStatement = {
      Sid: 'AllowCloudTrailDescribe',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:DescribeKey',
      Resource: '*',
    };
    const document = generateKeyPolicy(
      { ...BASE, users: [APP], extraStatements: [extra] },
      SYMMETRIC,
    );
    expect(document.Statement.at(-1)).toEqual(extra);
    expect(document.Statement.at(-2)?.Sid).toBe('DenyWithoutMfa');
  });
});

// Generated policies pass the project's own lint: no error of any rule, for every key kind.
describe('generated policies with groups, an organisation and extra statements lint clean', () => {
  const ERROR_RULES = LINT_RULES.filter(
    (rule) => rule.kind === 'policy' && rule.defaultSeverity === 'error',
  );
  it.each([
    ['symmetric', SYMMETRIC, ['kms:Decrypt', 'kms:DescribeKey']],
    ['asymmetric encryption', RSA_ENCRYPT, ['kms:Encrypt', 'kms:GetPublicKey']],
    ['signing', SIGNING, ['kms:Verify', 'kms:GetPublicKey']],
    ['HMAC', HMAC, ['kms:VerifyMac']],
    ['key agreement', AGREEMENT, ['kms:DeriveSharedSecret']],
  ])('%s', (_kind, placement, narrowed) => {
    const document = generateKeyPolicy(
      {
        ...BASE,
        users: [APP],
        userGroups: [{ principals: [READER], actions: narrowed }],
        organization: { paths: [OU], actions: narrowed },
        extraStatements: [
          {
            Sid: 'AuditorsDescribe',
            Effect: 'Allow',
            Principal: { AWS: AUDITOR },
            Action: 'kms:DescribeKey',
            Resource: '*',
          },
        ],
      },
      placement,
    );
    const parsed = parseKeyPolicy(document);
    expect(parsed.problems).toEqual([]);
    const findings = runPolicyRules(
      document,
      {
        account: ACCOUNT,
        generated: true,
        ...(placement.keySpec === undefined ? {} : { keySpec: placement.keySpec }),
        ...(placement.keyUsage === undefined ? {} : { keyUsage: placement.keyUsage }),
      },
      ERROR_RULES,
    );
    expect(findings.map(({ rule, issue }) => `${rule.id}: ${issue.message}`)).toEqual([]);
  });
});
