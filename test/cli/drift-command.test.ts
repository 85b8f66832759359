/**
 * Attack: `kms-action drift --repair` printed the AWS error of a failed repair as it came: an
 * AWS message (or the change's text it quotes) with a line break started a line of the CI log
 * of its own (`::stop-commands::`), an escape sequence reached the terminal. It is now terminal
 * text, shown as [U+XXXX]. AWS is simulated with aws-sdk-client-mock: a managed key the
 * manifest declares enabled is disabled out of band, and EnableKey fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeKeyCommand,
  EnableKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListGrantsCommand,
} from '@aws-sdk/client-kms';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifestFile } from '../../adapters/fs/read-manifest-file.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import { runCliCaptured } from './run-cli-helper.ts';

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const ACCOUNT = '111122223333';
const KEY_ID = '11111111-2222-4333-8444-555555555555';
const ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;
const MANIFEST = `version: 1
accounts: { production: "${ACCOUNT}" }
principals:
  kms-admin: arn:aws:iam::${ACCOUNT}:role/kms-admin
  app: arn:aws:iam::${ACCOUNT}:role/app
keys:
  prod-s3:
    account: production
    region: us-east-1
    environment: production
    service: s3
    description: S3
    policy:
      admins: [kms-admin]
      users: [app]
`;

let dir: string;
const kms = mockClient(KMSClient);
const sts = mockClient(STSClient);
const tagging = mockClient(ResourceGroupsTaggingAPIClient);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-action-drift-'));
  await writeFile(join(dir, 'kms.yaml'), MANIFEST);
  // The key as the manifest made it, then disabled out of band.
  const file = await readManifestFile('kms.yaml', dir, {}, '-f');
  const read = readManifest(file.file, file.content, {
    repository: 'local',
    manifestPath: file.manifestPath,
  });
  if (!read.ok) throw new Error('the test manifest is invalid');
  const [key] = read.desired.keys;
  if (key === undefined) throw new Error('the test manifest has no key');
  sts
    .on(GetCallerIdentityCommand)
    .resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/ci`, UserId: 'AIDA' });
  tagging.on(GetResourcesCommand).resolves({
    ResourceTagMappingList: [
      {
        ResourceARN: ARN,
        Tags: Object.entries(key.tags).map(([Key, Value]) => ({ Key, Value })),
      },
    ],
  });
  kms.on(ListAliasesCommand).resolves({ Aliases: [], Truncated: false });
  kms.on(DescribeKeyCommand).resolves({
    KeyMetadata: {
      KeyId: KEY_ID,
      Arn: ARN,
      AWSAccountId: ACCOUNT,
      Description: key.description,
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
      KeyState: 'Disabled',
      Enabled: false,
      MultiRegion: false,
    },
  });
  kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify(key.policy?.document) });
  kms.on(GetKeyRotationStatusCommand).resolves({
    KeyRotationEnabled: key.rotation.enabled,
    RotationPeriodInDays: key.rotation.periodInDays,
  });
  kms.on(ListGrantsCommand).resolves({ Grants: [], Truncated: false });
  kms
    .on(EnableKeyCommand)
    .rejects(new Error('simulated\n::stop-commands::pwned\u001b]8;;https://evil.example/\u0007'));
});
afterAll(async () => {
  kms.restore();
  sts.restore();
  tagging.restore();
  await rm(dir, { recursive: true, force: true });
});

describe('kms-action drift --repair: hostile text on the terminal', () => {
  it('shows the line breaks and escapes of the AWS error of a failed repair', async () => {
    const run = await runCliCaptured(['drift', '-f', 'kms.yaml', '--repair', 'cancel-deletion'], {
      cwd: dir,
      env: {
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'x',
      },
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('kms-action: AWS error: key.prod-s3');
    expect(run.stderr).toContain(
      'simulated[U+000A]::stop-commands::pwned[U+001B]]8;;https://evil.example/[U+0007]',
    );
    for (const output of [run.stdout, run.stderr]) {
      expect(output).not.toMatch(TERMINAL_CONTROL);
      expect(output).not.toMatch(/^\s*::/m);
    }
  }, 30_000);
});
