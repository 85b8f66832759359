import { describe, expect, it } from 'vitest';
import { runLint } from '../../../core/lint/run-lint.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const OPTIONS = { repository: 'acme/keys', manifestPath: 'kms.yaml' };
const HEADER = `version: 1
defaults:
  region: us-east-1
  account: '111122223333'
  tags: { CostCenter: platform }
principals:
  admin: arn:aws:iam::111122223333:role/kms-admin
  app: arn:aws:iam::111122223333:role/app
  reader: arn:aws:iam::111122223333:role/reader
keys:
  k:
    environment: production
    service: s3
    aliases: [alias/prod-s3-k]
`;
/** Line 15 of every manifest below is the key's first added line. */
const FIRST = 15;

function read(body: string) {
  return readManifest('kms.yaml', `${HEADER}${body}`, OPTIONS);
}

function problemsOf(body: string): string[] {
  const result = read(body);
  return result.ok
    ? []
    : result.problems.map(
        (problem) => `${String(problem.line)}:${String(problem.column)} ${problem.message}`,
      );
}

describe('intent fields: existing manifests stay valid', () => {
  it('plain users compile to the same policy as before', () => {
    const result = read('    policy: { admins: [admin], users: [app] }\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sids = result.desired.keys[0]?.policy?.document.Statement.map((s) => s.Sid);
    expect(sids).toEqual([
      'EnableRootAccountBackstop',
      'KeyAdministrators',
      'KeyUsersCryptography',
      'KeyUsersDescribeKey',
      'KeyUsersGrantsForAwsResources',
      'DenyWithoutMfa',
    ]);
  });

  it('a group given every user action is a plain user', () => {
    const all =
      'CreateGrant, Decrypt, DescribeKey, Encrypt, GenerateDataKey, GenerateDataKeyPair, GenerateDataKeyPairWithoutPlaintext, GenerateDataKeyWithoutPlaintext, ListGrants, ReEncryptFrom, ReEncryptTo, RevokeGrant';
    const grouped = read(
      `    policy: { admins: [admin], users: [{ principals: [app], actions: [${all}] }] }\n`,
    );
    const plain = read('    policy: { admins: [admin], users: [app] }\n');
    expect(grouped.ok && plain.ok).toBe(true);
    if (!grouped.ok || !plain.ok) return;
    expect(grouped.desired.keys[0]?.policy?.document).toEqual(
      plain.desired.keys[0]?.policy?.document,
    );
  });
});

describe('intent fields: located errors', () => {
  it.each([
    {
      name: 'an action a symmetric key user cannot have',
      body: `    policy:
      admins: [admin]
      users:
        - principals: [reader]
          actions: [Decrypt, Sign, ScheduleKeyDeletion]
`,
      expected: [
        `${FIRST + 4}:30 \`kms:Sign\` is not an action of this key's users (a key of key_spec SYMMETRIC_DEFAULT, key_usage ENCRYPT_DECRYPT)`,
        `${FIRST + 4}:36 \`kms:ScheduleKeyDeletion\` is not an action of this key's users (a key of key_spec SYMMETRIC_DEFAULT, key_usage ENCRYPT_DECRYPT)`,
      ],
    },
    {
      name: 'decrypt on a signing key',
      body: `    key_spec: ECC_NIST_P256
    key_usage: SIGN_VERIFY
    policy:
      users: [{ principals: [reader], actions: [Verify, Decrypt] }]
`,
      expected: [
        `${FIRST + 3}:57 \`kms:Decrypt\` is not an action of this key's users (a key of key_spec ECC_NIST_P256, key_usage SIGN_VERIFY)`,
      ],
    },
    {
      name: 'a wildcard action',
      body: `    policy:
      users: [{ principals: [reader], actions: ['ReEncrypt*'] }]
`,
      expected: [`${FIRST + 1}:49 \`ReEncrypt*\` is not a KMS action`],
    },
    {
      name: 'an unknown principal in a group',
      body: `    policy:
      users: [{ principals: [nobody], actions: [Decrypt] }]
`,
      expected: [expect.stringMatching(new RegExp(`^${String(FIRST + 1)}:30 `))],
    },
    {
      name: 'an organisation id of the wrong form',
      body: `    policy:
      organization: o-ABC
`,
      expected: [
        expect.stringMatching(new RegExp(`^${String(FIRST + 1)}:21 .*invalid format: "o-ABC"`)),
      ],
    },
    {
      name: 'an OU path that is not an entity path',
      body: `    policy:
      organization: { paths: [ou-ab12-11111111] }
`,
      expected: [
        expect.stringMatching(
          new RegExp(`^${String(FIRST + 1)}:31 .*invalid format: "ou-ab12-11111111"`),
        ),
      ],
    },
    {
      name: 'an OU of another root',
      body: `    policy:
      organization: { paths: [o-a1b2c3d4e5/r-ab12/ou-cd34-11111111/] }
`,
      expected: [
        `${FIRST + 1}:31 organizational unit \`ou-cd34-11111111\` is not in root \`r-ab12\` of path \`o-a1b2c3d4e5/r-ab12/ou-cd34-11111111/\`: an OU id carries its root's id (\`ou-ab12-...\`)`,
      ],
    },
    {
      name: 'both id and paths',
      body: `    policy:
      organization: { id: o-a1b2c3d4e5, paths: [o-a1b2c3d4e5/r-ab12/] }
`,
      expected: [
        `${FIRST + 1}:21 organization takes \`id\` or \`paths\`, not both: each path starts with its organisation id`,
      ],
    },
    {
      name: 'an organisation narrowed to an action its members cannot have',
      body: `    policy:
      organization: { id: o-a1b2c3d4e5, actions: [Decrypt, PutKeyPolicy] }
`,
      expected: [
        `${FIRST + 1}:60 \`kms:PutKeyPolicy\` is not an action of this key's users (a key of key_spec SYMMETRIC_DEFAULT, key_usage ENCRYPT_DECRYPT)`,
      ],
    },
    {
      name: 'an invalid extra statement, at its line',
      body: `    policy:
      admins: [admin]
      extra_statements:
        - Sid: Extra
          Effect: Permit
          Principal: { AWS: arn:aws:iam::111122223333:role/app }
          Action: kms:Decrypt
          Resource: '*'
`,
      expected: [expect.stringMatching(new RegExp(`^${String(FIRST + 4)}:19 .*Effect`))],
    },
    {
      name: 'an extra statement with a generated Sid (in any case)',
      body: `    policy:
      admins: [admin]
      extra_statements:
        - Sid: keyadministrators
          Effect: Allow
          Principal: { AWS: arn:aws:iam::111122223333:role/app }
          Action: kms:DescribeKey
          Resource: '*'
`,
      expected: [
        `${FIRST + 3}:16 extra statement Sid "keyadministrators" is already the id of the generated statement "KeyAdministrators"`,
      ],
    },
  ])('$name', ({ body, expected }) => {
    expect(problemsOf(body)).toEqual(expected);
  });

  it.each([
    ['organization: o-ABC', 'o-a1b2c3d4e5'],
    ['organization: { paths: [ou-ab12-11111111] }', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'],
  ])('a malformed organisation (%s) is shown the form AWS writes', (line, example) => {
    const result = read(`    policy:\n      ${line}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.hint).toContain(example);
  });

  it('every error has a hint', () => {
    const result = read(`    policy:
      users: [{ principals: [reader], actions: [Sign] }]
      organization: { paths: [o-a1b2c3d4e5/r-ab12/ou-cd34-11111111/] }
      extra_statements: [{ Sid: DenyWithoutMfa, Effect: Allow, Principal: { AWS: arn:aws:iam::111122223333:role/app }, Action: kms:DescribeKey, Resource: '*' }]
`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    for (const problem of result.problems) expect(problem.hint).toBeTruthy();
  });
});

describe('intent fields: lint findings point at the manifest line', () => {
  function findingsOf(body: string) {
    const result = read(body);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return runLint(result.desired).map(
      (finding) => `${finding.rule} ${String(finding.line)}:${String(finding.column)}`,
    );
  }

  it('a public extra statement: public-principal at its Principal', () => {
    const findings = findingsOf(`    policy:
      admins: [admin]
      users: [app]
      extra_statements:
        - Sid: Everyone
          Effect: Allow
          Principal: '*'
          Action: kms:Decrypt
          Resource: '*'
`);
    expect(findings).toContain(`public-principal ${String(FIRST + 6)}:22`);
  });

  it('two extra statements with one Sid: invalid-policy at the second Sid', () => {
    const findings = findingsOf(`    policy:
      admins: [admin]
      users: [app]
      extra_statements:
        - { Sid: Extra, Effect: Allow, Principal: { AWS: arn:aws:iam::111122223333:role/app }, Action: kms:DescribeKey, Resource: '*' }
        - { Sid: Extra, Effect: Allow, Principal: { AWS: arn:aws:iam::111122223333:role/app }, Action: kms:GetKeyPolicy, Resource: '*' }
`);
    expect(findings).toContain(`invalid-policy ${String(FIRST + 5)}:18`);
  });

  it('the organisation: cross-account-access at `organization:`', () => {
    const findings = findingsOf(`    policy:
      admins: [admin]
      users: [app]
      organization: o-a1b2c3d4e5
`);
    expect(findings).toContain(`cross-account-access ${String(FIRST + 3)}:21`);
    expect(findings.filter((finding) => finding.startsWith('admin-user-overlap'))).toEqual([]);
    expect(findings.filter((finding) => finding.startsWith('public-principal'))).toEqual([]);
  });
});
