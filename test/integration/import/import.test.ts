import {
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  ScheduleKeyDeletionCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyPlan } from '../../../adapters/aws/apply-plan.ts';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../../core/manifest/desired-state.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestInput } from '../../../core/manifest/types.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import { KEY_ADMIN_ACTIONS } from '../../../core/policy/key-admin-actions.ts';
import { runCliCaptured } from '../../cli/run-cli-helper.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  operatorKms,
  prepare,
  PRODUCTION,
  REPOSITORY,
  ROLE,
  snapshotLiveState,
  type Workspace,
} from '../plan-apply/plan-apply-harness.ts';

const REGION = 'us-east-1';
const IMPORT = [
  'import',
  '--account',
  PRODUCTION,
  '--account-name',
  'production',
  '--role-to-assume',
  ROLE,
];
const role = (name: string, account = PRODUCTION) => `arn:aws:iam::${account}:role/${name}`;
const placement = { account: PRODUCTION, region: REGION };

/** AWS docs, "Default key policy": the console's key administrators statement. */
const CONSOLE_ADMIN_ACTIONS = [
  'kms:Create*',
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

/** The console's policy for a key with administrators and users (AWS docs, "Default key policy"). */
const consolePolicy = (actions: string[], adminActions: string[] = CONSOLE_ADMIN_ACTIONS) => ({
  Id: 'key-consolepolicy-3',
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PRODUCTION}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'Allow access for Key Administrators',
      Effect: 'Allow',
      Principal: { AWS: role('kms-admin') },
      Action: adminActions,
      Resource: '*',
    },
    {
      Sid: 'Allow use of the key',
      Effect: 'Allow',
      Principal: { AWS: role('reports-app') },
      Action: actions,
      Resource: '*',
    },
    {
      Sid: 'Allow attachment of persistent resources',
      Effect: 'Allow',
      Principal: { AWS: role('reports-app') },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
  ],
});

/** CloudWatch Logs' documented key policy: a service principal, which the intent form cannot name. */
const logsPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PRODUCTION}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'AllowCloudWatchLogs',
      Effect: 'Allow',
      Principal: { Service: `logs.${REGION}.amazonaws.com` },
      Action: [
        'kms:Encrypt*',
        'kms:Decrypt*',
        'kms:ReEncrypt*',
        'kms:GenerateDataKey*',
        'kms:Describe*',
      ],
      Resource: '*',
      Condition: {
        ArnLike: {
          'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${REGION}:${PRODUCTION}:log-group:*`,
        },
      },
    },
  ],
};

interface Created {
  id: string;
  arn: string;
}

async function create(
  kms: KMSClient,
  options: {
    description: string;
    policy?: unknown;
    tags?: Record<string, string>;
    aliases?: string[];
    keySpec?: 'HMAC_256';
  },
): Promise<Created> {
  const created = await kms.send(
    new CreateKeyCommand({
      Description: options.description,
      ...(options.policy === undefined ? {} : { Policy: JSON.stringify(options.policy) }),
      ...(options.keySpec === undefined
        ? {}
        : { KeySpec: options.keySpec, KeyUsage: 'GENERATE_VERIFY_MAC' }),
      Tags: Object.entries(options.tags ?? {}).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
    }),
  );
  const id = created.KeyMetadata?.KeyId ?? '';
  for (const alias of options.aliases ?? []) {
    await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: id }));
  }
  return { id, arn: created.KeyMetadata?.Arn ?? '' };
}

