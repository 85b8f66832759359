/**
 * Guard: the IAM roles shipped in examples/iam/github-oidc-roles.yaml cannot take over a key
 * of another manifest. The apply role used to allow kms:TagResource on every key with only a
 * request-tag condition, so it could re-tag another manifest's key with its own
 * kms-action:manifest value and then manage it. The template is read as CloudFormation
 * (intrinsics resolved with the parameters below) and each role's policies are evaluated with
 * the project's IAM evaluator, one request at a time, the tags in the request context as AWS
 * puts them there (aws:ResourceTag/*, aws:RequestTag/*, aws:TagKeys).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type Tags } from 'yaml';
import { evaluateKeyPolicy, type RequestContext } from '../../core/policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const OURS = 'acme/platform-keys/kms.yaml';
const THEIRS = 'acme/payments/kms.yaml';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const PARAMETERS: Record<string, string | string[]> = {
  Repository: 'acme/platform-keys',
  DefaultBranch: 'main',
  ManifestPath: 'kms.yaml',
  DeclaredTagKeys: ['ManagedBy', 'CostCenter'],
  ApplyEnvironment: '',
  DriftEnvironment: '',
  AppPrincipalArn: 'arn:aws:iam::999999999999:role/kms-action-app',
  Audience: 'sts.amazonaws.com',
  CreateOidcProvider: 'true',
  'AWS::Partition': 'aws',
  'AWS::AccountId': ACCOUNT,
};

type Template = {
  Conditions: Record<string, unknown>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
};
const template = resolveTemplate(
  readFileSync(new URL('../../examples/iam/github-oidc-roles.yaml', import.meta.url), 'utf8'),
);

/** A role's identity policies (inline and the shared managed one) as one policy for `role`. */
function policyOf(roleResource: string): KeyPolicyDocument {
  const role = template.Resources[roleResource]?.Properties ?? {};
  const inline = (role['Policies'] as { PolicyDocument: KeyPolicyDocument }[] | undefined) ?? [];
  const managed = (role['ManagedPolicyArns'] as unknown[] | undefined) ?? [];
  const documents = [
    ...inline.map((policy) => policy.PolicyDocument),
    ...managed.map(
      () => template.Resources['ReadKeysPolicy']?.Properties['PolicyDocument'] as KeyPolicyDocument,
    ),
  ];
  // An identity policy has no Principal: give each statement the role's, to evaluate it.
  const principal = { AWS: `arn:aws:iam::${ACCOUNT}:role/${String(role['RoleName'])}` };
  return {
    Version: '2012-10-17',
    Statement: documents.flatMap((document) =>
      document.Statement.map((statement): PolicyStatement => ({
        ...statement,
        Principal: principal,
      })),
    ),
  };
}

function decide(
  roleResource: string,
  action: string,
  keys: Record<string, string | string[]>,
  resource = KEY,
): string {
  const policy = policyOf(roleResource);
  const principal = (policy.Statement[0]?.Principal as { AWS: string }).AWS;
  const request: RequestContext = { principal, action, key: { arn: resource }, keys };
  return evaluateKeyPolicy(policy, request).verdict;
}

const owned = { 'aws:ResourceTag/kms-action:manifest': OURS };
const foreign = { 'aws:ResourceTag/kms-action:manifest': THEIRS };
const ownTags = (extra: Record<string, string> = {}) => ({
  'aws:RequestTag/kms-action:manifest': OURS,
  'aws:RequestTag/kms-action:key': 'prod-s3',
  'aws:TagKeys': ['kms-action:manifest', 'kms-action:key', ...Object.keys(extra)],
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`aws:RequestTag/${k}`, v])),
});

