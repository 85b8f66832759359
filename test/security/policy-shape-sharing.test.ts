import { describe, expect, it } from 'vitest';
import { abstractPolicyPrincipals } from '../../core/lint/abstract-policy-principals.ts';
import { runLint } from '../../core/lint/run-lint.ts';
import { desiredOf, HEADER } from '../core/lint/lint-manifest.ts';

// Guard: lint evaluates each distinct policy shape once, with the key's own roles and users
// abstracted. A key must never get the verdict of another key's policy: wildcard principals,
// principals of other accounts, conditions or variables naming the caller, names that occur
// elsewhere in the policy, must all keep a policy out of sharing, and the findings of a
// manifest must be exactly those of linting every key's policy on its own.

const A = 'arn:aws:iam::111122223333';
const B = 'arn:aws:iam::444455556666';

const intentKey = (
  name: string,
  policy: string,
  extra: { environment?: string; compliance?: string; account?: string; grants?: string } = {},
): string => `  ${name}:
    environment: ${extra.environment ?? 'production'}
    service: s3
    aliases: [alias/${name}]
${extra.account === undefined ? '' : `    account: ${extra.account}\n`}${extra.compliance === undefined ? '' : `    compliance: ${extra.compliance}\n`}    policy: ${policy}
${extra.grants ?? ''}`;

const rawKey = (name: string, statements: string): string => `  ${name}:
    environment: production
    service: s3
    aliases: [alias/${name}]
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - { Sid: Root, Effect: Allow, Principal: { AWS: '${A}:root' }, Action: 'kms:*', Resource: '*' }
${statements}`;