/** A varied account, made by hand as operators and other tools leave them. */
async function seedAccount(kms: KMSClient) {
  const generatedS3 = await create(kms, {
    description: 'S3 encryption - production',
    policy: generateKeyPolicy(
      {
        admins: [role('kms-admin')],
        users: [role('app-s3')],
        viaService: ['s3'],
        encryptionContext: { project: 'portfolio' },
        crossAccount: [
          {
            principal: role('AppRole', '222222222222'),
            actions: ['kms:Decrypt', 'kms:DescribeKey'],
          },
        ],
        requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
      },
      placement,
    ),
    tags: { Environment: 'production', Team: 'storage' },
    aliases: ['alias/prod-s3-encryption'],
  });
  await kms.send(
    new EnableKeyRotationCommand({ KeyId: generatedS3.id, RotationPeriodInDays: 180 }),
  );

  const awsDefault = await create(kms, {
    description: 'made in the console, default policy',
    tags: { Team: 'platform' },
    aliases: ['alias/legacy-ebs', 'alias/legacy/ebs-old'],
  });
  const console = await create(kms, {
    description: 'reports bucket',
    policy: consolePolicy([
      'kms:Encrypt',
      'kms:Decrypt',
      'kms:ReEncrypt*',
      'kms:GenerateDataKey*',
      'kms:DescribeKey',
    ]),
    aliases: ['alias/reports'],
  });
  await kms.send(
    new CreateGrantCommand({
      KeyId: console.id,
      Name: 'reports-export',
      GranteePrincipal: role('reports-export'),
      Operations: ['Decrypt', 'GenerateDataKey'],
      Constraints: { EncryptionContextSubset: { bucket: 'reports' } },
    }),
  );
  // Same access as a generated policy, other words: the console's layout, administrators
  // without CreateGrant, user actions spelled out instead of wildcards, under the 2008 policy
  // language version (spelled-out wildcards alone compare as equivalent; the version does
  // not change access without policy variables, but apply would write 2012-10-17).
  const spelledOut = await create(kms, {
    description: 'billing exports',
    policy: {
      ...consolePolicy(
        [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncryptFrom',
          'kms:ReEncryptTo',
          'kms:GenerateDataKey',
          'kms:GenerateDataKeyPair',
          'kms:GenerateDataKeyPairWithoutPlaintext',
          'kms:GenerateDataKeyWithoutPlaintext',
          'kms:DescribeKey',
        ],
        [...KEY_ADMIN_ACTIONS].reverse(),
      ),
      Version: '2008-10-17',
    },
    aliases: ['alias/billing'],
  });
  const logs = await create(kms, {
    description: 'CloudWatch Logs',
    policy: logsPolicy,
    aliases: ['alias/logs'],
  });
  const shared = await create(kms, {
    description: 'one key for everything',
    policy: generateKeyPolicy(
      {
        admins: [role('kms-admin')],
        users: [role('monolith')],
        viaService: ['ec2', 'rds', 's3'],
        encryptionContext: {},
        crossAccount: [],
        requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
      },
      placement,
    ),
  });
  const disabled = await create(kms, {
    description: 'old reports',
    aliases: ['alias/old-reports'],
  });
  await kms.send(new DisableKeyCommand({ KeyId: disabled.id }));
  const pending = await create(kms, { description: 'to be deleted', aliases: ['alias/doomed'] });
  await kms.send(new ScheduleKeyDeletionCommand({ KeyId: pending.id, PendingWindowInDays: 7 }));
  const hmac = await create(kms, { description: 'webhook signatures', keySpec: 'HMAC_256' });
  const foreign = await create(kms, {
    description: 'payments',
    tags: {
      [OWNERSHIP_TAG_MANIFEST]: 'acme/payments-keys/kms.yaml',
      [OWNERSHIP_TAG_KEY]: 'payments',
    },
  });
  return {
    generatedS3,
    awsDefault,
    console,
    spelledOut,
    logs,
    shared,
    disabled,
    pending,
    hmac,
    foreign,
  };
}

