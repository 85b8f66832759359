/**
 * Round trip on the emulator: grants AWS services hold on a managed key (a Regional service
 * principal as grantee, an EC2 instance's `aws:ec2-infrastructure` session) survive an apply
 * with --allow-destructive that deletes another key, when `keep_grants` keeps them, and a
 * grant to an AWS-operated grantee that nothing keeps survives it too unless named.
 */
import { CreateGrantCommand, ListGrantsCommand } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  keyIdOf,
  operatorKms,
  prepare,
  PRODUCTION,
  ROLE,
  type Workspace,
} from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];
const EC2_SESSION = `arn:aws:sts::${PRODUCTION}:assumed-role/aws:ec2-infrastructure/i-0c9d812c0cfa2790f`;
const DYNAMODB = 'dynamodb.us-east-1.amazonaws.com';
const RDS = 'rds.us-east-1.amazonaws.com';
const STRAY = `arn:aws:iam::${PRODUCTION}:role/stray`;

const manifest = (old: string, keep: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  tags: { ManagedBy: kms-action }
  policy:
    admins: [kms-admin]
    require_mfa_for: []
${keep}
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
keys:
  app:
    description: App data
    policy: {}
  old:
    description: Retired
    policy: {}
${old}`;

const KEEP = `  keep_grants:
    - { grantee: "arn:aws:iam::${PRODUCTION}:role/aws:ec2-infrastructure", reason: EBS volumes }
    - { grantee: ${DYNAMODB}, reason: the orders tables }`;

async function liveGrantees(): Promise<string[]> {
  const kms = await operatorKms(PRODUCTION);
  try {
    const grants = await kms.send(new ListGrantsCommand({ KeyId: await keyIdOf(kms, 'app') }));
    return (grants.Grants ?? [])
      .map((grant) => grant.GranteePrincipal ?? grant.GranteeServicePrincipal ?? '')
      .sort();
  } finally {
    kms.destroy();
  }
}

describeWithEmulator('keep_grants', () => {
  let workspace: Workspace;
  const ids = new Map<string, string>();

  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace(manifest('', KEEP));
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(0);
    // What AWS services and someone out of band leave on the key: moto takes any grantee
    // string in GranteePrincipal, as ListGrants shows the grants services make.
    const kms = await operatorKms(PRODUCTION);
    try {
      const keyId = await keyIdOf(kms, 'app');
      for (const grantee of [EC2_SESSION, DYNAMODB, RDS, STRAY]) {
        const created = await kms.send(
          new CreateGrantCommand({
            KeyId: keyId,
            GranteePrincipal: grantee,
            Operations: ['Decrypt'],
            ...(grantee === EC2_SESSION
              ? { Constraints: { EncryptionContextSubset: { 'aws:ebs:id': 'vol-1' } } }
              : {}),
          }),
        );
        ids.set(grantee, created.GrantId ?? '');
      }
    } finally {
      kms.destroy();
    }
    await workspace.write(manifest('    state: pending_deletion\n', KEEP));
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it('plans the kept grants as kept, the unkept AWS grant as named-only, the stray one as destructive', async () => {
    const prepared = await prepare('kms.yaml', workspace.dir);
    prepared.clients.destroy();
    const { plan } = prepared;
    expect(plan.keptGrants?.map((kept) => kept.grant.granteePrincipal).sort()).toEqual(
      [DYNAMODB, EC2_SESSION].sort(),
    );
    expect(
      plan.changes
        .map(
          (change) =>
            `${change.action} ${change.action === 'revoke-grant' ? `${change.before.granteePrincipal} ${String(change.awsGrantee ?? false)}` : change.key}`,
        )
        .sort(),
    ).toEqual(
      [`revoke-grant ${RDS} true`, `revoke-grant ${STRAY} false`, 'schedule-deletion old'].sort(),
    );
  });

  it('apply --allow-destructive deletes the old key and revokes the stray grant, nothing AWS holds', async () => {
    const run = await cli(
      ['apply', '--auto-approve', '--allow-destructive', ...AWS],
      workspace.dir,
    );
    expect(run.stdout).toContain('Kept by keep_grants (2 live grants');
    expect(run.stdout).toContain(`--revoke-grant ${ids.get(RDS) ?? ''}`);
    expect(run.code).toBe(3);
    expect(await liveGrantees()).toEqual([DYNAMODB, EC2_SESSION, RDS].sort());
  });

  it('revokes the unkept AWS grant when it is named, and never a kept one', async () => {
    const refused = await cli(
      [
        'apply',
        '--auto-approve',
        '--allow-destructive',
        '--revoke-grant',
        ids.get(DYNAMODB) ?? '',
        ...AWS,
      ],
      workspace.dir,
    );
    expect(refused.code).toBe(2);
    expect(await liveGrantees()).toEqual([DYNAMODB, EC2_SESSION, RDS, STRAY].sort());
    const run = await cli(
      [
        'apply',
        '--auto-approve',
        '--allow-destructive',
        '--revoke-grant',
        ids.get(RDS) ?? '',
        ...AWS,
      ],
      workspace.dir,
    );
    expect(run.code).toBe(0);
    expect(await liveGrantees()).toEqual([DYNAMODB, EC2_SESSION].sort());
    const again = await cli(['plan', ...AWS], workspace.dir);
    expect(again.stdout).toContain('No changes');
    expect(again.stdout).toContain('Kept by keep_grants (2 live grants');
  });
});
