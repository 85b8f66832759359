import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferPolicyIntent } from '../../../core/import/infer-policy-intent.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { buildAccessMatrix } from '../../../core/policy/build-access-matrix.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import { KEY_ADMIN_ACTIONS } from '../../../core/policy/key-admin-actions.ts';
import { policiesEquivalent } from '../../../core/policy/policies-equivalent.ts';
import { toList } from '../../../core/policy/to-list.ts';
import type { KeyPolicyDocument, ResolvedPolicyIntent } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const placement = { account: ACCOUNT, region: 'us-east-1' };
const root = `arn:aws:iam::${ACCOUNT}:root`;
const role = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;

const examples = readManifest(
  'examples/kms.yaml',
  readFileSync(new URL('../../../examples/kms.yaml', import.meta.url)),
  { repository: 'acme/keys', manifestPath: 'kms.yaml' },
);

const sortIntent = (intent: ResolvedPolicyIntent): ResolvedPolicyIntent => ({
  ...intent,
  admins: [...intent.admins].sort(),
  users: [...intent.users].sort(),
  viaService: [...intent.viaService].sort(),
  requireMfaFor: [...intent.requireMfaFor].sort(),
  crossAccount: intent.crossAccount
    .map((entry) => ({ principal: entry.principal, actions: [...entry.actions].sort() }))
    .sort((a, b) => a.principal.localeCompare(b.principal)),
});

const backstop = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow' as const,
  Principal: { AWS: root },
  Action: 'kms:*',
  Resource: '*',
};

/** AWS's default key policy (CreateKey without a policy). */
const awsDefault: KeyPolicyDocument = {
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [backstop],
};