describeWithEmulator('import', () => {
  let workspace: Workspace;
  let kms: KMSClient;

  beforeEach(async () => {
    await resetEmulatorState();
    kms = await operatorKms(PRODUCTION);
    workspace = await createWorkspace();
  });
  afterEach(async () => {
    kms.destroy();
    await workspace.remove();
  });

  it('writes a manifest that adopts every customer managed key: plan shows only the adoption, apply converges to an empty plan', async () => {
    const keys = await seedAccount(kms);

    const run = await cli([...IMPORT, '--stats'], workspace.dir);
    expect(run.stderr).toContain('Imported 9 keys');
    expect(run.code).toBe(0);
    await workspace.write(run.stdout);

    const read = readManifest('kms.yaml', run.stdout, {
      repository: REPOSITORY,
      manifestPath: 'kms.yaml',
    });
    if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
    const manifest = parse(run.stdout) as ManifestInput;
    const byArn = new Map(
      Object.entries(manifest.keys).map(([name, key]) => [key.adopt ?? '', { name, key }]),
    );
    const entry = (created: Created) => {
      const found = byArn.get(created.arn);
      if (found === undefined) throw new Error(`${created.arn} not imported`);
      return found;
    };

    // Not imported: another manifest's key, listed in a comment. (moto has no AWS managed
    // keys and refuses `alias/aws/` aliases: the unit tests cover their listing.)
    expect(byArn.has(keys.foreign.arn)).toBe(false);
    expect(run.stdout).toContain(`${keys.foreign.arn}  (acme/payments-keys/kms.yaml)`);
    expect(manifest.accounts).toEqual({
      production: PRODUCTION,
      'account-222222222222': '222222222222',
    });
    expect(manifest.principals).toMatchObject({
      'kms-admin': role('kms-admin'),
      'app-s3': role('app-s3'),
      AppRole: role('AppRole', '222222222222'),
      'reports-app': role('reports-app'),
      'reports-export': role('reports-export'),
    });

    // Logical names from aliases, else the key id.
    expect(entry(keys.generatedS3).name).toBe('prod-s3-encryption');
    expect(entry(keys.awsDefault).name).toBe('legacy-ebs');
    expect(entry(keys.shared).name).toBe(`key-${keys.shared.id.replace(/-/g, '').slice(0, 8)}`);

    expect(entry(keys.generatedS3).key).toMatchObject({
      description: 'S3 encryption - production',
      environment: 'production',
      service: 's3',
      rotation: { enabled: true },
      aliases: ['alias/prod-s3-encryption'],
      tags: { Environment: 'production', Team: 'storage' },
      policy: {
        admins: ['kms-admin'],
        users: ['app-s3'],
        via_service: ['s3'],
        encryption_context: { project: 'portfolio' },
        cross_account: [{ principal: 'AppRole', actions: ['Decrypt', 'DescribeKey'] }],
      },
    });
    // AWS's default key policy: the root backstop alone, no MFA guard.
    expect(entry(keys.awsDefault).key).toMatchObject({
      aliases: ['alias/legacy-ebs', 'alias/legacy/ebs-old'],
      rotation: { enabled: false },
      policy: { require_mfa_for: [] },
    });
    // The console's administrators statement stays as written: its administrators may
    // CreateGrant (kms:Create*), which generated administrators cannot (issue 12.6); the
    // users are generated. Its grant is declared.
    expect(entry(keys.console).key.policy).toMatchObject({ users: ['reports-app'] });
    expect(entry(keys.console).key.policy).toHaveProperty('extra_statements');
    expect(run.stdout).toMatch(
      /stays as written under extra_statements.*administrator arn:aws:iam::\d{12}:role\/kms-admin may call kms:CreateGrant/,
    );
    expect(entry(keys.console).key).toMatchObject({
      grants: [
        {
          name: 'reports-export',
          grantee: 'reports-export',
          operations: ['Decrypt', 'GenerateDataKey'],
          encryption_context_subset: { bucket: 'reports' },
        },
      ],
    });
    // Same access in other words: the live document stays, the intent form is offered in a comment.
    expect(entry(keys.spelledOut).key.policy).toHaveProperty('document');
    expect(run.stdout).toMatch(
      /# policy kept as the live document\. The intent form below gives every principal the same access.*\n\s*#\s+policy:\n\s*#\s+admins: \[kms-admin\]\n\s*#\s+users: \[reports-app\]/,
    );
    // Its log-group condition is not the one `services: [logs]` generates: kept as written.
    expect(entry(keys.logs).key.policy).toHaveProperty('extra_statements');
    expect(run.stdout).toMatch(
      /stays as written under extra_statements.*statement "AllowCloudWatchLogs" names a Service principal/,
    );
    expect(entry(keys.shared).key.policy).toMatchObject({ via_service: ['ec2', 'rds', 's3'] });
    expect(run.stdout).toContain(
      '# this key serves 3 services (ec2, rds, s3): consider one key per service.',
    );
    expect(entry(keys.disabled).key.state).toBe('disabled');
    expect(entry(keys.pending).key).toMatchObject({ state: 'pending_deletion' });
    expect(run.stdout).toMatch(/# pending deletion: KMS deletes it on \d{4}-\d{2}-\d{2}\./);
    expect(entry(keys.hmac).key).toMatchObject({
      key_spec: 'HMAC_256',
      key_usage: 'GENERATE_VERIFY_MAC',
    });
    expect(entry(keys.hmac).key.rotation).toBeUndefined();
    expect(run.stderr).toMatch(/AWS API calls: \d+/);

    // plan: the adoption tagging of every key not pending deletion, nothing else.
    const before = await prepare('kms.yaml', workspace.dir);
    try {
      expect(before.plan.problems).toEqual([]);
      expect(before.plan.changes.map((change) => change.action)).toEqual(
        Array<string>(8).fill('adopt'),
      );
      const result = await applyPlan(before.plan, {
        clients: before.clients,
        allowDestructive: false,
        consistency: { timeoutMs: 2_000, initialDelayMs: 50 },
      });
      expect(result.failed).toBeUndefined();
      expect(result.applied).toHaveLength(8);
    } finally {
      before.clients.destroy();
    }

    const after = await prepare('kms.yaml', workspace.dir);
    try {
      expect(after.plan.problems).toEqual([]);
      expect(after.plan.changes).toEqual([]);
    } finally {
      after.clients.destroy();
    }
    const live = await snapshotLiveState([PRODUCTION]);
    const adopted = live.filter((key) => key.manifest === `${REPOSITORY}/kms.yaml`);
    expect(adopted.map((key) => key.name).sort()).toEqual(
      Object.entries(manifest.keys)
        .filter(([, key]) => key.state !== 'pending_deletion')
        .map(([name]) => name)
        .sort(),
    );
  });

  it('importing again after the adoption keeps every logical name and writes the same manifest', async () => {
    await seedAccount(kms);
    const first = await cli(IMPORT, workspace.dir);
    expect(first.code).toBe(0);
    await workspace.write(first.stdout);
    const prepared = await prepare('kms.yaml', workspace.dir);
    try {
      await applyPlan(prepared.plan, { clients: prepared.clients, allowDestructive: false });
    } finally {
      prepared.clients.destroy();
    }

    const second = await cli(IMPORT, workspace.dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('--rewrite-policies writes the intent form whenever access is the same: plan rewrites that policy, nobody gains or loses', async () => {
    const keys = await seedAccount(kms);
    const run = await cli([...IMPORT, '--rewrite-policies'], workspace.dir);
    expect(run.code).toBe(0);
    const manifest = parse(run.stdout) as ManifestInput;
    const spelledOut = Object.values(manifest.keys).find(
      (key) => key.adopt === keys.spelledOut.arn,
    );
    expect(spelledOut?.policy).toEqual({
      admins: ['kms-admin'],
      users: ['reports-app'],
      require_mfa_for: [],
    });
    await workspace.write(run.stdout);

    const prepared = await prepare('kms.yaml', workspace.dir);
    try {
      const policyChanges = prepared.plan.changes.filter(
        (change) => change.action === 'update-policy',
      );
      expect(policyChanges.map((change) => change.address)).toEqual(['key.billing']);
      expect(policyChanges[0]).toMatchObject({ risk: 'safe', access: [] });
    } finally {
      prepared.clients.destroy();
    }
  });

  it('says there is nothing to import when every key belongs to another manifest', async () => {
    await create(kms, {
      description: 'payments',
      tags: { [OWNERSHIP_TAG_MANIFEST]: 'acme/payments-keys/kms.yaml' },
    });
    const run = await cli(IMPORT, workspace.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('nothing to import');
    expect(run.stderr).toContain('(1 managed elsewhere)');
  });

  it('refuses credentials of another account before reading any key', async () => {
    await seedAccount(kms);
    // Ambient credentials are moto's default account, not production.
    const run = await cli(['import', '--account', PRODUCTION], workspace.dir);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`keys in the manifest live in account ${PRODUCTION}`);
  });
});

describe('import usage', () => {
  it('prints its help', async () => {
    const run = await runCliCaptured(['import', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: kms-action import');
    expect(run.stdout).toContain('--rewrite-policies');
  });

  it.each([
    [
      ['import', '--region', 'us-east-1', '--account-name', 'prod uction'],
      /--account-name must be/,
    ],
    [['import', '--region', 'us-east-1', '--account', '123'], /--account must be a 12-digit/],
    [['import', '--region', 'mars'], /--region must be an AWS Region code/],
    [['import'], /--region is required/],
  ])('refuses bad usage with exit 2: %j', async (argv, message) => {
    const run = await runCliCaptured(argv, { env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