describe('the apply role (kms-action-apply)', () => {
  it.each<[string, string, Record<string, string | string[]>, string, string?]>([
    // Takeover attempts.
    [
      "re-tags another manifest's key as its own",
      'kms:TagResource',
      { ...foreign, ...ownTags() },
      'explicit_deny',
    ],
    [
      "adds a declared tag to another manifest's key",
      'kms:TagResource',
      { ...foreign, 'aws:TagKeys': ['CostCenter'], 'aws:RequestTag/CostCenter': 'x' },
      'explicit_deny',
    ],
    [
      "removes another manifest's ownership tag",
      'kms:UntagResource',
      { ...foreign, 'aws:TagKeys': ['kms-action:manifest'] },
      'explicit_deny',
    ],
    ["administers another manifest's key", 'kms:PutKeyPolicy', foreign, 'implicit_deny'],
    [
      'hands its own key to another manifest',
      'kms:TagResource',
      {
        ...owned,
        'aws:RequestTag/kms-action:manifest': THEIRS,
        'aws:TagKeys': ['kms-action:manifest'],
      },
      'explicit_deny',
    ],
    [
      'removes its own ownership tags',
      'kms:UntagResource',
      { ...owned, 'aws:TagKeys': ['kms-action:key', 'CostCenter'] },
      'explicit_deny',
    ],
    [
      'sets an undeclared tag key',
      'kms:TagResource',
      { ...owned, 'aws:TagKeys': ['Owner'], 'aws:RequestTag/Owner': 'mallory' },
      'implicit_deny',
    ],
    [
      'creates a key for another manifest',
      'kms:CreateKey',
      { ...ownTags(), 'aws:RequestTag/kms-action:manifest': THEIRS },
      'explicit_deny',
      '*',
    ],
    [
      'creates a key without the ownership tags',
      'kms:CreateKey',
      { 'aws:TagKeys': ['ManagedBy'], 'aws:RequestTag/ManagedBy': 'kms-action' },
      'implicit_deny',
      '*',
    ],
    [
      'creates a key with an undeclared tag',
      'kms:CreateKey',
      ownTags({ Owner: 'mallory' }),
      'implicit_deny',
      '*',
    ],
    // What apply needs.
    [
      'creates a key with the ownership and declared tags',
      'kms:CreateKey',
      ownTags({ ManagedBy: 'kms-action' }),
      'allowed',
      '*',
    ],
    [
      'tags the key it creates (CreateKey needs TagResource on *)',
      'kms:TagResource',
      ownTags({ ManagedBy: 'kms-action' }),
      'allowed',
      '*',
    ],
    [
      'adopts a key that has no ownership tag',
      'kms:TagResource',
      ownTags({ CostCenter: 'platform' }),
      'allowed',
    ],
    [
      'updates a declared tag of its own key',
      'kms:TagResource',
      { ...owned, 'aws:TagKeys': ['CostCenter'], 'aws:RequestTag/CostCenter': 'y' },
      'allowed',
    ],
    [
      'renames its own key (kms-action:key)',
      'kms:TagResource',
      { ...owned, 'aws:TagKeys': ['kms-action:key'], 'aws:RequestTag/kms-action:key': 'new-name' },
      'allowed',
    ],
    [
      'removes a tag its manifest dropped',
      'kms:UntagResource',
      { ...owned, 'aws:TagKeys': ['CostCenter'] },
      'allowed',
    ],
    ['updates its own key policy', 'kms:PutKeyPolicy', owned, 'allowed'],
    // ReplicateKey (API reference, "Required permissions"): kms:ReplicateKey on the primary,
    // and kms:CreateKey (kms:TagResource with Tags) in the replica Region, where the request
    // tags are the ReplicateKey's own.
    ['replicates its own key', 'kms:ReplicateKey', owned, 'allowed'],
    ["replicates another manifest's key", 'kms:ReplicateKey', foreign, 'implicit_deny'],
    [
      'creates a replica with the ownership and declared tags',
      'kms:CreateKey',
      ownTags({ ManagedBy: 'kms-action' }),
      'allowed',
      `arn:aws:kms:eu-west-1:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`,
    ],
    [
      'creates a replica without tags (born unmanaged)',
      'kms:CreateKey',
      {},
      'implicit_deny',
      `arn:aws:kms:eu-west-1:${ACCOUNT}:key/mrk-1234abcd12ab34cd56ef1234567890ab`,
    ],
    ['reads any key', 'kms:DescribeKey', foreign, 'allowed'],
  ])('%s: %s', (_, action, keys, verdict, resource) => {
    expect(decide('ApplyRole', action, keys, resource)).toBe(verdict);
  });
});

describe('the drift repair role (kms-action-drift)', () => {
  it.each<[string, Record<string, string>, string]>([
    ['kms:CancelKeyDeletion', owned, 'allowed'],
    ['kms:EnableKey', owned, 'allowed'],
    ['kms:CancelKeyDeletion', foreign, 'implicit_deny'],
    ['kms:EnableKey', {}, 'implicit_deny'],
    ['kms:DescribeKey', foreign, 'allowed'],
    ['kms:GetKeyPolicy', owned, 'allowed'],
    ['kms:DisableKey', owned, 'implicit_deny'],
    ['kms:ScheduleKeyDeletion', owned, 'implicit_deny'],
    ['kms:PutKeyPolicy', owned, 'implicit_deny'],
    ['kms:TagResource', owned, 'implicit_deny'],
    ['kms:CreateGrant', owned, 'implicit_deny'],
  ])('%s on %j: %s', (action, keys, verdict) => {
    expect(decide('DriftRepairRole', action, keys)).toBe(verdict);
  });
});

