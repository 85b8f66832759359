/**
 * Guard: `apply --plan` applies exactly the saved plan or nothing. Attack (or accident): a plan
 * reviewed as a file is applied after the manifest or the live keys changed, so apply makes
 * changes nobody reviewed. apply plans afresh and refuses (exit 1, no write) unless the
 * manifest digest, the live-state digest and the changes are still the saved ones.
 */
import {
  CreateGrantCommand,
  ListGrantsCommand,
  UpdateKeyDescriptionCommand,
} from '@aws-sdk/client-kms';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  describeWithEmulator,
  emulatorRegion,
  resetEmulatorState,
} from '../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  keyIdOf,
  operatorKms,
  PRODUCTION,
  ROLE,
  snapshotLiveState,
  type Workspace,
} from '../integration/plan-apply/plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

const manifest = (appDescription: string): string => `version: 1
defaults:
  region: ${emulatorRegion}
  account: '${PRODUCTION}'
  policy:
    admins: [kms-admin]
    require_mfa_for: []
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
keys:
  app:
    description: ${appDescription}
    aliases: [alias/app]
  ledger:
    description: Ledger data
`;

async function editOutOfBand(name: string, description: string): Promise<void> {
  const kms = await operatorKms(PRODUCTION);
  try {
    await kms.send(
      new UpdateKeyDescriptionCommand({
        KeyId: await keyIdOf(kms, name),
        Description: description,
      }),
    );
  } finally {
    kms.destroy();
  }
}

/** EBS grants the key to a new instance: a grant to a grantee AWS operates. */
async function grantToInstance(name: string): Promise<string> {
  const kms = await operatorKms(PRODUCTION);
  try {
    const created = await kms.send(
      new CreateGrantCommand({
        KeyId: await keyIdOf(kms, name),
        GranteePrincipal: `arn:aws:sts::${PRODUCTION}:assumed-role/aws:ec2-infrastructure/i-0c9d812c0cfa2790f`,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: { 'aws:ebs:id': 'vol-1' } },
      }),
    );
    return created.GrantId ?? '';
  } finally {
    kms.destroy();
  }
}

async function grantIdsOf(name: string): Promise<string[]> {
  const kms = await operatorKms(PRODUCTION);
  try {
    const listed = await kms.send(new ListGrantsCommand({ KeyId: await keyIdOf(kms, name) }));
    return (listed.Grants ?? []).map((grant) => grant.GrantId ?? '');
  } finally {
    kms.destroy();
  }
}

describeWithEmulator('apply --plan', () => {
  let workspace: Workspace;

  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace(manifest('App data'));
    expect((await cli(['apply', '--auto-approve', ...AWS], workspace.dir)).code).toBe(0);
    await workspace.write(manifest('App data, v2'));
    const saved = await cli(['plan', '--out', 'plan.json', ...AWS], workspace.dir);
    expect(saved.code, saved.stderr).toBe(0);
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it('saves the manifest digest, the live-state digest and the changes', async () => {
    const saved = JSON.parse(await readFile(join(workspace.dir, 'plan.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(saved).toMatchObject({
      format_version: 1,
      kind: 'kms-action-plan',
      manifest: { path: 'kms.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string },
      live_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      changes: [
        {
          address: 'key.app',
          action: 'update-description',
          risk: 'safe',
          summary: 'description: "App data" -> "App data, v2"',
        },
      ],
    });
  });

  it('applies the saved plan when nothing changed since, without a prompt', async () => {
    const run = await cli(['apply', '--plan', 'plan.json', ...AWS], workspace.dir);
    expect(run.code, run.stderr).toBe(0);
    const app = (await snapshotLiveState([PRODUCTION])).find((key) => key.name === 'app');
    expect(app?.description).toBe('App data, v2');
    expect((await cli(['apply', '--plan', 'plan.json', ...AWS], workspace.dir)).code).toBe(1);
  });

  it('refuses, writing nothing, when the live keys changed since the plan was saved', async () => {
    await editOutOfBand('ledger', 'edited out of band');
    const before = await snapshotLiveState([PRODUCTION]);

    const run = await cli(['apply', '--plan', 'plan.json', ...AWS], workspace.dir);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Nothing applied: the plan saved in plan.json is stale');
    expect(run.stderr).toContain('the live keys changed since the plan was saved');
    expect(run.stderr).toContain('not in the saved plan: key.ledger update-description');
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);
  });

  // Not absurd: a key that encrypts EBS volumes gets a grant for every instance started, so a
  // saved plan that any such grant made stale could never be applied. Still fail-closed: the
  // grant is not revoked, and naming it is refused, since the saved plan never showed it.
  it('applies the saved plan when only a grant AWS operates appeared since, and keeps that grant', async () => {
    const grantId = await grantToInstance('app');

    const named = await cli(
      ['apply', '--plan', 'plan.json', '--allow-destructive', '--revoke-grant', grantId, ...AWS],
      workspace.dir,
    );
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('not in the saved plan: grant.app.');

    const run = await cli(
      ['apply', '--plan', 'plan.json', '--allow-destructive', ...AWS],
      workspace.dir,
    );
    expect(run.stderr).not.toContain('stale');
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toContain(
      `grant ${grantId} is to arn:aws:sts::${PRODUCTION}:assumed-role/aws:ec2-infrastructure/`,
    );
    const app = (await snapshotLiveState([PRODUCTION])).find((key) => key.name === 'app');
    expect(app?.description).toBe('App data, v2');
    expect(await grantIdsOf('app')).toEqual([grantId]);
  });

  it('refuses, writing nothing, when the manifest changed since the plan was saved', async () => {
    await workspace.write(manifest('App data, v3'));
    const before = await snapshotLiveState([PRODUCTION]);

    const run = await cli(['apply', '--plan', 'plan.json', ...AWS], workspace.dir);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the manifest changed since the plan was saved');
    expect(await snapshotLiveState([PRODUCTION])).toEqual(before);
  });

  it('refuses a malformed plan file with exit 2 before reading anything', async () => {
    await writeFile(
      join(workspace.dir, 'broken.json'),
      '{"format_version": 1, "kind": "kms-action-plan"',
    );
    const run = await cli(['apply', '--plan', 'broken.json', ...AWS], workspace.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.json is not a kms-action plan file of format 1');
  });
});
