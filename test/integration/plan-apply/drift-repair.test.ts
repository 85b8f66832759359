import {
  CreateGrantCommand,
  CreateKeyCommand,
  DisableKeyCommand,
  GetKeyPolicyCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  keyIdOf,
  managedKeyIds,
  operatorKms,
  PRODUCTION,
  REPO_ROOT,
  ROLE,
  snapshotLiveState,
  STAGING,
  type KeySnapshot,
  type Workspace,
} from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

interface PlanJson {
  changes: {
    address: string;
    action: string;
    risk: string;
    before: unknown;
    after: unknown;
    window_in_days?: number;
    access?: { principal: string; action: string; change: string }[];
  }[];
  problems: { code: string; key: string; message: string; help: string }[];
}

async function planJson(
  file: string,
  cwd: string,
): Promise<{ code: number; plan: PlanJson; stderr: string }> {
  const run = await cli(
    ['plan', '-f', file, '--format', 'json', '--detailed-exitcode', ...AWS],
    cwd,
  );
  return { code: run.code, plan: JSON.parse(run.stdout) as PlanJson, stderr: run.stderr };
}

function summary(plan: PlanJson): string[] {
  return plan.changes.map((change) => `${change.address} ${change.action} ${change.risk}`).sort();
}

function owned(snapshot: KeySnapshot[]): KeySnapshot[] {
  return snapshot.filter((key) => key.manifest !== undefined);
}