/** Keys of one intent with a user each, and every case that must not share wrongly. */
function variedManifest(): string {
  const keys: string[] = [];
  for (let index = 0; index < 12; index += 1) {
    const via = index % 2 === 0 ? ', via_service: [s3]' : '';
    const context = index % 3 === 0 ? `, encryption_context: { app: svc${index} }` : '';
    const mfa = index % 4 === 0 ? ', require_mfa_for: []' : '';
    keys.push(
      intentKey(
        `u${index}`,
        `{ admins: [kms-admin], users: ['${A}:role/svc${index}']${via}${context}${mfa} }`,
        {
          environment: index % 3 === 1 ? 'staging' : 'production',
        },
      ),
      // The same user on a key of a compliance domain: compliance-isolation names it.
      intentKey(`pci${index}`, `{ admins: [kms-admin], users: ['${A}:role/svc${index}'] }`, {
        compliance: 'pci',
      }),
    );
  }
  keys.push(
    intentKey('mixed-case', `{ admins: [kms-admin], users: ['${A}:role/App-Prod'] }`),
    intentKey('mixed-case-pci', `{ admins: [kms-admin], users: ['${A}:role/App-Prod'] }`, {
      compliance: 'pci',
    }),
    intentKey(
      'two-spellings',
      `{ admins: [kms-admin], users: ['${A}:role/app-prod', '${A}:role/APP-PROD'] }`,
    ),
    intentKey(
      'substring-names',
      `{ admins: [kms-admin], users: ['${A}:role/svc1', '${A}:role/svc10'] }`,
    ),
    intentKey('overlap', `{ admins: [kms-admin, '${A}:role/dual'], users: ['${A}:role/dual'] }`),
    intentKey('overlap2', `{ admins: [kms-admin, '${A}:role/dual2'], users: ['${A}:role/dual2'] }`),
    intentKey('iam-users', `{ admins: [kms-admin], users: ['${A}:user/alice', '${A}:user/bob'] }`),
    intentKey('other-account-user', `{ admins: [kms-admin], users: ['${B}:role/ext1'] }`),
    intentKey('other-account-user2', `{ admins: [kms-admin], users: ['${B}:role/ext2'] }`),
    intentKey(
      'partner',
      `{ admins: [kms-admin], users: ['${A}:role/svc3'], cross_account: [{ principal: '${B}:role/partner', actions: [Decrypt] }] }`,
    ),
    intentKey('digits', `{ admins: [kms-admin], users: ['${A}:role/x999999999999'] }`),
    // Organisation consumers, narrowed user groups, extra statements and AWS services.
    ...[13, 14].flatMap((index) => [
      intentKey(
        `org${index}`,
        `{ admins: [kms-admin], users: ['${A}:role/svc${index}'], organization: o-a1b2c3d4e5 }`,
      ),
      intentKey(
        `group${index}`,
        `{ admins: [kms-admin], users: ['${A}:role/svc${index}', { principals: ['${A}:role/reader${index}'], actions: [Decrypt] }] }`,
      ),
      intentKey(
        `extra${index}`,
        `{ admins: [kms-admin], users: ['${A}:role/svc${index}'], extra_statements: [{ Sid: Extra, Effect: Allow, Principal: { AWS: '${A}:role/svc${index}' }, Action: 'kms:ReEncrypt*', Resource: '*' }] }`,
      ),
      intentKey(
        `extra-public${index}`,
        `{ admins: [kms-admin], users: ['${A}:role/svc${index}'], extra_statements: [{ Sid: Anyone, Effect: Allow, Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] }`,
      ),
      intentKey(
        `logs${index}`,
        `{ admins: [kms-admin], users: ['${A}:role/svc${index}'], services: [{ service: logs }] }`,
      ),
    ]),
    intentKey(
      'named-in-context',
      `{ admins: [kms-admin], users: ['${A}:role/svc5'], encryption_context: { caller: svc5 } }`,
    ),
    intentKey('staging-account', `{ admins: ['${B}:role/kms-admin'], users: ['${B}:role/svc1'] }`, {
      account: 'staging',
      environment: 'staging',
    }),
    intentKey('granted', `{ admins: [kms-admin], users: ['${A}:role/svc7'] }`, {
      compliance: 'hipaa',
      grants: `    grants:\n      - { name: g1, grantee: '${A}:role/svc8', operations: [Decrypt] }\n`,
    }),
    rawKey(
      'raw-principal-arn',
      `          - Sid: Use
            Effect: Allow
            Principal: { AWS: '*' }
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringEquals: { 'aws:PrincipalArn': '${A}:role/app-one' } }
          - { Sid: One, Effect: Allow, Principal: { AWS: '${A}:role/app-two' }, Action: 'kms:Decrypt', Resource: '*' }
`,
    ),
    rawKey(
      'raw-principal-like',
      `          - Sid: Deny
            Effect: Deny
            Principal: { AWS: '*' }
            Action: 'kms:*'
            Resource: '*'
            Condition: { StringNotLike: { 'aws:PrincipalArn': ['${A}:role/app-*', '${A}:root'] } }
          - { Sid: One, Effect: Allow, Principal: { AWS: '${A}:role/app-one' }, Action: 'kms:*', Resource: '*' }
          - { Sid: Two, Effect: Allow, Principal: { AWS: '${A}:role/other' }, Action: 'kms:*', Resource: '*' }
`,
    ),
    rawKey(
      'raw-variable',
      `          - Sid: Own
            Effect: Allow
            Principal: { AWS: '${A}:user/alice' }
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringEquals: { 'kms:EncryptionContext:owner': '\${aws:username}' } }
`,
    ),
    rawKey(
      'raw-session',
      `          - { Sid: Role, Effect: Allow, Principal: { AWS: '${A}:role/ops' }, Action: 'kms:*', Resource: '*' }
          - { Sid: Session, Effect: Allow, Principal: { AWS: 'arn:aws:sts::111122223333:assumed-role/ops/alice' }, Action: 'kms:Decrypt', Resource: '*' }
`,
    ),
    rawKey(
      'raw-not-principal',
      `          - { Sid: Use, Effect: Allow, Principal: { AWS: '${A}:role/svc2' }, Action: 'kms:*', Resource: '*' }
          - { Sid: DenyOthers, Effect: Deny, NotPrincipal: { AWS: ['${A}:role/svc2', '${A}:root'] }, Action: 'kms:*', Resource: '*' }
`,
    ),
    rawKey(
      'raw-foreign-admin',
      `          - { Sid: Use, Effect: Allow, Principal: { AWS: '${A}:role/svc9' }, Action: 'kms:Decrypt', Resource: '*' }
          - { Sid: Foreign, Effect: Allow, Principal: { AWS: ['${B}:role/ext1', '${B}:root'] }, Action: 'kms:*', Resource: '*' }
`,
    ),
    rawKey(
      'raw-public',
      `          - { Sid: Anyone, Effect: Allow, Principal: '*', Action: 'kms:Decrypt', Resource: '*' }
          - { Sid: Use, Effect: Allow, Principal: { AWS: '${A}:role/svc11' }, Action: 'kms:*', Resource: '*' }
`,
    ),
    rawKey(
      'raw-context-like',
      `          - Sid: Use
            Effect: Allow
            Principal: { AWS: '${A}:role/svc12' }
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringEquals: { 'kms:EncryptionContext:app': 'orders' } }
          - Sid: DenyOthers
            Effect: Deny
            Principal: '*'
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringNotLike: { 'kms:EncryptionContext:app': 'ord*' } }
`,
    ),
    rawKey(
      'raw-context-like2',
      `          - Sid: Use
            Effect: Allow
            Principal: { AWS: '${A}:role/svc13' }
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringEquals: { 'kms:EncryptionContext:app': 'billing' } }
          - Sid: DenyOthers
            Effect: Deny
            Principal: '*'
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringNotLike: { 'kms:EncryptionContext:app': 'ord*' } }
`,
    ),
    rawKey(
      'raw-context-deny',
      `          - Sid: Use
            Effect: Allow
            Principal: { AWS: '${A}:role/svc14' }
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringEquals: { 'kms:EncryptionContext:app': 'orders' } }
          - Sid: DenyOthers
            Effect: Deny
            Principal: '*'
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringNotEquals: { 'kms:EncryptionContext:app': 'orders' } }
`,
    ),
    rawKey(
      'raw-context-deny2',
      `          - Sid: Use
            Effect: Allow
            Principal: { AWS: '${A}:role/svc15' }
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringEquals: { 'kms:EncryptionContext:app': 'billing' } }
          - Sid: DenyOthers
            Effect: Deny
            Principal: '*'
            Action: 'kms:Decrypt'
            Resource: '*'
            Condition: { StringNotEquals: { 'kms:EncryptionContext:app': 'other' } }
`,
    ),
    rawKey(
      'raw-caller-account',
      `          - Sid: Via
            Effect: Allow
            Principal: { AWS: '*' }
            Action: ['kms:Decrypt', 'kms:Encrypt']
            Resource: '*'
            Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }
          - { Sid: Admin, Effect: Allow, Principal: { AWS: '${A}:role/svc4' }, Action: 'kms:*', Resource: '*' }
`,
    ),
    rawKey(
      'raw-caller-account2',
      `          - Sid: Via
            Effect: Allow
            Principal: { AWS: '*' }
            Action: ['kms:Decrypt', 'kms:Encrypt']
            Resource: '*'
            Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }
          - { Sid: Admin, Effect: Allow, Principal: { AWS: '${A}:role/svc6' }, Action: 'kms:*', Resource: '*' }
`,
    ),
  );
  return `${HEADER}keys:\n${keys.join('')}`;
}

