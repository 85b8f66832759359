/**
 * Guard: a live grant counts as declared only when it is an exact match of a declared grant
 * (grantee, operations, constraints, retiring principal), never by its name. Attack: a pull
 * request declares a grant named like another principal's out-of-band grant, so that apply
 * revokes that grant without --allow-destructive and outside the reviewed fingerprint.
 */
import { CreateGrantCommand, ListGrantsCommand } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  keyIdOf,
  operatorKms,
  prepare,
  prepareAndApply,
  PRODUCTION,
  ROLE,
  type Workspace,
} from '../integration/plan-apply/plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];
const VICTIM = `arn:aws:iam::${PRODUCTION}:role/payments-batch`;

const manifest = (grants: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  tags: { ManagedBy: kms-action }
  policy:
    admins: [kms-admin]
    require_mfa_for: []
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  attacker: arn:aws:iam::${PRODUCTION}:role/attacker
keys:
  app:
    description: App data
    policy: {}
${grants}`;

const SPOOF = `    grants:
      - { name: payments-batch, grantee: attacker, operations: [Decrypt] }
`;

async function liveGrantees(): Promise<string[]> {
  const kms = await operatorKms(PRODUCTION);
  try {
    const grants = await kms.send(new ListGrantsCommand({ KeyId: await keyIdOf(kms, 'app') }));
    return (grants.Grants ?? []).map((grant) => grant.GranteePrincipal ?? '').sort();
  } finally {
    kms.destroy();
  }
}

describeWithEmulator('grant name spoofing', () => {
  let workspace: Workspace;

  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace(manifest(''));
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(0);
    // Another team's grant, made out of band on the managed key.
    const kms = await operatorKms(PRODUCTION);
    try {
      await kms.send(
        new CreateGrantCommand({
          KeyId: await keyIdOf(kms, 'app'),
          Name: 'payments-batch',
          GranteePrincipal: VICTIM,
          Operations: ['Decrypt', 'GenerateDataKey'],
        }),
      );
    } finally {
      kms.destroy();
    }
    await workspace.write(manifest(SPOOF));
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it("plans the revocation of the other principal's namesake grant as destructive", async () => {
    const prepared = await prepare('kms.yaml', workspace.dir);
    prepared.clients.destroy();
    expect(
      prepared.plan.changes.map((change) => `${change.address} ${change.action} ${change.risk}`),
    ).toEqual([
      'grant.app.payments-batch create-grant safe',
      'grant.app.payments-batch revoke-grant destructive',
    ]);
  });

  it('apply without allow-destructive keeps the grant of the other principal (CLI)', async () => {
    const run = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(run.code).toBe(3);
    expect(await liveGrantees()).toEqual([`arn:aws:iam::${PRODUCTION}:role/attacker`, VICTIM]);
  });

  it('apply without allow-destructive keeps the grant of the other principal (library)', async () => {
    const { result } = await prepareAndApply('kms.yaml', workspace.dir);
    expect(result.heldBack.map((held) => held.change.action)).toEqual(['revoke-grant']);
    expect(await liveGrantees()).toContain(VICTIM);
  });
});
