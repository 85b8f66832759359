/**
 * Guard: the Action's merge-time apply makes only the changes reviewed on the merged pull
 * request, plus the drift repairs that restore the state the manifest declares. Attack: after
 * a pull request's plan was reviewed, someone changes a managed key out of band (or another
 * change lands), so the plan at merge holds a change nobody saw; before this guard every
 * non-destructive change was applied on merge whatever the review showed.
 *
 * The real plan mode posts the reviewed comment (through nock) from the emulator's live keys;
 * the real apply mode then runs on the merge against the emulator.
 */
import {
  CreateGrantCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  ListGrantsCommand,
  UpdateKeyDescriptionCommand,
} from '@aws-sdk/client-kms';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { REAL_AWS, type ActionServices } from '../../action/action-services.ts';
import { run } from '../../action/main.ts';
import {
  API,
  REPO,
  createWorkspace,
  inputs,
  octokit,
  pullRequestContext,
  pushContext,
  type Workspace,
  MERGED_PULLS,
} from '../action/action-fixtures.ts';
import {
  describeWithEmulator,
  emulatorRegion,
  resetEmulatorState,
} from '../emulator/use-emulator.ts';
import {
  cli,
  keyIdOf,
  operatorKms,
  PRODUCTION,
  ROLE,
} from '../integration/plan-apply/plan-apply-harness.ts';

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const BEFORE = 'c'.repeat(40);
/** When the plan comment was last written: before the merge (2026-01-01T00:00:00Z). */
const REVIEWED_AT = '2025-12-31T23:00:00Z';

const manifest = (appDescription: string, archiveState = 'enabled'): string => `version: 1
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
  ledger:
    description: Ledger data
  archive:
    description: Archive data
    state: ${archiveState}
`;

function services(): ActionServices & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    log: {
      info: () => undefined,
      warning: (message) => warnings.push(message),
      write: () => undefined,
    },
    getIdToken: () => Promise.resolve('header.payload.signature'),
    setSecret: () => undefined,
    env: { AWS_REGION: emulatorRegion },
    aws: REAL_AWS,
  };
}

const actionInputs = (mode: string) =>
  inputs({ mode, 'role-to-assume': ROLE, 'allow-destructive': 'true' });

/** Plans the pull request with the real plan mode; returns the plan comment it posted. */
async function reviewPlan(workspace: Workspace): Promise<string> {
  let posted: string | undefined;
  nock(API)
    .get(`${REPO}/contents/kms.yaml`)
    .query(true)
    .reply(404, { message: 'Not Found' })
    .post('/graphql')
    .reply(200, { data: { viewer: { login: BOT.login } } })
    .get(`${REPO}/issues/7/comments`)
    .query(true)
    .reply(200, [])
    .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
      posted = body.body;
      return true;
    })
    .reply(201, { id: 1, html_url: 'u' });
  const result = await run(
    actionInputs('plan'),
    octokit(),
    pullRequestContext(workspace.dir),
    services(),
  );
  expect(result.failures).toEqual([]);
  if (posted === undefined) throw new Error('no plan comment posted');
  return posted;
}

/** Runs apply on the merge of #7 whose plan comment is `planComment`; returns the apply report. */
async function applyMerged(workspace: Workspace, planComment: string, previousManifest?: string) {
  let report: string | undefined;
  if (previousManifest !== undefined) {
    // The manifest before the merge: a repair restores what it declared already.
    nock(API).get(`${REPO}/contents/kms.yaml`).query({ ref: BEFORE }).reply(200, previousManifest);
  }
  nock(API)
    .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
    .query(true)
    .reply(200, MERGED_PULLS)
    .post('/graphql')
    .reply(200, { data: { viewer: { login: BOT.login } } })
    .get(`${REPO}/issues/7/comments`)
    .query(true)
    .reply(200, [{ id: 1, body: planComment, user: BOT, html_url: 'u', updated_at: REVIEWED_AT }])
    .post(`${REPO}/issues/7/comments`, (body: { body: string }) => {
      report = body.body;
      return true;
    })
    .reply(201, { id: 2, html_url: 'u' });
  const result = await run(
    actionInputs('apply'),
    octokit(),
    { ...pushContext(workspace.dir), before: BEFORE },
    services(),
  );
  return { result, report: report ?? '' };
}