describe('inferPolicyIntent', () => {
  if (!examples.ok) throw new Error('examples/kms.yaml must be valid');
  const intentKeys = examples.desired.keys.filter((key) => key.policy?.kind === 'intent');

  it.each(intentKeys.map((key) => [key.name, key] as const))(
    'recovers the intent of examples/kms.yaml key %s from its generated policy',
    (_name, key) => {
      if (key.policy?.kind !== 'intent') throw new Error('intent key expected');
      const inferred = inferPolicyIntent(key.policy.document, {
        account: key.account,
        region: key.region,
      });
      expect(inferred.form).toBe('intent');
      if (inferred.form !== 'intent') return;
      expect(sortIntent(inferred.intent)).toEqual(sortIntent(key.policy.intent));
      expect(inferred.equivalent).toBe(true);
      expect(inferred.generated).toEqual(key.policy.document);
    },
  );

  it("reads AWS's default key policy as the root backstop alone, without the MFA guard", () => {
    const inferred = inferPolicyIntent(awsDefault, placement);
    expect(inferred).toMatchObject({
      form: 'intent',
      equivalent: true,
      intent: {
        admins: [],
        users: [],
        viaService: [],
        encryptionContext: {},
        crossAccount: [],
        requireMfaFor: [],
      },
    });
  });

  it('reads a single Statement object and a bare account id as the backstop', () => {
    const inferred = inferPolicyIntent(
      {
        Version: '2012-10-17',
        Statement: [{ ...backstop, Principal: { AWS: ACCOUNT } }],
      },
      placement,
    );
    expect(inferred.form).toBe('intent');
  });

  // AWS KMS Developer Guide, "Default key policy": the console's key administrators statement
  // has kms:Create*, which "Allows kms:CreateAlias and kms:CreateGrant" (issue 12.6).
  function consolePolicy(adminActions: string[]): KeyPolicyDocument {
    return {
      Version: '2012-10-17',
      Statement: [
        backstop,
        {
          Effect: 'Allow',
          Principal: { AWS: [role('kms-admin'), role('ops')] },
          Action: adminActions,
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Principal: { AWS: role('app') },
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:DescribeKey',
          ],
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Principal: { AWS: role('app') },
          Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
          Resource: '*',
          Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        },
      ],
    };
  }
  const consoleAdminActions = (create: string): string[] => [
    create,
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
    'kms:RotateKeyOnDemand',
  ];

  it("keeps the console's administrators statement as written: they may CreateGrant (kms:Create*), generated administrators not", () => {
    const policy = consolePolicy(consoleAdminActions('kms:Create*'));
    const inferred = inferPolicyIntent(policy, placement);
    expect(inferred.form).toBe('intent');
    if (inferred.form !== 'intent') return;
    expect(inferred.equivalent).toBe(true);
    expect(inferred.intent.admins).toEqual([]);
    expect(inferred.intent.users).toEqual([role('app')]);
    expect(inferred.intent.extraStatements).toHaveLength(1);
    expect(toList(inferred.intent.extraStatements?.[0]?.Action)).toContain('kms:Create*');
    expect(policiesEquivalent(policy, inferred.generated)).toBe(true);
  });

  it('keeps wildcard administrators as written even without CreateGrant: the generated list is explicit', () => {
    const policy = consolePolicy(consoleAdminActions('kms:CreateAlias'));
    const inferred = inferPolicyIntent(policy, placement);
    expect(inferred.form).toBe('intent');
    if (inferred.form !== 'intent') return;
    expect(inferred.intent.admins).toEqual([]);
    expect(inferred.intent.extraStatements).toHaveLength(1);
    expect(policiesEquivalent(policy, inferred.generated)).toBe(true);
  });

  it('reads administrators with the explicit management actions, users and their grants statement', () => {
    const policy = consolePolicy([...KEY_ADMIN_ACTIONS].reverse());
    expect(inferPolicyIntent(policy, placement)).toMatchObject({
      form: 'intent',
      intent: { admins: [role('kms-admin'), role('ops')], users: [role('app')] },
    });
  });

  it('accepts a policy with the same access in other words, and says it is not equivalent', () => {
    const generated = generateKeyPolicy(
      {
        admins: [],
        users: [role('app')],
        viaService: [],
        encryptionContext: {},
        crossAccount: [],
        requireMfaFor: [],
      },
      placement,
    );
    // The same grants plus a pattern that matches no KMS action (wildcards spelled out
    // action by action compare as equivalent, so they are no longer other words).
    const otherWords: KeyPolicyDocument = {
      ...generated,
      Statement: generated.Statement.map((statement) =>
        statement.Sid === 'KeyUsersCryptography'
          ? { ...statement, Action: [...toList(statement.Action), 'kms:NoSuchAction*'] }
          : statement,
      ),
    };
    const inferred = inferPolicyIntent(otherWords, placement);
    expect(inferred).toMatchObject({
      form: 'intent',
      equivalent: false,
      intent: { users: [role('app')] },
    });
  });

  it.each<[string, KeyPolicyDocument, RegExp]>([
    [
      'a service principal',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          {
            Sid: 'Logs',
            Effect: 'Allow',
            Principal: { Service: 'logs.us-east-1.amazonaws.com' },
            Action: 'kms:Encrypt*',
            Resource: '*',
          },
        ],
      },
      /statement "Logs" names a Service principal/,
    ],
    [
      'no root backstop',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: role('admin') }, Action: 'kms:*', Resource: '*' },
        ],
      },
      /no statement gives the account root .* kms:\*/,
    ],
    [
      'a condition the intent form has no word for',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          {
            Sid: 'FromTheOffice',
            Effect: 'Allow',
            Principal: { AWS: role('app') },
            Action: ['kms:Decrypt'],
            Resource: '*',
            Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
          },
        ],
      },
      /statement "FromTheOffice" has the condition IpAddress aws:SourceIp/,
    ],
    [
      'a Deny that is not the MFA guard',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          {
            Sid: 'NoDecrypt',
            Effect: 'Deny',
            Principal: '*',
            Action: 'kms:Decrypt',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-123' } },
          },
        ],
      },
      /Deny statement "NoDecrypt" is not the MFA guard/,
    ],
    [
      'a role that may do everything: administrator and user at once, and more',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          { Effect: 'Allow', Principal: { AWS: role('god') }, Action: 'kms:*', Resource: '*' },
        ],
      },
      /role\/god may call kms:\w+, .* beyond what key administrators and users get/,
    ],
    [
      'users without the grants statement',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          {
            Effect: 'Allow',
            Principal: { AWS: role('app') },
            Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
            Resource: '*',
          },
        ],
      },
      /would gain kms:CreateGrant/,
    ],
    [
      'a deleted role (unique id)',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          {
            Sid: 'Old',
            Effect: 'Allow',
            Principal: { AWS: 'AROA3EXAMPLE7ZZ5ZZ5ZZ' },
            Action: 'kms:Decrypt',
            Resource: '*',
          },
        ],
      },
      /names AROA3EXAMPLE7ZZ5ZZ5ZZ, the unique id of a deleted role/,
    ],
    [
      'kms:ViaService of another Region',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          {
            Sid: 'Users',
            Effect: 'Allow',
            Principal: { AWS: role('app') },
            Action: ['kms:Decrypt'],
            Resource: '*',
            Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
          },
        ],
      },
      /allows kms:ViaService s3\.eu-west-1\.amazonaws\.com, not services of the key's Region/,
    ],
    [
      'anyone',
      {
        Version: '2012-10-17',
        Statement: [
          backstop,
          { Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
        ],
      },
      /statement "Public" allows anyone/,
    ],
  ])('keeps %s as written, and says why', (_case, policy, reason) => {
    const inferred = inferPolicyIntent(policy, placement);
    if (inferred.form === 'document') {
      expect(inferred.reasons.join('\n')).toMatch(reason);
      return;
    }
    // The backstop is generated, the other statement stays under extra_statements.
    expect(inferred.intent.extraStatements).toEqual([policy.Statement[1]]);
    expect(inferred.extraReasons?.join('\n')).toMatch(reason);
    expect(policiesEquivalent(policy, inferred.generated)).toBe(true);
  });

  it('accepts an intent only when its generated policy has the access matrix of the live policy', () => {
    const policies: KeyPolicyDocument[] = [
      awsDefault,
      ...intentKeys.flatMap((key) => (key.policy === undefined ? [] : [key.policy.document])),
    ];
    for (const policy of policies) {
      const inferred = inferPolicyIntent(policy, placement);
      if (inferred.form !== 'intent') continue;
      const options = { account: ACCOUNT };
      const cells = (document: KeyPolicyDocument) =>
        buildAccessMatrix(document, options)
          .map((entry) => JSON.stringify(entry))
          .sort();
      expect(cells(inferred.generated)).toEqual(cells(policy));
    }
  });
});
