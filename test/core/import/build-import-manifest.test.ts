import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AccountKeys } from '../../../core/import/account-keys.ts';
import { buildImportManifest } from '../../../core/import/build-import-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestInput } from '../../../core/manifest/types.ts';
import type { LiveKey } from '../../../core/plan/live-state.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import { KEY_ADMIN_ACTIONS } from '../../../core/policy/key-admin-actions.ts';
import { policiesEquivalent } from '../../../core/policy/policies-equivalent.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const OPTIONS = { repository: 'acme/keys', manifestPath: 'kms.yaml', accountName: 'production' };
const role = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const arnOf = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const id = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;

const awsDefault: KeyPolicyDocument = {
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};

function liveKey(n: number, fields: Partial<LiveKey> = {}): LiveKey {
  const keyId = id(n);
  return {
    arn: arnOf(keyId),
    id: keyId,
    account: ACCOUNT,
    region: REGION,
    description: `key ${String(n)}`,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: false,
    rotation: { enabled: true, periodInDays: 180 },
    policy: awsDefault,
    policyText: JSON.stringify(awsDefault),
    tags: {},
    aliases: [],
    grants: [],
    ownership: undefined,
    ...fields,
  };
}

const alias = (name: string, n: number) => ({
  name,
  arn: `arn:aws:kms:${REGION}:${ACCOUNT}:${name}`,
  targetKeyId: id(n),
});

const generated = generateKeyPolicy(
  {
    admins: [role('kms-admin')],
    users: [role('app-s3')],
    viaService: ['s3'],
    encryptionContext: { project: 'portfolio' },
    crossAccount: [{ principal: role('AppRole', '222222222222'), actions: ['kms:Decrypt'] }],
    requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
  },
  { account: ACCOUNT, region: REGION },
);
const servicePolicy: KeyPolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    ...awsDefault.Statement,
    {
      Sid: 'AllowCloudTrail',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
    },
  ],
};

const listing: AccountKeys = {
  account: ACCOUNT,
  region: REGION,
  partition: 'aws',
  keys: [
    liveKey(1, {
      policy: generated,
      aliases: [alias('alias/prod-s3', 1)],
      tags: {
        Environment: 'production',
        Team: 'storage',
        'kms-action:manifest': 'acme/keys/kms.yaml',
        'kms-action:key': 'prod-s3',
        'aws:cloudformation:stack-name': 'old',
      },
      ownership: { manifest: 'acme/keys/kms.yaml', key: 'prod-s3' },
      grants: [
        {
          grantId: 'g1',
          name: 'export',
          granteePrincipal: role('exporter'),
          operations: ['Decrypt'],
          encryptionContextSubset: { project: 'portfolio' },
        },
        { grantId: 'g2', granteePrincipal: role('ebs'), operations: ['Decrypt'] },
      ],
    }),
    liveKey(2, { aliases: [alias('alias/legacy', 2)], rotation: { enabled: false } }),
    liveKey(3, { policy: servicePolicy, aliases: [alias('alias/trail', 3)] }),
    liveKey(4, {
      state: 'PendingDeletion',
      deletionDate: '2030-01-31T00:00:00.000Z',
      pendingDeletionWindowInDays: 7,
    }),
    liveKey(5, { state: 'Disabled', tags: { 'bad#tag': 'x' } }),
    liveKey(6, { policy: undefined, policyText: undefined, rotation: undefined }),
    liveKey(7, {
      keySpec: 'HMAC_256',
      keyUsage: 'GENERATE_VERIFY_MAC',
      rotation: undefined,
    }),
    liveKey(8, {
      tags: { 'kms-action:manifest': 'acme/payments/kms.yaml', 'kms-action:key': 'pay' },
      ownership: { manifest: 'acme/payments/kms.yaml', key: 'pay' },
    }),
  ],
  awsManaged: [
    { id: id(90), arn: arnOf(id(90)), aliases: ['alias/aws/ebs'] },
    {
      id: id(91),
      arn: arnOf(id(91)),
      aliases: ['alias/aws/s3'],
      description: 'Default key for S3',
    },
  ],
  aliases: [alias('alias/legacy', 2), alias('alias/prod-s3', 1), alias('alias/trail', 3)],
};