async function describeKey(name: string): Promise<{ description: string; state: string }> {
  const kms = await operatorKms(PRODUCTION);
  try {
    const described = await kms.send(new DescribeKeyCommand({ KeyId: await keyIdOf(kms, name) }));
    return {
      description: described.KeyMetadata?.Description ?? '',
      state: described.KeyMetadata?.KeyState ?? '',
    };
  } finally {
    kms.destroy();
  }
}

describeWithEmulator('apply makes only what was reviewed', () => {
  let workspace: Workspace;

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect((host) => !host.startsWith('api.github.com'));
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace(manifest('App data'));
    const setup = await cli(['apply', '--auto-approve', '--role-to-assume', ROLE], workspace.dir);
    expect(setup.code, setup.stderr).toBe(0);
    await workspace.write(manifest('App data, v2'));
  });
  afterEach(async () => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    await workspace.remove();
    expect(pending).toEqual([]);
  });

  it('applies the reviewed plan as it was reviewed', async () => {
    const comment = await reviewPlan(workspace);
    const { result, report } = await applyMerged(workspace, comment);
    expect(result.failures).toEqual([]);
    expect(result.outputs.applied).toBe('1');
    expect(report).toContain('the live state is unchanged since the plan reviewed');
    expect((await describeKey('app')).description).toBe('App data, v2');
  });

  it('holds back a change made necessary after the review, and still makes the drift repairs', async () => {
    const comment = await reviewPlan(workspace);
    // After the review: one key edited, another disabled, out of band.
    const kms = await operatorKms(PRODUCTION);
    try {
      await kms.send(
        new UpdateKeyDescriptionCommand({
          KeyId: await keyIdOf(kms, 'ledger'),
          Description: 'edited',
        }),
      );
      await kms.send(new DisableKeyCommand({ KeyId: await keyIdOf(kms, 'archive') }));
    } finally {
      kms.destroy();
    }

    const { result, report } = await applyMerged(workspace, comment, manifest('App data'));

    // The reviewed change and the repair are made; the unreviewed restore is not.
    expect((await describeKey('app')).description).toBe('App data, v2');
    expect(await describeKey('archive')).toMatchObject({ state: 'Enabled' });
    expect((await describeKey('ledger')).description).toBe('edited');
    expect(result.outputs.applied).toBe('2');
    expect(result.failures.join()).toContain(
      '1 change held back because no reviewer saw it (or the rest of their plan): key.ledger update-description. Pull request #7: the live state changed since the plan reviewed',
    );
    expect(report).toContain('Held back: not reviewed');
    expect(report).toContain('Drift repairs (made without review');
  });

  // EC2 started an instance with an encrypted EBS volume after the review: EBS granted the
  // key to the instance, and the plan at merge revokes that grant (nothing keeps it). The
  // Action never revokes such a grant, so it is no unreviewed change: the reviewed disruptive
  // change (a key disabled) is still made, and the grant is reported and kept.
  it('makes the reviewed disruptive change when EBS granted the key to an instance after the review, and keeps that grant', async () => {
    await workspace.write(manifest('App data, v2', 'disabled'));
    const comment = await reviewPlan(workspace);
    const kms = await operatorKms(PRODUCTION);
    let grantId: string;
    try {
      const keyId = await keyIdOf(kms, 'archive');
      const created = await kms.send(
        new CreateGrantCommand({
          KeyId: keyId,
          GranteePrincipal: `arn:aws:sts::${PRODUCTION}:assumed-role/aws:ec2-infrastructure/i-0c9d812c0cfa2790f`,
          Operations: ['Decrypt'],
          Constraints: { EncryptionContextSubset: { 'aws:ebs:id': 'vol-1' } },
        }),
      );
      grantId = created.GrantId ?? '';
    } finally {
      kms.destroy();
    }

    const { result, report } = await applyMerged(workspace, comment);

    expect(result.failures).toEqual([]);
    expect(await describeKey('archive')).toMatchObject({ state: 'Disabled' });
    expect((await describeKey('app')).description).toBe('App data, v2');
    expect(result.outputs.applied).toBe('2');
    expect(report).not.toContain('Held back: not reviewed');
    expect(report).toContain(`grant ${grantId.replaceAll('-', '\\-')} is to`);
    const after = await operatorKms(PRODUCTION);
    try {
      const listed = await after.send(
        new ListGrantsCommand({ KeyId: await keyIdOf(after, 'archive') }),
      );
      expect((listed.Grants ?? []).map((grant) => grant.GrantId)).toEqual([grantId]);
    } finally {
      after.destroy();
    }
  });
});
