/**
 * The intent fields of issue 15 items 2-4 end to end: a key whose users include a narrowed
 * group, with an organisation as consumer and one extra statement, is created with that
 * policy, and a second plan is empty (the policy read back means the same).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  PRODUCTION,
  ROLE,
  snapshotLiveState,
  type Workspace,
} from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

describeWithEmulator('users groups, organisation and extra statements', () => {
  let workspace: Workspace;

  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace();
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it('apply creates the policy, and the next plan is empty', async () => {
    await workspace.write(`version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  app: arn:aws:iam::${PRODUCTION}:role/app
  reader: arn:aws:iam::${PRODUCTION}:role/reader
keys:
  shared:
    policy:
      admins: [kms-admin]
      users: [app, { principals: [reader], actions: [Decrypt, DescribeKey] }]
      organization: { paths: [o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/], actions: [Decrypt, DescribeKey] }
      extra_statements:
        - Sid: AuditorsReadPolicy
          Effect: Allow
          Principal: { AWS: arn:aws:iam::${PRODUCTION}:role/auditor }
          Action: [kms:GetKeyPolicy, kms:DescribeKey]
          Resource: '*'
`);
    const apply = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    const [live] = await snapshotLiveState([PRODUCTION]);
    const sids = (
      JSON.parse(live?.policy ?? '{}') as { Statement: { Sid?: string }[] }
    ).Statement.map((statement) => statement.Sid);
    expect(sids).toEqual(
      expect.arrayContaining([
        'KeyUsersForDecryptDescribeKeyCryptography',
        'OrganizationCryptography',
        'OrganizationDescribeKey',
        'AuditorsReadPolicy',
      ]),
    );
    const again = await cli(['plan', '--detailed-exitcode', ...AWS], workspace.dir);
    expect(again.stdout).toContain('No changes');
    expect(again.code).toBe(0);
  });
});