describe('buildImportManifest', () => {
  const result = buildImportManifest(listing, OPTIONS);
  const manifest = parse(result.yaml) as ManifestInput;

  it('writes a valid manifest whose data equals the returned object', () => {
    const read = readManifest('kms.yaml', result.yaml, OPTIONS);
    expect(read.ok ? [] : read.problems).toEqual([]);
    expect(manifest).toEqual(result.manifest);
  });

  it('adopts every customer managed key not owned by another manifest, named after alias, tag or id', () => {
    expect(Object.keys(manifest.keys).sort()).toEqual([
      'key-00000004',
      'key-00000005',
      'key-00000006',
      'key-00000007',
      'legacy',
      'prod-s3',
      'trail',
    ]);
    for (const key of Object.values(manifest.keys)) expect(key.adopt).toMatch(/^arn:aws:kms:/);
    expect(result.skipped).toEqual([{ arn: arnOf(id(8)), owner: 'acme/payments/kms.yaml' }]);
    expect(result.yaml).toContain(`#   ${arnOf(id(8))}  (acme/payments/kms.yaml)`);
  });

  it('writes description, rotation, state, tags without ownership or aws: tags, aliases and grants', () => {
    expect(manifest.keys['prod-s3']).toEqual({
      adopt: arnOf(id(1)),
      environment: 'production',
      service: 's3',
      description: 'key 1',
      rotation: { enabled: true, period_in_days: 180 },
      aliases: ['alias/prod-s3'],
      tags: { Environment: 'production', Team: 'storage' },
      policy: {
        admins: ['kms-admin'],
        users: ['app-s3'],
        via_service: ['s3'],
        encryption_context: { project: 'portfolio' },
        cross_account: [{ principal: 'AppRole', actions: ['Decrypt'] }],
      },
      grants: [
        {
          name: 'export',
          grantee: 'exporter',
          operations: ['Decrypt'],
          encryption_context_subset: { project: 'portfolio' },
        },
      ],
    });
    expect(manifest.keys['legacy']).toMatchObject({
      rotation: { enabled: false },
      policy: { require_mfa_for: [] },
    });
    expect(manifest.keys['key-00000004']).toMatchObject({
      state: 'pending_deletion',
      deletion_window_in_days: 7,
    });
    expect(manifest.keys['key-00000005']?.state).toBe('disabled');
    expect(manifest.keys['key-00000007']).toMatchObject({
      key_spec: 'HMAC_256',
      key_usage: 'GENERATE_VERIFY_MAC',
    });
    expect(manifest.keys['key-00000007']?.rotation).toBeUndefined();
  });

  // CreateKey API reference: RSA keys take ENCRYPT_DECRYPT or SIGN_VERIFY, so the manifest
  // states the usage of every asymmetric key; EnableKeyRotation: keys with imported key
  // material never rotate automatically.
  it('writes the usage of every asymmetric key and the origin of imported key material, valid again', () => {
    const keys = {
      ...listing,
      keys: [
        liveKey(21, { keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT', rotation: undefined }),
        liveKey(22, { origin: 'EXTERNAL', rotation: { enabled: false } }),
        liveKey(23, {
          keySpec: 'ECC_NIST_P256',
          keyUsage: 'SIGN_VERIFY',
          rotation: undefined,
          policy: generateKeyPolicy(
            {
              admins: [role('admin')],
              users: [role('app')],
              viaService: [],
              encryptionContext: {},
              crossAccount: [],
              requireMfaFor: [],
            },
            { account: ACCOUNT, region: REGION, keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' },
          ),
        }),
      ],
      awsManaged: [],
    };
    const imported = buildImportManifest(keys, OPTIONS);
    const read = readManifest('kms.yaml', imported.yaml, OPTIONS);
    expect(read.ok ? [] : read.problems).toEqual([]);
    expect(imported.manifest.keys['key-00000021']).toMatchObject({
      key_spec: 'RSA_2048',
      key_usage: 'ENCRYPT_DECRYPT',
    });
    expect(imported.manifest.keys['key-00000022']).toMatchObject({ origin: 'EXTERNAL' });
    expect(imported.manifest.keys['key-00000022']?.rotation).toBeUndefined();
    // The generated policy of a signing key is read back as its intent.
    expect(imported.manifest.keys['key-00000023']?.policy).toEqual({
      admins: ['admin'],
      users: ['app'],
      require_mfa_for: [],
    });
  });

  it('names principals and accounts', () => {
    expect(manifest.accounts).toEqual({
      production: ACCOUNT,
      'account-222222222222': '222222222222',
    });
    expect(manifest.principals).toEqual({
      AppRole: role('AppRole', '222222222222'),
      'app-s3': role('app-s3'),
      exporter: role('exporter'),
      'kms-admin': role('kms-admin'),
    });
    expect(manifest.defaults).toEqual({ account: 'production', region: REGION });
  });

  it('keeps a statement the intent form cannot express as written under extra_statements, and says why', () => {
    const policy = manifest.keys['trail']?.policy;
    expect(policy !== undefined && 'extra_statements' in policy).toBe(true);
    if (policy === undefined || 'document' in policy) return;
    expect(policy.extra_statements).toEqual([servicePolicy.Statement[1]]);
    expect(result.yaml).toMatch(
      /# policy: 1 statement stays as written under extra_statements .*: statement "AllowCloudTrail" names a Service principal/,
    );
    expect(result.keys.find((key) => key.name === 'trail')?.policy).toBe('intent');
    const read = readManifest('kms.yaml', result.yaml, OPTIONS);
    const compiled = read.ok
      ? read.desired.keys.find((key) => key.name === 'trail')?.policy?.document
      : undefined;
    expect(compiled !== undefined && policiesEquivalent(compiled, servicePolicy)).toBe(true);
  });

  it('comments where a human should decide', () => {
    const notes = (name: string) =>
      (result.keys.find((key) => key.name === name)?.notes ?? []).join('\n');
    expect(notes('key-00000004')).toMatch(/pending deletion: KMS deletes it on 2030-01-31/);
    expect(notes('key-00000005')).toMatch(/^disabled: every use of it fails/m);
    expect(notes('key-00000006')).toMatch(/the key policy could not be read/);
    expect(notes('legacy')).toMatch(/no MFA guard/);
    expect(notes('legacy')).toMatch(/lint rotation-disabled \(warning\)/);
    const plan = (name: string) =>
      (result.keys.find((key) => key.name === name)?.planNotes ?? []).join('\n');
    expect(plan('prod-s3')).toMatch(/grant g2 to .*role\/ebs \(Decrypt\) has no name/);
    expect(plan('key-00000005')).toMatch(
      /tag "bad#tag" has characters the manifest does not accept/,
    );
    expect(result.yaml).toMatch(/\n {2}# plan: grant g2/);
  });

  it('lists AWS managed keys in a comment and never imports them', () => {
    expect(result.yaml).toMatch(/# AWS managed keys in us-east-1, not imported/);
    expect(result.yaml).toContain(`#   alias/aws/ebs  ${arnOf(id(90))}\n`);
    expect(result.yaml).toContain(`#   alias/aws/s3  ${arnOf(id(91))}  Default key for S3`);
    const adopted = Object.values(manifest.keys).map((key) => key.adopt);
    expect(adopted).not.toContain(arnOf(id(90)));
  });

  it('comments on a key that serves several services', () => {
    const shared = generateKeyPolicy(
      {
        admins: [],
        users: [role('monolith')],
        viaService: ['ec2', 'rds', 's3'],
        encryptionContext: {},
        crossAccount: [],
        requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
      },
      { account: ACCOUNT, region: REGION },
    );
    const built = buildImportManifest(
      { ...listing, keys: [liveKey(1, { policy: shared })], awsManaged: [] },
      OPTIONS,
    );
    expect(built.yaml).toContain(
      '# this key serves 3 services (ec2, rds, s3): consider one key per service.',
    );
  });

  it('is deterministic: the same keys in another order give the same text', () => {
    const reversed = buildImportManifest(
      { ...listing, keys: [...listing.keys].reverse() },
      OPTIONS,
    );
    expect(reversed.yaml).toBe(result.yaml);
  });

  it('writes the intent form for a same-access policy only with rewritePolicies', () => {
    // The generated administrators' grant, under the 2008 policy language version: the same
    // access (no policy variables), but apply would write the 2012 version.
    const otherWords: KeyPolicyDocument = {
      ...awsDefault,
      Version: '2008-10-17',
      Statement: [
        ...awsDefault.Statement,
        {
          Effect: 'Allow',
          Principal: { AWS: role('admin') },
          Action: KEY_ADMIN_ACTIONS,
          Resource: '*',
        },
      ],
    };
    const input = { ...listing, keys: [liveKey(1, { policy: otherWords })], awsManaged: [] };
    const kept = buildImportManifest(input, OPTIONS);
    expect(kept.keys[0]?.policy).toBe('document');
    expect(kept.yaml).toMatch(/#\s+policy:\n\s*#\s+admins: \[admin\]/);
    const rewritten = buildImportManifest(input, { ...OPTIONS, rewritePolicies: true });
    expect(rewritten.keys[0]?.policy).toBe('intent-rewritten');
    expect(rewritten.manifest.keys['key-00000001']?.policy).toEqual({
      admins: ['admin'],
      require_mfa_for: [],
    });
    expect(rewritten.keys[0]?.planNotes.join()).toMatch(/first apply rewrites the key policy/);
  });

  it('refuses an account name the manifest cannot hold', () => {
    expect(() => buildImportManifest(listing, { ...OPTIONS, accountName: 'prod uction' })).toThrow(
      /account name must be letters, digits/,
    );
  });
});

describe('buildImportManifest: a live policy text with a repeated name', () => {
  // RFC 8259 section 4: JSON.parse keeps the last of a repeated name, AWS may read the first.
  it('leaves `policy:` out and says where the name repeats', () => {
    const text = JSON.stringify(awsDefault, null, 2).replace(
      '"Effect": "Allow",',
      '"Effect": "Deny",\n      "Effect": "Allow",',
    );
    expect(JSON.parse(text)).toEqual(awsDefault);
    const result = buildImportManifest(
      { ...listing, keys: [liveKey(1, { policyText: text })], awsManaged: [] },
      OPTIONS,
    );
    const [key] = result.keys;
    expect(key?.notes.join('\n')).toContain(
      'the live key policy text has `Effect` twice in one object (line 7, column 7 and line 8, column 7): JSON readers differ on which one counts (RFC 8259 section 4), so its meaning is uncertain: `policy:` left out, so kms-action does not manage it.',
    );
    expect(parse(result.yaml)).not.toHaveProperty(['keys', key?.name ?? '', 'policy']);
  });
});

/**
 * Attack: whoever can put a key policy in the account writes a statement id with an escape
 * sequence, a C1 control (U+009B, 8-bit CSI), a line break or a bidi override. The Sid is quoted
 * in the comment above the key (`statement "..." uses NotAction`) and kept in the data: the
 * comment let everything but CR/LF through, and the yaml library writes C1 controls, DEL and
 * format characters raw even in double quotes, so `import` printed them to the terminal, and
 * its own manifest reader refused the text: one key made the whole import fail as an internal
 * error. Comments now show them as [U+XXXX], data holds them as `\uXXXX` escapes.
 */
describe('buildImportManifest: live text with control characters', () => {
  const hostileSid =
    'Deny\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001b[2J\u009b31m\u007f\n  ::error::x\u202e\u2028\u200b\u{e0041}';
  const policy: KeyPolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      ...awsDefault.Statement,
      {
        Sid: hostileSid,
        Effect: 'Allow',
        Principal: { AWS: role('app') },
        NotAction: 'kms:ScheduleKeyDeletion',
        Resource: '*',
      },
    ],
  };
  const hostileListing: AccountKeys = {
    ...listing,
    keys: [
      liveKey(1, {
        policy,
        policyText: JSON.stringify(policy),
        description: 'S3\u009b2J\u202eevil\r\n::stop-commands::x',
      }),
      // A long value with a line break: never a block scalar or a folded line of its own.
      liveKey(2, { description: `${'x'.repeat(60)}\n::stop-commands::pwned\n${'y'.repeat(60)}` }),
    ],
    awsManaged: [
      {
        id: id(90),
        arn: arnOf(id(90)),
        aliases: ['alias/aws/s3'],
        description: 'x\u009by\n::error::z',
      },
    ],
  };

  it('imports the key, shows them in comments and escapes them in the data', () => {
    const result = buildImportManifest(hostileListing, OPTIONS);
    expect(result.yaml).toContain('uses NotAction');
    expect(result.yaml).toContain('Deny[U+001B]]8;;https://evil.example/[U+0007]click');
    expect(result.yaml).toContain('description: "S3\\u009B2J\\u202Eevil\\r\\n::stop-commands::x"');
    // Nothing a terminal acts on, no line of its own from live text.
    expect(result.yaml).not.toMatch(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b\u200e\u202e]|\u{e0041}/u,
    );
    expect(result.yaml).not.toMatch(/^\s*(#\s*)?::/m);
    // The text reads back as a valid manifest holding the live values as they are.
    const read = readManifest('kms.yaml', result.yaml, OPTIONS);
    expect(read.ok ? [] : read.problems).toEqual([]);
    expect(parse(result.yaml)).toEqual(result.manifest);
    const [key, long] = Object.values(result.manifest.keys);
    expect(key?.description).toBe('S3\u009b2J\u202eevil\r\n::stop-commands::x');
    expect(long?.description).toMatch(/^x+\n::stop-commands::pwned\ny+$/);
    expect(JSON.stringify(key?.policy)).toContain(JSON.stringify(hostileSid));
  });
});