describe('policy shapes shared between keys', () => {
  it('gives every finding of a varied manifest exactly as linting each policy on its own does', () => {
    const desired = desiredOf(variedManifest());
    const shared = runLint(desired);
    const alone = runLint(desired, { sharePolicyShapes: false });

    expect(shared).toEqual(alone);
    // The manifest exercises the rules that name principals.
    const rules = new Set(shared.map((finding) => finding.rule));
    for (const rule of [
      'admin-user-overlap',
      'compliance-isolation',
      'missing-mfa-guard',
      'cross-account-access',
      'public-principal',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    // Each key's finding names its own user, never another key's.
    const isolation = shared.filter((finding) => finding.rule === 'compliance-isolation');
    expect(isolation.find((finding) => finding.key === 'pci7')?.message).toContain(
      `${A}:role/svc7`.toLowerCase(),
    );
    expect(isolation.find((finding) => finding.key === 'mixed-case-pci')?.message).toContain(
      `${A}:role/app-prod`,
    );
    expect(
      shared.find((finding) => finding.key === 'overlap2' && finding.rule === 'admin-user-overlap')
        ?.message,
    ).toContain('role/dual2');
  });

  it('gives two keys of one intent one shape, with each key`s name put back', () => {
    const policy = (name: string) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Users',
          Effect: 'Allow',
          Principal: { AWS: `${A}:role/${name}` },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ],
    });
    const scope = { account: '111122223333', partition: 'aws' };
    const first = abstractPolicyPrincipals(policy('svc1'), scope);
    const second = abstractPolicyPrincipals(policy('Other-Name'), scope);

    expect(first?.replaced).toBe(1);
    expect(first?.shape).toBe(second?.shape);
    expect(first?.shape).not.toContain('svc1');
    const placeholder = JSON.stringify(first?.raw).match(/role\/(\w+)/)?.[1] ?? '';
    expect(
      second?.restore({ message: `uses ${placeholder} and ${placeholder.toLowerCase()}` }),
    ).toEqual({
      message: 'uses Other-Name and other-name',
    });
    // A placeholder changed in any other way cannot be put back: the key is linted alone.
    expect(second?.restore(placeholder.toUpperCase())).toBeUndefined();
  });

  // `svc1` is the name that must stay as written in each case.
  it.each([
    ['a principal pattern', { AWS: [`${A}:role/svc1`, `${A}:role/app-*`] }, undefined],
    ['a principal of another account', { AWS: `${B}:role/svc1` }, undefined],
    [
      'a session of the role',
      { AWS: [`${A}:role/svc1`, 'arn:aws:sts::111122223333:assumed-role/svc1/alice'] },
      undefined,
    ],
    ['a role of another account', { AWS: [`${A}:role/svc1`, `${B}:role/svc1`] }, undefined],
    ['two spellings of one name', { AWS: [`${A}:role/svc1`, `${A}:role/SVC1`] }, undefined],
    ['a role with a path', { AWS: `${A}:role/team/svc1` }, undefined],
    [
      'a condition on the caller',
      { AWS: `${A}:role/svc1` },
      { StringEquals: { 'aws:userid': 'AROAEXAMPLE:x' } },
    ],
    [
      'a condition key naming the role',
      { AWS: `${A}:role/svc1` },
      { StringEquals: { 'kms:EncryptionContext:svc1': 'x' } },
    ],
    [
      'a policy variable',
      { AWS: `${A}:role/svc1` },
      { StringEquals: { 'kms:EncryptionContext:u': '${aws:username}' } },
    ],
  ])('keeps a role named in a policy with %s as written', (_label, principal, condition) => {
    const statement: Record<string, unknown> = {
      Sid: 'S',
      Effect: 'Allow',
      Principal: principal,
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    if (condition !== undefined) statement['Condition'] = condition;
    const document = { Version: '2012-10-17', Statement: [statement] };
    const abstracted = abstractPolicyPrincipals(document, {
      account: '111122223333',
      partition: 'aws',
    });

    expect(abstracted?.shape).toContain('svc1"');
  });

  it('shares names that occur only inside other replaced names or values, with each key`s findings', () => {
    const scope = { account: '111122223333', partition: 'aws' };
    const document = (a: string, b: string, context: string) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Admin',
          Effect: 'Allow',
          Principal: { AWS: [`${A}:role/${a}`, `${A}:user/${a}`] },
          Action: ['kms:PutKeyPolicy', 'kms:Decrypt'],
          Resource: '*',
        },
        {
          Sid: 'Use',
          Effect: 'Allow',
          Principal: { AWS: `${A}:role/${b}` },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringEquals: { 'kms:EncryptionContext:service': context } },
        },
      ],
    });
    const first = abstractPolicyPrincipals(document('app', 'app-admin', 'app'), scope);
    const second = abstractPolicyPrincipals(document('svc', 'reader', 'orders'), scope);
    expect(first?.replaced).toBe(4);
    expect(first?.shape).toBe(second?.shape);
    expect(first?.shape).not.toMatch(/"app|role\/app|user\/app/);
    // The findings of the shared shape, put back, are those of each policy linted alone.
    const manifest = `${HEADER}keys:\n${[
      ['one', 'app', 'app-admin', 'app'],
      ['two', 'svc', 'reader', 'orders'],
      ['three', 'svc1', 'svc10', 'svc1'],
    ]
      .map(
        ([key = '', a = '', b = '', context = '']) =>
          `  ${key}:\n    environment: production\n    service: s3\n    aliases: [alias/${key}]\n    policy:\n      document: ${JSON.stringify(document(a, b, context))}\n`,
      )
      .join('')}`;
    const desired = desiredOf(manifest);
    const shared = runLint(desired);
    expect(shared).toEqual(runLint(desired, { sharePolicyShapes: false }));
    const overlap = shared.filter((finding) => finding.rule === 'admin-user-overlap');
    expect(
      overlap.map((finding) => [finding.key, finding.message.match(/`([^`]+)`/)?.[1]]),
    ).toEqual(
      expect.arrayContaining([
        ['one', `${A}:role/app`],
        ['one', `${A}:user/app`],
        ['two', `${A}:role/svc`],
        ['three', `${A}:role/svc1`],
      ]),
    );
  });

  it('gives keys whose contexts differ in value one shape, unless a condition could relate the values otherwise', () => {
    const scope = { account: '111122223333', partition: 'aws' };
    const document = (value: string, other?: Record<string, unknown>) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `${A}:role/app` },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringEquals: { 'kms:EncryptionContext:service': value }, ...other },
        },
      ],
    });
    const shape = (value: string, other?: Record<string, unknown>) =>
      abstractPolicyPrincipals(document(value, other), scope)?.shape ?? '';
    expect(shape('svc1')).toBe(shape('svc2'));
    for (const other of [
      { StringLike: { 'kms:EncryptionContext:team': 'a*' } },
      { StringEqualsIgnoreCase: { 'kms:EncryptionContext:team': 'a' } },
      { NumericLessThan: { 'kms:EncryptionContext:n': '5' } },
    ]) {
      expect(shape('svc1', other), JSON.stringify(other)).toContain('"svc1"');
    }
    // A value that is also the name of the policy's role: each gets its own placeholder (the
    // rules compare principals and values only for equality, never with each other).
    expect(shape('app')).toBe(shape('svc1'));
  });

  it('still shares a policy whose `*` statement is conditioned on the account only', () => {
    const document = (name: string) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `${A}:role/${name}` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } },
        },
      ],
    });
    const scope = { account: '111122223333', partition: 'aws' };
    expect(abstractPolicyPrincipals(document('one'), scope)?.shape).toBe(
      abstractPolicyPrincipals(document('two'), scope)?.shape,
    );
  });
});