describe.each(['PlanRole', 'AppReadRole'])('the read-only role %s', (role) => {
  it.each(['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:ListGrants', 'kms:ListResourceTags'])(
    'may %s',
    (action) => {
      expect(decide(role, action, owned)).toBe('allowed');
    },
  );
  it.each([
    'kms:TagResource',
    'kms:PutKeyPolicy',
    'kms:CancelKeyDeletion',
    'kms:EnableKey',
    'kms:Decrypt',
    'kms:CreateGrant',
  ])('may not %s', (action) => {
    expect(decide(role, action, { ...owned, 'aws:TagKeys': ['x'] })).toBe('implicit_deny');
  });
});

describe('trust policies', () => {
  const trust = (role: string) =>
    (template.Resources[role]?.Properties['AssumeRolePolicyDocument'] as KeyPolicyDocument)
      .Statement;

  it.each([
    ['ApplyRole', ['repo:acme/platform-keys:ref:refs/heads/main']],
    ['DriftRepairRole', ['repo:acme/platform-keys:ref:refs/heads/main']],
    [
      'PlanRole',
      ['repo:acme/platform-keys:pull_request', 'repo:acme/platform-keys:ref:refs/heads/main'],
    ],
  ])('%s trusts only the GitHub subjects %j, with the audience pinned', (role, subjects) => {
    const [statement, ...others] = trust(role);
    expect(others).toEqual([]);
    expect(statement?.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(statement?.Condition).toEqual({
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': subjects.length === 1 ? subjects[0] : subjects,
      },
    });
  });

  it('the app role trusts the app principal only, and holds no write', () => {
    expect(trust('AppReadRole')).toEqual([
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::999999999999:role/kms-action-app' },
        Action: 'sts:AssumeRole',
      },
    ]);
  });
});

/** Parses the template and resolves the intrinsics it uses, with PARAMETERS. */
function resolveTemplate(text: string): Template {
  const names = ['Ref', 'Sub', 'If', 'Split', 'Join', 'Equals', 'Not', 'GetAtt'];
  const customTags: Tags = names.flatMap((name) => {
    const key = name === 'Ref' ? 'Ref' : `Fn::${name}`;
    return [
      { tag: `!${name}`, resolve: (value: string) => ({ [key]: value }) },
      {
        tag: `!${name}`,
        collection: 'seq' as const,
        resolve: (value: { toJSON: () => unknown }) => ({ [key]: value.toJSON() }),
      },
    ];
  });
  const raw = parse(text, { customTags }) as Template;
  const conditions: Record<string, boolean> = {};
  const value = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(value);
    if (typeof node !== 'object' || node === null) return node;
    const [[name, argument] = []] = Object.entries(node);
    switch (name) {
      case 'Ref':
        return PARAMETERS[argument as string] ?? `ref:${String(argument)}`;
      case 'Fn::Sub': {
        const [format, variables] = Array.isArray(argument) ? argument : [argument, {}];
        const own = value(variables) as Record<string, string>;
        return (format as string).replace(/\$\{([^}]+)\}/g, (_, variable: string) =>
          String(own[variable] ?? PARAMETERS[variable]),
        );
      }
      case 'Fn::Join': {
        const [separator, list] = argument as [string, unknown];
        return (value(list) as string[]).join(separator);
      }
      case 'Fn::Split': {
        const [separator, source] = argument as [string, unknown];
        return (value(source) as string).split(separator);
      }
      case 'Fn::If': {
        const [condition, yes, no] = argument as [string, unknown, unknown];
        return value(conditions[condition] === true ? yes : no);
      }
      case 'Fn::Equals': {
        const [a, b] = value(argument) as [unknown, unknown];
        return a === b;
      }
      case 'Fn::Not':
        return !(value(argument) as boolean[])[0];
      case 'Fn::GetAtt':
        return `getatt:${JSON.stringify(argument)}`;
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, value(v)]));
  };
  for (const [name, condition] of Object.entries(raw.Conditions)) {
    conditions[name] = value(condition) as boolean;
  }
  return value(raw) as Template;
}
