import { describe, expect, it } from 'vitest';
import { runPolicyRules } from '../../../core/lint/run-policy-rules.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import type { PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ROOT: PolicyStatement = {
  Sid: 'RootBackstop',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const MFA_GUARD: PolicyStatement = {
  Sid: 'DenyWithoutMfa',
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
  Resource: '*',
  Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
};
const role = (name: string, account = ACCOUNT): string => `arn:aws:iam::${account}:role/${name}`;

/** A policy with the root backstop and the MFA guard, plus the statements under test. */
function policy(...statements: PolicyStatement[]): unknown {
  return { Version: '2012-10-17', Statement: [ROOT, MFA_GUARD, ...statements] };
}

interface Case {
  name: string;
  policy: unknown;
  /** How many findings the rule reports. */
  fires: number;
  account?: string | null;
  message?: RegExp;
}

function findingsOf(
  ruleId: string,
  test: Case,
): { message: string; path: readonly (string | number)[] }[] {
  const rule = LINT_RULES.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  const account = test.account === null ? undefined : (test.account ?? ACCOUNT);
  return runPolicyRules(test.policy, account === undefined ? {} : { account }, [rule]).map(
    ({ issue }) => ({ message: issue.message, path: issue.path }),
  );
}

const CASES: Record<string, Case[]> = {
  'public-principal': [
    {
      name: 'wildcard Allow with an encryption context condition (any caller can send one)',
      policy: policy({
        Sid: 'Anyone',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:EncryptionContext:app': 'billing' } },
      }),
      fires: 1,
      message: /statement `Anyone` lets any AWS principal, from any account, call kms:Decrypt/,
    },
    {
      name: 'wildcard Allow through a service (anyone can call S3 with their own bucket)',
      policy: policy({
        Sid: 'ViaS3',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      }),
      fires: 1,
    },
    {
      name: 'Allow with NotPrincipal allows everyone not listed',
      policy: policy({
        Sid: 'AllButOne',
        Effect: 'Allow',
        NotPrincipal: { AWS: role('blocked') },
        Action: 'kms:Encrypt',
        Resource: '*',
      }),
      fires: 1,
      message: /every principal not listed in its NotPrincipal/,
    },
    {
      name: 'org-restricted wildcard (aws:PrincipalOrgID)',
      policy: policy({
        Sid: 'Organization',
        Effect: 'Allow',
        Principal: '*',
        Action: ['kms:Decrypt', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
      fires: 0,
    },
    {
      name: 'wildcard limited to the account by kms:CallerAccount (the AWS managed key pattern)',
      policy: policy({
        Sid: 'ThroughS3',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: {
          StringEquals: {
            'kms:CallerAccount': ACCOUNT,
            'kms:ViaService': 's3.us-east-1.amazonaws.com',
          },
        },
      }),
      fires: 0,
    },
    {
      name: 'wildcard limited by aws:PrincipalArn to roles of the account',
      policy: policy({
        Sid: 'Roles',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app-*` } },
      }),
      fires: 0,
    },
    {
      name: 'wildcard Allow cancelled by a Deny outside the organization',
      policy: policy(
        { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
        {
          Sid: 'DenyOutsideOrg',
          Effect: 'Deny',
          Principal: '*',
          Action: 'kms:*',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
      ),
      fires: 0,
    },
    { name: 'named principals only', policy: policy(), fires: 0 },
  ],
  'no-root-backstop': [
    {
      name: 'no statement keeps PutKeyPolicy',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'App',
            Effect: 'Allow',
            Principal: { AWS: role('app') },
            Action: ['kms:Encrypt', 'kms:Decrypt'],
            Resource: '*',
          },
        ],
      },
      fires: 1,
      message: /no principal can change this key policy/,
    },
    {
      name: 'a Deny takes PutKeyPolicy from everyone, root included',
      policy: policy({
        Sid: 'Freeze',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:PutKeyPolicy',
        Resource: '*',
      }),
      fires: 1,
    },
    { name: 'the AWS default root statement', policy: policy(), fires: 0 },
    {
      name: 'root backstop with conditions (kms:CallerAccount and MFA)',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            ...ROOT,
            Condition: {
              StringEquals: { 'kms:CallerAccount': ACCOUNT },
              Bool: { 'aws:MultiFactorAuthPresent': 'true' },
            },
          },
        ],
      },
      fires: 0,
    },
    {
      name: 'root given as the bare account id',
      policy: { Version: '2012-10-17', Statement: [{ ...ROOT, Principal: { AWS: ACCOUNT } }] },
      fires: 0,
    },
    {
      name: 'a NotPrincipal Deny that exempts the administrator role and the account root',
      policy: policy({
        Sid: 'OnlyAdminChangesPolicy',
        Effect: 'Deny',
        NotPrincipal: { AWS: [role('kms-admin'), `arn:aws:iam::${ACCOUNT}:root`] },
        Action: 'kms:PutKeyPolicy',
        Resource: '*',
      }),
      fires: 0,
    },
    {
      name: 'a NotPrincipal Deny that lists the role but not its account denies the role too',
      policy: policy({
        Sid: 'OnlyAdminChangesPolicy',
        Effect: 'Deny',
        NotPrincipal: { AWS: role('kms-admin') },
        Action: 'kms:PutKeyPolicy',
        Resource: '*',
      }),
      fires: 1,
    },
    {
      name: 'no root, but an administrator role keeps PutKeyPolicy',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Admin',
            Effect: 'Allow',
            Principal: { AWS: role('kms-admin') },
            Action: ['kms:PutKeyPolicy', 'kms:Describe*'],
            Resource: '*',
          },
        ],
      },
      fires: 0,
    },
  ],
  'admin-user-overlap': [
    {
      name: 'one role in the administrator and the user statements',
      policy: policy(
        {
          Sid: 'Admins',
          Effect: 'Allow',
          Principal: { AWS: [role('kms-admin'), role('ops')] },
          Action: ['kms:Put*', 'kms:ScheduleKeyDeletion', 'kms:Disable*'],
          Resource: '*',
        },
        {
          Sid: 'Users',
          Effect: 'Allow',
          Principal: { AWS: role('ops') },
          Action: ['kms:Decrypt', 'kms:Encrypt'],
          Resource: '*',
        },
      ),
      fires: 1,
      message: /role\/ops` may both administer the key/,
    },
    {
      name: 'separate administrators and users',
      policy: policy(
        {
          Sid: 'Admins',
          Effect: 'Allow',
          Principal: { AWS: role('kms-admin') },
          Action: ['kms:Put*', 'kms:ScheduleKeyDeletion'],
          Resource: '*',
        },
        {
          Sid: 'Users',
          Effect: 'Allow',
          Principal: { AWS: role('app') },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ),
      fires: 0,
    },
    {
      name: 'a role whose decrypt is denied by an explicit Deny',
      policy: policy(
        {
          Sid: 'Ops',
          Effect: 'Allow',
          Principal: { AWS: role('ops') },
          Action: ['kms:PutKeyPolicy', 'kms:Decrypt'],
          Resource: '*',
        },
        {
          Sid: 'NoCrypto',
          Effect: 'Deny',
          Principal: { AWS: role('ops') },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ),
      fires: 0,
    },
  ],
  'wildcard-action': [
    {
      name: 'kms:* to a role',
      policy: policy({
        Sid: 'Ops',
        Effect: 'Allow',
        Principal: { AWS: role('ops') },
        Action: 'kms:*',
        Resource: '*',
      }),
      fires: 1,
      message: /statement `Ops` allows `kms:\*`/,
    },
    {
      name: 'NotAction in an Allow',
      policy: policy({
        Sid: 'AllButDelete',
        Effect: 'Allow',
        Principal: { AWS: role('ops') },
        NotAction: 'kms:ScheduleKeyDeletion',
        Resource: '*',
      }),
      fires: 1,
    },
    { name: 'kms:* to the account root (the backstop)', policy: policy(), fires: 0 },
    {
      name: 'prefix wildcards such as kms:Describe*',
      policy: policy({
        Sid: 'Read',
        Effect: 'Allow',
        Principal: { AWS: role('auditor') },
        Action: ['kms:Describe*', 'kms:List*', 'kms:Get*'],
        Resource: '*',
      }),
      fires: 0,
    },
    {
      name: 'the key account inferred from the backstop when not given',
      policy: policy(),
      account: null,
      fires: 0,
    },
  ],
  'missing-mfa-guard': [
    {
      name: 'the AWS default key policy (root backstop, no guard)',
      policy: { Version: '2012-10-17', Statement: [ROOT] },
      fires: 1,
      message: /kms:ScheduleKeyDeletion and kms:DisableKey succeed without MFA/,
    },
    {
      name: 'a guard with Bool instead of BoolIfExists misses long-term credentials',
      policy: {
        Version: '2012-10-17',
        Statement: [
          ROOT,
          {
            ...MFA_GUARD,
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
        ],
      },
      fires: 1,
    },
    {
      name: 'a guard on ScheduleKeyDeletion only',
      policy: {
        Version: '2012-10-17',
        Statement: [ROOT, { ...MFA_GUARD, Action: 'kms:ScheduleKeyDeletion' }],
      },
      fires: 1,
      message: /^kms:DisableKey succeeds without MFA/,
    },
    { name: 'the BoolIfExists Deny guard', policy: policy(), fires: 0 },
    {
      name: 'a NotPrincipal guard exempting a break-glass role leaves that role unguarded',
      policy: {
        Version: '2012-10-17',
        Statement: [
          ROOT,
          {
            Sid: 'DenyWithoutMfaExceptBreakGlass',
            Effect: 'Deny',
            NotPrincipal: { AWS: [role('break-glass'), `arn:aws:iam::${ACCOUNT}:root`] },
            Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
        ],
      },
      fires: 1,
      message: /without MFA for arn:aws:iam::111122223333:role\/break-glass$/,
    },
    {
      name: 'no root; the administrator may delete only with MFA (Allow condition)',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Admin',
            Effect: 'Allow',
            Principal: { AWS: role('kms-admin') },
            Action: ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey'],
            Resource: '*',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          },
        ],
      },
      fires: 0,
    },
  ],
  'cross-account-access': [
    {
      name: 'a whole foreign account (its root)',
      policy: policy({
        Sid: 'Partner',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::222222222222:root' },
        Action: 'kms:Decrypt',
        Resource: '*',
      }),
      fires: 1,
      message: /the whole account 222222222222 may call kms:Decrypt/,
    },
    {
      name: 'a foreign role that may manage the key',
      policy: policy({
        Sid: 'PartnerAdmin',
        Effect: 'Allow',
        Principal: { AWS: role('Admin', '222222222222') },
        Action: ['kms:PutKeyPolicy', 'kms:DescribeKey'],
        Resource: '*',
      }),
      fires: 1,
    },
    {
      name: 'a wildcard tied to a foreign account by kms:CallerAccount',
      policy: policy({
        Sid: 'PartnerAccount',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': '222222222222' } },
      }),
      fires: 1,
    },
    // KMS Developer Guide, "Allowing users in other accounts to use a KMS key"; IAM User Guide,
    // "aws:PrincipalOrgID": every account of the organisation may then use the key.
    {
      name: 'a wildcard opened to a whole organisation by aws:PrincipalOrgID',
      policy: policy({
        Sid: 'Organisation',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
      fires: 1,
      message: /every principal of the organization o-a1b2c3d4e5 may call kms:Decrypt/,
    },
    {
      name: 'a wildcard opened to an organisation path by aws:PrincipalOrgPaths',
      policy: policy({
        Sid: 'OrganisationUnit',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: '*',
        Condition: {
          'ForAnyValue:StringLike': {
            'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*',
          },
        },
      }),
      fires: 1,
      message: /organization path o-a1b2c3d4e5\/r-ab12\/ou-ab12-11111111\/\*/,
    },
    {
      name: 'an organisation condition on a Deny is a restriction, not access',
      policy: policy({
        Sid: 'OnlyOrganisation',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
      fires: 0,
    },
    {
      name: 'a named foreign role with cryptographic actions',
      policy: policy({
        Sid: 'Partner',
        Effect: 'Allow',
        Principal: { AWS: role('AppRole', '222222222222') },
        Action: ['kms:Decrypt', 'kms:DescribeKey'],
        Resource: '*',
      }),
      fires: 0,
    },
    {
      name: 'the key account unknown and not inferable: nothing to compare with',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Partner',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::222222222222:root' },
            Action: 'kms:Decrypt',
            Resource: '*',
          },
          {
            Sid: 'Other',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::333333333333:root' },
            Action: 'kms:Decrypt',
            Resource: '*',
          },
        ],
      },
      account: null,
      fires: 0,
    },
  ],
  'missing-encryption-context': [
    {
      name: 'a user with direct access and no context',
      policy: policy({
        Sid: 'App',
        Effect: 'Allow',
        Principal: { AWS: role('app') },
        Action: ['kms:Decrypt', 'kms:Encrypt'],
        Resource: '*',
      }),
      fires: 1,
      message:
        /role\/app` may call kms:Decrypt, kms:Encrypt directly without an encryption context/,
    },
    {
      name: 'a context condition on the user statement',
      policy: policy({
        Sid: 'App',
        Effect: 'Allow',
        Principal: { AWS: role('app') },
        Action: ['kms:Decrypt', 'kms:Encrypt'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:EncryptionContext:project': 'portfolio' } },
      }),
      fires: 0,
    },
    {
      name: 'kms:EncryptionContextKeys required',
      policy: policy({
        Sid: 'App',
        Effect: 'Allow',
        Principal: { AWS: role('app') },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'tenant' } },
      }),
      fires: 0,
    },
    {
      name: 'use only through an AWS service (it sets its own context)',
      policy: policy({
        Sid: 'App',
        Effect: 'Allow',
        Principal: { AWS: role('app') },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 'rds.us-east-1.amazonaws.com' } },
      }),
      fires: 0,
    },
    { name: 'the root backstop alone is not reported', policy: policy(), fires: 0 },
  ],
  'unscoped-service-principal': [
    {
      name: 'CloudWatch Logs without a source condition',
      policy: policy({
        Sid: 'Logs',
        Effect: 'Allow',
        Principal: { Service: 'logs.us-east-1.amazonaws.com' },
        Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'],
        Resource: '*',
      }),
      fires: 1,
      message: /logs\.us-east-1\.amazonaws\.com` may call .* for resources of any account/,
    },
    {
      name: 'a CloudTrail context that matches any account',
      policy: policy({
        Sid: 'Trail',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 'kms:GenerateDataKey*',
        Resource: '*',
        Condition: {
          StringLike: {
            'kms:EncryptionContext:aws:cloudtrail:arn': 'arn:aws:cloudtrail:*:*:trail/*',
          },
        },
      }),
      fires: 1,
    },
    {
      name: 'a service principal with aws:SourceAccount',
      policy: policy({
        Sid: 'Sns',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
      }),
      fires: 0,
    },
    {
      name: "AWS's CloudTrail key policy (context names the account, DescribeKey unscoped)",
      policy: policy(
        {
          Sid: 'AllowCloudTrailToEncryptLogs',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 'kms:GenerateDataKey*',
          Resource: '*',
          Condition: {
            StringLike: {
              'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${ACCOUNT}:trail/*`,
            },
            StringEquals: {
              'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`,
            },
          },
        },
        {
          Sid: 'AllowCloudTrailToDescribeKey',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 'kms:DescribeKey',
          Resource: '*',
        },
      ),
      fires: 0,
    },
    {
      name: 'CloudWatch Logs scoped by its log group ARN context',
      policy: policy({
        Sid: 'Logs',
        Effect: 'Allow',
        Principal: { Service: 'logs.us-east-1.amazonaws.com' },
        Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:*`,
          },
        },
      }),
      fires: 0,
    },
  ],
  'invalid-policy': [
    {
      name: 'a misspelt action',
      policy: policy({
        Sid: 'Mail',
        Effect: 'Allow',
        Principal: { AWS: role('mail') },
        Action: 'kms:Decrypts',
        Resource: '*',
      }),
      fires: 1,
      message: /`kms:Decrypts` is not a KMS action/,
    },
    {
      name: 'an operator in the wrong casing (accepted by KMS, suspicious)',
      policy: policy({
        Sid: 'Mail',
        Effect: 'Allow',
        Principal: { AWS: role('mail') },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { stringEquals: { 'kms:EncryptionContext:app': 'mail' } },
      }),
      fires: 1,
      message: /write the operator `stringEquals` as AWS documents it/,
    },
    {
      name: 'not an object at all',
      policy: ['not', 'a', 'policy'],
      fires: 1,
    },
    { name: 'a valid policy', policy: policy(), fires: 0 },
  ],
};

describe.each(Object.entries(CASES))('%s', (ruleId, cases) => {
  it.each(cases)('$name', (test) => {
    const findings = findingsOf(ruleId, test);
    expect(findings).toHaveLength(test.fires);
    if (test.message !== undefined) expect(findings[0]?.message).toMatch(test.message);
  });
});

describe('policy rules on an invalid policy (see run-policy-rules.test.ts)', () => {
  it('reads a policy without any valid statement as empty, and says so', () => {
    const broken = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Permit', Principal: '*', Action: 'kms:*' }],
    };
    const results = runPolicyRules(broken, { account: ACCOUNT }, LINT_RULES);
    expect(new Set(results.map(({ rule }) => rule.id))).toEqual(
      new Set(['invalid-policy', 'public-principal', 'no-root-backstop']),
    );
    expect(results.find(({ rule }) => rule.id === 'no-root-backstop')?.issue.message).toContain(
      '(read without the invalid statement `#0`, which invalid-policy reports)',
    );
  });
});

describe('where policy findings point', () => {
  it('public-principal points at the wildcard principal of the statement', () => {
    const findings = findingsOf('public-principal', {
      name: '',
      fires: 1,
      policy: policy({
        Sid: 'Anyone',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
      }),
    });
    expect(findings[0]?.path).toEqual(['Statement', 2, 'Principal']);
  });
});
