/**
 * Keys for imported key material (`origin: EXTERNAL`). CreateKey API reference, Origin: "To
 * create a KMS key with no key material (for imported key material), set this value to
 * EXTERNAL"; EnableKeyRotation: automatic rotation is not supported on such keys. (moto
 * creates such a key Enabled and accepts EnableKeyRotation on it: the test checks what apply
 * asked for, not what AWS would refuse.)
 */
import { DescribeKeyCommand, ListKeysCommand, type KMSClient } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  operatorKms,
  PRODUCTION,
  ROLE,
  snapshotLiveState,
  type Workspace,
} from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

describeWithEmulator('keys for imported key material', () => {
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

  it('creates the key with Origin EXTERNAL, never turns rotation on, and converges', async () => {
    await workspace.write(`version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  rotation: { enabled: true, period_in_days: 180 }
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
keys:
  imported:
    origin: EXTERNAL
    policy: { admins: [kms-admin] }
`);
    const apply = await cli(['apply', '--auto-approve', ...AWS], workspace.dir);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    const [live] = await snapshotLiveState([PRODUCTION]);
    expect(live).toMatchObject({ name: 'imported', rotation: false });
    const [only, ...none] = (await kms.send(new ListKeysCommand({}))).Keys ?? [];
    expect(none).toEqual([]);
    const described = await kms.send(new DescribeKeyCommand({ KeyId: only?.KeyId ?? '' }));
    expect(described.KeyMetadata?.Origin).toBe('EXTERNAL');
    expect(live?.policy).toContain('kms:ImportKeyMaterial');
    const again = await cli(['plan', '--detailed-exitcode', ...AWS], workspace.dir);
    expect(again.code).toBe(0);
  });
});
