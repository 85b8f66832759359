/**
 * The import figure for `npm run bench`: seeds `count` customer managed keys in an emptied
 * KMS emulator, then times `listAccountKeys` + `buildImportManifest` and counts the AWS calls.
 * No vitest imports: bench/run-bench.ts imports this file.
 *
 *   const figure = await measureImport(emulator.endpoint, 500);
 *   console.log(formatImportFigure(figure));
 */
import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { performance } from 'node:perf_hooks';
import {
  apiCallsByOperation,
  createApiCallStats,
  totalApiCalls,
} from '../../../adapters/aws/count-api-calls.ts';
import { createAwsClients } from '../../../adapters/aws/kms-client.ts';
import { listAccountKeys } from '../../../adapters/aws/list-account-keys.ts';
import { buildImportManifest } from '../../../core/import/build-import-manifest.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import { resetEmulator } from '../../emulator/reset-emulator.ts';

/** moto's account for any static credentials. */
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const SEED_BATCH = 20;

export interface ImportFigure {
  keys: number;
  /** List (AWS reads) and build (inference, YAML, validation, lint), in milliseconds. */
  totalMs: number;
  listMs: number;
  buildMs: number;
  apiCalls: number;
  apiCallsByOperation: Record<string, number>;
  /** How the policies came out: intent, raw document... */
  policyForms: Record<string, number>;
  yamlBytes: number;
  seedMs: number;
}

/**
 * Empties the emulator at `endpoint`, creates `count` keys (a quarter each: the policy
 * kms-action generates, AWS's default policy, the console's admin/user policy with the
 * actions spelled out, a service-principal policy that stays raw; every key aliased and
 * tagged), then imports them.
 */
export async function measureImport(endpoint: string, count: number): Promise<ImportFigure> {
  const credentials = { accessKeyId: 'bench', secretAccessKey: 'bench' };
  await resetEmulator(endpoint);
  const kms = new KMSClient({ endpoint, region: REGION, credentials });
  const seedStart = performance.now();
  try {
    for (let start = 0; start < count; start += SEED_BATCH) {
      const batch = Array.from(
        { length: Math.min(SEED_BATCH, count - start) },
        (_, offset) => start + offset,
      );
      await Promise.all(batch.map((index) => seedKey(kms, index)));
    }
  } finally {
    kms.destroy();
  }
  const seedMs = performance.now() - seedStart;

  const stats = createApiCallStats();
  const clients = createAwsClients({
    endpoint,
    stats,
    credentialsFor: () => credentials,
  });
  try {
    const start = performance.now();
    const listing = await listAccountKeys({ clients, account: ACCOUNT, region: REGION });
    const listed = performance.now();
    const result = buildImportManifest(listing, {
      repository: 'acme/bench',
      manifestPath: 'kms.yaml',
      accountName: 'bench',
    });
    const built = performance.now();
    const policyForms: Record<string, number> = {};
    for (const key of result.keys) policyForms[key.policy] = (policyForms[key.policy] ?? 0) + 1;
    return {
      keys: result.keys.length,
      totalMs: built - start,
      listMs: listed - start,
      buildMs: built - listed,
      apiCalls: totalApiCalls(stats),
      apiCallsByOperation: apiCallsByOperation(stats),
      policyForms,
      yamlBytes: Buffer.byteLength(result.yaml),
      seedMs,
    };
  } finally {
    clients.destroy();
  }
}

/** One line for the bench output, plus the calls by operation. */
export function formatImportFigure(figure: ImportFigure): string {
  return (
    `  ${String(figure.keys).padStart(5)} keys: ${figure.totalMs.toFixed(0)} ms ` +
    `(list ${figure.listMs.toFixed(0)} ms, build ${figure.buildMs.toFixed(0)} ms), ` +
    `${String(figure.apiCalls)} API calls = ${(figure.apiCalls / Math.max(1, figure.keys)).toFixed(2)} per key; ` +
    `${(figure.yamlBytes / 1024).toFixed(0)} KiB of YAML; policies ${JSON.stringify(figure.policyForms)}; ` +
    `seeding took ${(figure.seedMs / 1000).toFixed(1)} s\n` +
    `        by operation: ${JSON.stringify(figure.apiCallsByOperation)}`
  );
}

const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

function policyFor(index: number): unknown {
  const root = {
    Sid: 'Enable IAM User Permissions',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
    Action: 'kms:*',
    Resource: '*',
  };
  switch (index % 4) {
    case 0:
      return generateKeyPolicy(
        {
          admins: [role('kms-admin')],
          users: [role(`app-${String(index % 25)}`)],
          viaService: ['s3'],
          encryptionContext: { app: `app-${String(index % 25)}` },
          crossAccount: [],
          requireMfaFor: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
        },
        { account: ACCOUNT, region: REGION },
      );
    case 1:
      return undefined; // AWS's default key policy
    case 2:
      return {
        Version: '2012-10-17',
        Statement: [
          root,
          {
            Effect: 'Allow',
            Principal: { AWS: role('kms-admin') },
            Action: [
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
            ],
            Resource: '*',
          },
          {
            Effect: 'Allow',
            Principal: { AWS: role(`app-${String(index % 25)}`) },
            Action: [
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
            Resource: '*',
          },
          {
            Effect: 'Allow',
            Principal: { AWS: role(`app-${String(index % 25)}`) },
            Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
            Resource: '*',
            Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
          },
        ],
      };
    default:
      return {
        Version: '2012-10-17',
        Statement: [
          root,
          {
            Sid: 'AllowCloudTrail',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 'kms:GenerateDataKey*',
            Resource: '*',
          },
        ],
      };
  }
}

async function seedKey(kms: KMSClient, index: number): Promise<void> {
  const policy = policyFor(index);
  const created = await kms.send(
    new CreateKeyCommand({
      Description: `bench key ${String(index)}`,
      ...(policy === undefined ? {} : { Policy: JSON.stringify(policy) }),
      Tags: [
        { TagKey: 'Team', TagValue: `team-${String(index % 7)}` },
        { TagKey: 'Environment', TagValue: index % 2 === 0 ? 'production' : 'staging' },
      ],
    }),
  );
  const id = created.KeyMetadata?.KeyId;
  if (id === undefined) throw new Error('CreateKey returned no key id');
  await kms.send(
    new CreateAliasCommand({ AliasName: `alias/bench/key-${String(index)}`, TargetKeyId: id }),
  );
}