describeWithEmulator('drift: out-of-band changes are planned with their risk and repaired', () => {
  const MANIFEST = 'examples/kms.yaml';
  let production: KMSClient;
  let staging: KMSClient;

  // Sessions after the reset: moto forgets the sessions it issued before.
  beforeEach(async () => {
    await resetEmulatorState();
    production = await operatorKms(PRODUCTION);
    staging = await operatorKms(STAGING);
  });
  afterEach(() => {
    production.destroy();
    staging.destroy();
  });

  it('repairs a disabled key, a key scheduled for deletion, a stray alias target, tags and a policy', async () => {
    expect((await cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT)).code).toBe(
      0,
    );
    const applied = await snapshotLiveState([PRODUCTION, STAGING]);
    const ids = await managedKeyIds(production);
    const rds = ids.get('prod-rds') ?? '';
    const payments = ids.get('prod-payments') ?? '';
    const s3 = ids.get('prod-s3') ?? '';
    const stagingS3 = await keyIdOf(staging, 'staging-s3');

    // Out of band, as someone with console access would.
    await production.send(new DisableKeyCommand({ KeyId: rds }));
    await production.send(
      new ScheduleKeyDeletionCommand({ KeyId: payments, PendingWindowInDays: 7 }),
    );
    const stray = await production.send(new CreateKeyCommand({ Description: 'stray' }));
    const strayId = stray.KeyMetadata?.KeyId ?? '';
    await production.send(
      new UpdateAliasCommand({ AliasName: 'alias/prod-s3-encryption', TargetKeyId: strayId }),
    );
    await production.send(
      new TagResourceCommand({ KeyId: s3, Tags: [{ TagKey: 'Owner', TagValue: 'someone' }] }),
    );
    await staging.send(new UntagResourceCommand({ KeyId: stagingS3, TagKeys: ['CostCenter'] }));
    const policy = JSON.parse(
      (await production.send(new GetKeyPolicyCommand({ KeyId: s3, PolicyName: 'default' })))
        .Policy ?? '{}',
    ) as { Statement: unknown[] };
    policy.Statement.push({
      Sid: 'AddedByHand',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PRODUCTION}:role/stray` },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    await production.send(
      new PutKeyPolicyCommand({ KeyId: s3, PolicyName: 'default', Policy: JSON.stringify(policy) }),
    );

    const { code, plan, stderr } = await planJson(MANIFEST, REPO_ROOT);
    expect(stderr).toBe('');
    expect(code).toBe(3);
    expect(plan.problems).toEqual([]);
    expect(summary(plan)).toEqual(
      [
        'key.prod-rds enable safe',
        'key.prod-payments cancel-deletion safe',
        'key.prod-payments enable safe',
        'alias.alias/prod-s3-encryption retarget disruptive',
        // A removed tag can break aws:ResourceTag conditions; an added one cannot.
        'key.prod-s3 tag disruptive',
        'key.staging-s3 tag safe',
        // The stray principal loses kms:Decrypt.
        'key.prod-s3 update-policy disruptive',
      ].sort(),
    );
    const byAddressAction = new Map(
      plan.changes.map((change) => [`${change.address} ${change.action}`, change]),
    );
    expect(byAddressAction.get('alias.alias/prod-s3-encryption retarget')).toMatchObject({
      before: strayId,
      after: 'prod-s3',
    });
    expect(byAddressAction.get('key.prod-s3 tag')).toMatchObject({ set: {}, remove: ['Owner'] });
    expect(byAddressAction.get('key.staging-s3 tag')).toMatchObject({
      set: { CostCenter: 'platform' },
      remove: [],
    });
    expect(byAddressAction.get('key.prod-s3 update-policy')?.access).toContainEqual(
      expect.objectContaining({
        principal: `arn:aws:iam::${PRODUCTION}:role/stray`,
        action: 'kms:Decrypt',
        change: 'loses',
      }),
    );

    const repair = await cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT);
    expect(repair.stderr).toBe('');
    expect(repair.code).toBe(0);
    expect(repair.stdout).toContain('Applied 7 changes.');
    expect((await planJson(MANIFEST, REPO_ROOT)).code).toBe(0);
    expect(owned(await snapshotLiveState([PRODUCTION, STAGING]))).toEqual(applied);
  });

  it('sees no drift in a policy KMS returns reordered or reformatted', async () => {
    expect((await cli(['apply', '-f', MANIFEST, '--auto-approve', ...AWS], REPO_ROOT)).code).toBe(
      0,
    );
    const s3 = await keyIdOf(production, 'prod-s3');
    const policy = JSON.parse(
      (await production.send(new GetKeyPolicyCommand({ KeyId: s3, PolicyName: 'default' })))
        .Policy ?? '{}',
    ) as { Statement: { Action: string | string[] }[] };
    const reordered = {
      ...policy,
      Statement: [...policy.Statement].reverse().map((statement) => ({
        ...statement,
        Action: Array.isArray(statement.Action)
          ? [...statement.Action].reverse()
          : [statement.Action],
      })),
    };
    await production.send(
      new PutKeyPolicyCommand({
        KeyId: s3,
        PolicyName: 'default',
        Policy: JSON.stringify(reordered, null, 4),
      }),
    );
    const { code, plan } = await planJson(MANIFEST, REPO_ROOT);
    expect(plan.changes).toEqual([]);
    expect(code).toBe(0);
  });
});

const MANAGED = (keys: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  deletion_window_in_days: 7
  tags: { ManagedBy: kms-action }
  policy:
    admins: [kms-admin]
    require_mfa_for: []
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  app-role: arn:aws:iam::${PRODUCTION}:role/app
keys:
${keys}`;

// A key's own `policy:` (even empty) opts it into the generated policy with the defaults.
const APP = `  app:
    description: App data
    policy: {}
    aliases: [alias/app]
`;
const REPORTS = (extra = ''): string => `  reports:
    description: Reports
    policy: {}
    aliases: [alias/reports]
${extra}`;

describeWithEmulator('keys leaving the manifest', () => {
  let workspace: Workspace;

  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace(MANAGED(APP + REPORTS()));
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(0);
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it('reports a key removed from the manifest as an orphan, and apply refuses without writing', async () => {
    const before = await snapshotLiveState([PRODUCTION]);
    // reports is gone, and app changes: apply must make neither change.
    await workspace.write(MANAGED(APP.replace('App data', 'App data, renamed')));

    const { code, plan } = await planJson('kms.yaml', workspace.dir);
    expect(code).toBe(1);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'orphan',
        key: 'reports',
        message: expect.stringContaining('no longer declared') as unknown,
        help: expect.stringContaining('state: pending_deletion') as unknown,
      }),
    ]);

    const apply = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('Nothing applied');
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);
  });

  it('schedules deletion for state: pending_deletion only with --allow-destructive', async () => {
    await workspace.write(MANAGED(APP + REPORTS('    state: pending_deletion\n')));
    const before = await snapshotLiveState([PRODUCTION]);

    const { code, plan } = await planJson('kms.yaml', workspace.dir);
    expect(code).toBe(3);
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        address: 'key.reports',
        action: 'schedule-deletion',
        risk: 'destructive',
        window_in_days: 7,
      }),
    ]);

    const held = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(held.code).toBe(3);
    expect(held.stdout).toContain('Held back 1 destructive change');
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);

    const deleted = await cli(
      ['apply', '--auto-approve', '--allow-destructive', ...AWS],
      workspace.dir,
    );
    expect(deleted.code).toBe(0);
    const after = await snapshotLiveState([PRODUCTION]);
    expect(after.find((key) => key.name === 'reports')?.state).toBe('PendingDeletion');
    expect(after.find((key) => key.name === 'app')).toEqual(
      before.find((key) => key.name === 'app'),
    );
    expect((await planJson('kms.yaml', workspace.dir)).code).toBe(0);

    // Declared again as enabled: the deletion is cancelled and the key comes back.
    await workspace.write(MANAGED(APP + REPORTS()));
    const restore = await planJson('kms.yaml', workspace.dir);
    expect(summary(restore.plan)).toEqual([
      'key.reports cancel-deletion safe',
      'key.reports enable safe',
    ]);
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(0);
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);
  });

  it('flags at plan time a deletion the MFA guard would deny the applying role, and writes nothing', async () => {
    const guarded = (keys: string) =>
      MANAGED(keys).replace('require_mfa_for: []', 'require_mfa_for: [ScheduleKeyDeletion]');
    await workspace.write(guarded(APP + REPORTS()));
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(0);
    await workspace.write(guarded(APP + REPORTS('    state: pending_deletion\n')));
    const before = await snapshotLiveState([PRODUCTION]);

    const { code, plan } = await planJson('kms.yaml', workspace.dir);
    expect(code).toBe(1);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'applier-denied',
        key: 'reports',
        message: expect.stringContaining('kms:ScheduleKeyDeletion') as unknown,
        help: expect.stringContaining('Break-glass') as unknown,
      }),
    ]);
    const apply = await cli(
      ['apply', '--auto-approve', '--allow-destructive', ...AWS],
      workspace.dir,
    );
    expect(apply.code).toBe(1);
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);
  });

  it('creates declared grants, revokes undeclared ones only with --allow-destructive, and replaces a changed one', async () => {
    const withGrant = (operations: string) =>
      MANAGED(
        APP +
          `    grants:
      - { name: app-data, grantee: app-role, operations: [${operations}], encryption_context_subset: { project: portfolio } }
` +
          REPORTS(),
      );
    await workspace.write(withGrant('Decrypt, GenerateDataKey'));
    const created = await planJson('kms.yaml', workspace.dir);
    expect(summary(created.plan)).toEqual(['grant.app.app-data create-grant safe']);
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(0);
    expect((await planJson('kms.yaml', workspace.dir)).code).toBe(0);
    const granted = await snapshotLiveState([PRODUCTION]);

    // Someone grants a stray role by hand.
    const kms = await operatorKms(PRODUCTION);
    try {
      await kms.send(
        new CreateGrantCommand({
          KeyId: await keyIdOf(kms, 'app'),
          GranteePrincipal: `arn:aws:iam::${PRODUCTION}:role/stray`,
          Operations: ['Decrypt'],
        }),
      );
    } finally {
      kms.destroy();
    }
    const stray = await planJson('kms.yaml', workspace.dir);
    expect(stray.code).toBe(3);
    expect(stray.plan.changes).toEqual([
      expect.objectContaining({
        action: 'revoke-grant',
        risk: 'destructive',
        before: expect.objectContaining({
          grantee_principal: `arn:aws:iam::${PRODUCTION}:role/stray`,
        }) as unknown,
      }),
    ]);
    const held = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(held.code).toBe(3);
    const revoked = await cli(
      ['apply', '--auto-approve', '--allow-destructive', ...AWS],
      workspace.dir,
    );
    expect(revoked.code).toBe(0);
    expect(await snapshotLiveState([PRODUCTION])).toEqual(granted);

    // A declared grant that changes is created anew, then the old one is revoked: only
    // with --allow-destructive, as any live grant that is not an exact match.
    await workspace.write(withGrant('Decrypt'));
    const replaced = await planJson('kms.yaml', workspace.dir);
    expect(replaced.plan.changes.map((change) => `${change.action} ${change.risk}`)).toEqual([
      'create-grant safe',
      'revoke-grant destructive',
    ]);
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(3);
    expect(
      (await cli(['apply', '--auto-approve', '--allow-destructive', ...AWS], workspace.dir)).code,
    ).toBe(0);
    expect((await planJson('kms.yaml', workspace.dir)).code).toBe(0);
    const [app] = await snapshotLiveState([PRODUCTION]);
    expect(app?.grants).toHaveLength(1);
    expect(app?.grants[0]).toContain('"operations":["Decrypt"]');
  });

  it('flags at plan time a new key declared disabled behind an MFA guard on DisableKey, and creates nothing', async () => {
    await workspace.write(
      MANAGED(
        APP +
          REPORTS() +
          `  archive:
    description: Archive
    state: disabled
    policy: { require_mfa_for: [DisableKey] }
`,
      ),
    );
    const before = await snapshotLiveState([PRODUCTION]);

    const { code, plan } = await planJson('kms.yaml', workspace.dir);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'applier-denied',
        key: 'archive',
        message: expect.stringContaining('kms:DisableKey') as unknown,
      }),
    ]);
    expect(code).toBe(1);
    const apply = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(apply.code).toBe(1);
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);
  });
});
