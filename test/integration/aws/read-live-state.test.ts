import {
  DisableKeyCommand,
  EnableKeyRotationCommand,
  CreateGrantCommand,
  ListKeysCommand,
  CreateAliasCommand,
  ReplicateKeyCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UpdateKeyDescriptionCommand,
} from '@aws-sdk/client-kms';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { createServer } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AwsAccessError } from '../../../core/errors.ts';
import type { DesiredState } from '../../../core/manifest/desired-state.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import {
  apiCallsByOperation,
  createApiCallStats,
  totalApiCalls,
  type ApiCallStats,
} from '../../../adapters/aws/count-api-calls.ts';
import { createAwsClients, type CredentialsProvider } from '../../../adapters/aws/kms-client.ts';
import { readLiveState } from '../../../adapters/aws/read-live-state.ts';
import { startFaultProxy, type FaultProxy } from '../../emulator/fault-proxy.ts';
import {
  describeWithEmulator,
  emulatorEndpoint,
  emulatorRegion,
  resetEmulatorState,
} from '../../emulator/use-emulator.ts';
import {
  createKey,
  DEFAULT_ACCOUNT,
  kmsClient,
  ownershipTags,
  type CreatedKey,
} from './kms-fixtures.ts';

const OWNER = 'acme/infra/kms.yaml';
const OTHER_OWNER = 'acme/payments/kms.yaml';
/** This manifest's tag as written from a subdirectory before the path was repository-relative. */
const LEGACY_OWNER = 'acme/infra/../kms.yaml';
const SECOND_ACCOUNT = '444455556666';
const PER_KEY_OPERATIONS = ['DescribeKey', 'GetKeyPolicy', 'GetKeyRotationStatus', 'ListGrants'];

/** Compiles a manifest (`keys:` given as YAML lines) with the real load/validate/compile. */
function manifest(keysYaml: string): DesiredState {
  const yaml = [
    'version: 1',
    `defaults: { region: ${emulatorRegion} }`,
    `accounts: { main: '${DEFAULT_ACCOUNT}', second: '${SECOND_ACCOUNT}' }`,
    'keys:',
    keysYaml,
  ].join('\n');
  const result = readManifest('kms.yaml', yaml, {
    repository: 'acme/infra',
    manifestPath: 'kms.yaml',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  expect(result.desired.owner).toBe(OWNER);
  return result.desired;
}

function perKeyCalls(stats: ApiCallStats): Record<string, number> {
  const calls = apiCallsByOperation(stats);
  return Object.fromEntries(
    PER_KEY_OPERATIONS.map((operation) => [operation, calls[operation] ?? 0]),
  );
}

describeWithEmulator('readLiveState against the KMS emulator', () => {
  const kms = kmsClient();
  let proxy: FaultProxy | undefined;

  beforeEach(async () => {
    await resetEmulatorState();
  });

  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  it('reads every key the manifest owns: metadata, state, policy, rotation, tags, aliases and grants', async () => {
    const policy = {
      Version: '2012-10-17',
      Id: 'custom',
      Statement: [
        {
          Sid: 'Root',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${DEFAULT_ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'App',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${DEFAULT_ACCOUNT}:role/app` },
          Action: ['kms:Decrypt', 'kms:Encrypt'],
          Resource: '*',
        },
      ],
    };
    const appData = await createKey(kms, {
      description: 'App data',
      tags: { ...ownershipTags(OWNER, 'app-data'), CostCenter: 'platform' },
      aliases: ['alias/app-data', 'alias/app-data-legacy'],
      policy,
    });
    await kms.send(new EnableKeyRotationCommand({ KeyId: appData.id, RotationPeriodInDays: 180 }));
    const grant = await kms.send(
      new CreateGrantCommand({
        KeyId: appData.id,
        Name: 'ebs-attach',
        GranteePrincipal: `arn:aws:iam::${DEFAULT_ACCOUNT}:role/app`,
        RetiringPrincipal: `arn:aws:iam::${DEFAULT_ACCOUNT}:role/kms-admin`,
        Operations: ['GenerateDataKey', 'Decrypt'],
        Constraints: { EncryptionContextSubset: { project: 'portfolio' } },
      }),
    );
    const reports = await createKey(kms, {
      description: 'Reports',
      tags: ownershipTags(OWNER, 'reports'),
    });
    await kms.send(new DisableKeyCommand({ KeyId: reports.id }));
    const retired = await createKey(kms, { tags: ownershipTags(OWNER, 'retired') });
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: retired.id, PendingWindowInDays: 7 }));
    const unmanaged = await createKey(kms, {
      tags: { Team: 'data' },
      aliases: ['alias/unmanaged'],
    });

    const live = await readLiveState(
      manifest(
        [
          '  app-data: { account: main, description: App data, aliases: [alias/app-data] }',
          '  reports: { account: main, description: Reports, state: disabled }',
        ].join('\n'),
      ),
    );

    expect(live.owner).toBe(OWNER);
    expect(live.owned.map((key) => key.ownership?.key)).toEqual(['app-data', 'reports', 'retired']);
    expect(live.owned.map((key) => key.arn)).not.toContain(unmanaged.arn);
    expect(live.adopted).toEqual([]);
    expect(live.foreign).toEqual([]);

    const [appDataLive, reportsLive, retiredLive] = live.owned;
    expect(appDataLive).toMatchObject({
      arn: appData.arn,
      id: appData.id,
      account: DEFAULT_ACCOUNT,
      region: emulatorRegion,
      description: 'App data',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyManager: 'CUSTOMER',
      state: 'Enabled',
      multiRegion: false,
      // moto ignores RotationPeriodInDays (docs/testing-moto-gaps.md): only `enabled` is checked.
      rotation: { enabled: true },
      policy,
      tags: { ...ownershipTags(OWNER, 'app-data'), CostCenter: 'platform' },
      ownership: { manifest: OWNER, key: 'app-data' },
    });
    expect(JSON.parse(appDataLive?.policyText ?? 'null')).toEqual(policy);
    expect(appDataLive?.aliases.map((alias) => alias.name)).toEqual([
      'alias/app-data',
      'alias/app-data-legacy',
    ]);
    expect(appDataLive?.grants).toEqual([
      {
        grantId: grant.GrantId,
        name: 'ebs-attach',
        granteePrincipal: `arn:aws:iam::${DEFAULT_ACCOUNT}:role/app`,
        retiringPrincipal: `arn:aws:iam::${DEFAULT_ACCOUNT}:role/kms-admin`,
        operations: ['Decrypt', 'GenerateDataKey'],
        encryptionContextSubset: { project: 'portfolio' },
      },
    ]);
    expect(reportsLive).toMatchObject({
      description: 'Reports',
      state: 'Disabled',
      rotation: { enabled: false },
      aliases: [],
      grants: [],
    });
    expect(retiredLive?.state).toBe('PendingDeletion');
    const deletionDate = Date.parse(retiredLive?.deletionDate ?? '');
    expect(deletionDate - Date.now()).toBeGreaterThan(6 * 86_400_000);
    expect(deletionDate - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);

    // The account's aliases are read once and shared: unmanaged ones are listed there only.
    expect(live.regions).toHaveLength(1);
    expect(live.regions[0]).toMatchObject({
      account: DEFAULT_ACCOUNT,
      region: emulatorRegion,
      discovery: 'tagging-api',
    });
    expect(live.regions[0]?.aliases).toContainEqual(
      expect.objectContaining({ name: 'alias/unmanaged', targetKeyId: unmanaged.id }),
    );
  });

  it('reads a multi-Region primary key with its replicas', async () => {
    const primary = await createKey(kms, {
      tags: ownershipTags(OWNER, 'global'),
      multiRegion: true,
    });
    await kms.send(new ReplicateKeyCommand({ KeyId: primary.id, ReplicaRegion: 'eu-west-1' }));

    const live = await readLiveState(
      manifest('  global: { account: main, multi_region: true, replicas: [eu-west-1] }'),
    );

    expect(live.owned).toHaveLength(1);
    expect(live.owned[0]).toMatchObject({
      id: primary.id,
      multiRegion: true,
      multiRegionConfiguration: {
        type: 'PRIMARY',
        primary: { arn: primary.arn, region: emulatorRegion },
        replicas: [{ arn: primary.arn.replace(emulatorRegion, 'eu-west-1'), region: 'eu-west-1' }],
      },
    });
  });

  it('reads each replica in its own Region, also a Region no key of the manifest is in, for four calls (its grants too, never its rotation) and one shared ListAliases', async () => {
    const primary = await createKey(kms, {
      tags: ownershipTags(OWNER, 'global'),
      multiRegion: true,
      aliases: ['alias/global'],
    });
    await kms.send(new ReplicateKeyCommand({ KeyId: primary.id, ReplicaRegion: 'eu-west-1' }));
    const ireland = kmsClient({ region: 'eu-west-1' });
    await ireland.send(
      new UpdateKeyDescriptionCommand({ KeyId: primary.id, Description: 'Global - Ireland' }),
    );
    await ireland.send(
      new TagResourceCommand({
        KeyId: primary.id,
        Tags: [{ TagKey: 'Site', TagValue: 'dub' }],
      }),
    );
    await ireland.send(
      new CreateAliasCommand({ AliasName: 'alias/global-eu', TargetKeyId: primary.id }),
    );
    await ireland.send(new DisableKeyCommand({ KeyId: primary.id }));

    // The manifest no longer lists eu-west-1: the replica is still read, through its primary.
    const stats = createApiCallStats();
    const live = await readLiveState(manifest('  global: { account: main, multi_region: true }'), {
      stats,
    });

    expect(live.owned.map((key) => key.arn)).toEqual([primary.arn]);
    expect(live.owned[0]?.multiRegionConfiguration?.type).toBe('PRIMARY');
    expect(live.replicas).toEqual([
      expect.objectContaining({
        arn: primary.arn.replace(emulatorRegion, 'eu-west-1'),
        id: primary.id,
        region: 'eu-west-1',
        description: 'Global - Ireland',
        state: 'Disabled',
        tags: { Site: 'dub' },
        aliases: [expect.objectContaining({ name: 'alias/global-eu' })],
        multiRegionConfiguration: expect.objectContaining({ type: 'REPLICA' }),
        rotation: undefined,
        grants: [],
      }),
    ]);
    expect(live.replicas?.[0]?.policy?.Statement.length).toBeGreaterThan(0);
    // The primary's alias is not taken for one of the replica's Region (moto lists it there).
    const irelandRegion = live.regions.find((region) => region.region === 'eu-west-1');
    expect(irelandRegion?.discovery).toBe('replicas');
    expect(
      irelandRegion?.aliases
        .map((alias) => alias.name)
        .filter((name) => !name.startsWith('alias/aws/')),
    ).toEqual(['alias/global-eu']);
    expect(live.owned[0]?.aliases.map((alias) => alias.name)).toEqual(['alias/global']);
    const calls = apiCallsByOperation(stats);
    expect(calls).toEqual({
      GetResources: 1,
      ListAliases: 2,
      DescribeKey: 2,
      GetKeyPolicy: 2,
      GetKeyRotationStatus: 1,
      ListGrants: 2,
      ListResourceTags: 1,
    });
  });

  it('costs four calls per owned key plus shared pages, and nothing per unmanaged key', async () => {
    const desired = manifest(
      ['a', 'b', 'c']
        .map((name) => `  ${name}: { account: main, aliases: [alias/${name}] }`)
        .join('\n'),
    );
    for (const name of ['a', 'b', 'c']) {
      await createKey(kms, { tags: ownershipTags(OWNER, name), aliases: [`alias/${name}`] });
    }
    const fewUnmanaged = createApiCallStats();
    await readLiveState(desired, { stats: fewUnmanaged });

    // 20 keys nobody manages and 5 of another manifest (not claimed by this one).
    for (let index = 0; index < 20; index++) {
      await createKey(kms, { tags: { Team: 'other' }, aliases: [`alias/unmanaged-${index}`] });
    }
    for (let index = 0; index < 5; index++) {
      await createKey(kms, { tags: ownershipTags(OTHER_OWNER, `payments-${index}`) });
    }
    const manyUnmanaged = createApiCallStats();
    const live = await readLiveState(desired, { stats: manyUnmanaged });

    expect(live.owned).toHaveLength(3);
    expect(apiCallsByOperation(manyUnmanaged)).toEqual({
      DescribeKey: 3,
      GetKeyPolicy: 3,
      GetKeyRotationStatus: 3,
      GetResources: 1,
      ListAliases: 1,
      ListGrants: 3,
    });
    expect(apiCallsByOperation(manyUnmanaged)).toEqual(apiCallsByOperation(fewUnmanaged));
    const sharedPages = 2;
    expect((totalApiCalls(manyUnmanaged) - sharedPages) / live.owned.length).toBeLessThanOrEqual(4);
  });

  it('reads an adopted key by its ARN, tags included, and says when an adopted key does not exist', async () => {
    const legacy = await createKey(kms, {
      description: 'Legacy EBS key',
      tags: { Team: 'storage' },
      aliases: ['alias/legacy-ebs'],
    });
    const missingArn = legacy.arn.replace(/key\/.*$/, 'key/00000000-0000-4000-8000-000000000000');
    const stats = createApiCallStats();

    const live = await readLiveState(
      manifest(
        [`  legacy: { adopt: '${legacy.arn}' }`, `  gone: { adopt: '${missingArn}' }`].join('\n'),
      ),
      { stats },
    );

    expect(live.owned).toEqual([]);
    expect(live.foreign).toEqual([]);
    expect(live.adopted).toHaveLength(2);
    expect(live.adopted[0]).toEqual({ name: 'gone', arn: missingArn, found: false });
    expect(live.adopted[1]).toMatchObject({
      name: 'legacy',
      arn: legacy.arn,
      found: true,
      key: {
        id: legacy.id,
        description: 'Legacy EBS key',
        tags: { Team: 'storage' },
        ownership: undefined,
        aliases: [expect.objectContaining({ name: 'alias/legacy-ebs' })],
      },
    });
    // Tags of an untagged adopted key need one ListResourceTags; the missing key stops at DescribeKey.
    expect(apiCallsByOperation(stats)).toMatchObject({ DescribeKey: 2, ListResourceTags: 1 });
  });

  it('reads an adopted key once it carries the ownership tags, without a second read', async () => {
    const legacy = await createKey(kms, { tags: ownershipTags(OWNER, 'legacy') });
    const stats = createApiCallStats();

    const live = await readLiveState(manifest(`  legacy: { adopt: '${legacy.arn}' }`), { stats });

    expect(live.owned.map((key) => key.id)).toEqual([legacy.id]);
    expect(live.adopted).toEqual([
      { name: 'legacy', arn: legacy.arn, found: true, key: live.owned[0] },
    ]);
    expect(perKeyCalls(stats)).toEqual({
      DescribeKey: 1,
      GetKeyPolicy: 1,
      GetKeyRotationStatus: 1,
      ListGrants: 1,
    });
    expect(stats.calls.get('ListResourceTags')).toBeUndefined();
  });

  it("reports another manifest's keys that this manifest claims, without reading them, and never claims one by its logical name alone", async () => {
    await createKey(kms, { tags: ownershipTags(OTHER_OWNER, 'app-data') });
    const legacy = await createKey(kms, { tags: ownershipTags(LEGACY_OWNER, 'app-data') });
    const aliased = await createKey(kms, {
      tags: ownershipTags(OTHER_OWNER, 'payments'),
      aliases: ['alias/reports'],
    });
    const adopted = await createKey(kms, { tags: ownershipTags(OTHER_OWNER, 'cards') });
    await createKey(kms, { tags: ownershipTags(OTHER_OWNER, 'unrelated') });
    const stats = createApiCallStats();

    const live = await readLiveState(
      manifest(
        [
          '  app-data: { account: main }',
          '  reports: { account: main, aliases: [alias/reports] }',
          `  legacy: { adopt: '${adopted.arn}' }`,
        ].join('\n'),
      ),
      { stats },
    );

    const other = (key: string) => ({ manifest: OTHER_OWNER, key });
    const where = { account: DEFAULT_ACCOUNT, region: emulatorRegion };
    expect(live.foreign).toEqual([
      {
        name: 'app-data',
        reason: 'legacy-path',
        arn: legacy.arn,
        ...where,
        ownership: { manifest: LEGACY_OWNER, key: 'app-data' },
      },
      { name: 'legacy', reason: 'adopt', arn: adopted.arn, ...where, ownership: other('cards') },
      {
        name: 'reports',
        reason: 'alias',
        alias: 'alias/reports',
        arn: aliased.arn,
        ...where,
        ownership: other('payments'),
      },
    ]);
    expect(live.owned).toEqual([]);
    expect(live.adopted[0]).toMatchObject({ found: true, key: { ownership: other('cards') } });
    // Only the adopted key is read; the others are known from discovery alone.
    expect(stats.calls.get('DescribeKey')).toBe(1);
  });

  it('falls back to ListKeys + ListResourceTags when the tagging API is denied', async () => {
    const owned = await createKey(kms, { tags: ownershipTags(OWNER, 'app-data') });
    await createKey(kms, { tags: { Team: 'data' } });
    await createKey(kms, { tags: ownershipTags(LEGACY_OWNER, 'app-data') });
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { operation: 'GetResources', status: 400, errorType: 'AccessDeniedException' },
    ]);
    const stats = createApiCallStats();
    const listed = await kms.send(new ListKeysCommand({}));

    const live = await readLiveState(manifest('  app-data: { account: main }'), {
      clients: createAwsClients({ endpoint: proxy.endpoint, stats }),
    });

    expect(live.owned.map((key) => key.id)).toEqual([owned.id]);
    expect(live.owned[0]?.tags).toEqual(ownershipTags(OWNER, 'app-data'));
    expect(live.foreign.map((claim) => claim.reason)).toEqual(['legacy-path']);
    expect(live.regions[0]?.discovery).toBe('list-keys');
    expect(live.regions[0]?.discoveryNote).toContain('tag:GetResources');
    expect(proxy.faults.get('GetResources')).toBe(1);
    // The fallback pays one ListResourceTags per key in the account, managed or not.
    expect(stats.calls.get('ListKeys')).toBe(1);
    expect(stats.calls.get('ListResourceTags')).toBe(listed.Keys?.length);
    expect(perKeyCalls(stats)).toEqual({
      DescribeKey: 1,
      GetKeyPolicy: 1,
      GetKeyRotationStatus: 1,
      ListGrants: 1,
    });
  });

  it("reads each account's keys with that account's credentials", async () => {
    const sts = new STSClient({ region: emulatorRegion, endpoint: emulatorEndpoint() });
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${SECOND_ACCOUNT}:role/kms-admin`,
        RoleSessionName: 'kms-action-test',
      }),
    );
    const secondCredentials: CredentialsProvider = {
      accessKeyId: assumed.Credentials?.AccessKeyId ?? '',
      secretAccessKey: assumed.Credentials?.SecretAccessKey ?? '',
      sessionToken: assumed.Credentials?.SessionToken ?? '',
    };
    const inMain = await createKey(kms, { tags: ownershipTags(OWNER, 'main-key') });
    const inSecond = await createKey(kmsClient({ credentials: secondCredentials }), {
      tags: ownershipTags(OWNER, 'second-key'),
    });
    const desired = manifest(
      ['  main-key: { account: main }', '  second-key: { account: second }'].join('\n'),
    );

    const live = await readLiveState(desired, {
      credentialsFor: (account) => (account === SECOND_ACCOUNT ? secondCredentials : undefined),
    });

    expect(live.owned.map((key) => [key.ownership?.key, key.account, key.arn])).toEqual([
      ['main-key', DEFAULT_ACCOUNT, inMain.arn],
      ['second-key', SECOND_ACCOUNT, inSecond.arn],
    ]);
    expect(live.regions.map((region) => region.account)).toEqual([DEFAULT_ACCOUNT, SECOND_ACCOUNT]);

    // Without a session for the second account, the default one answers for the wrong account.
    await expect(readLiveState(desired)).rejects.toThrow(
      new RegExp(
        `of account ${DEFAULT_ACCOUNT}, but the keys read there belong to account ${SECOND_ACCOUNT}`,
      ),
    );
  });

  it('retries throttled and failed calls with the SDK and reads through', async () => {
    const owned: CreatedKey[] = [];
    for (const name of ['a', 'b'])
      owned.push(await createKey(kms, { tags: ownershipTags(OWNER, name) }));
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { operation: 'DescribeKey', status: 400, errorType: 'ThrottlingException', times: 2 },
      { operation: 'ListGrants', status: 500, errorType: 'InternalFailure', times: 1 },
    ]);
    const stats = createApiCallStats();

    const live = await readLiveState(manifest('  a: { account: main }\n  b: { account: main }'), {
      clients: createAwsClients({ endpoint: proxy.endpoint, stats }),
    });

    expect(live.owned.map((key) => key.id).sort()).toEqual(owned.map((key) => key.id).sort());
    expect(stats.calls.get('DescribeKey')).toBe(2);
    expect(stats.attempts.get('DescribeKey')).toBe(4);
    expect(stats.attempts.get('ListGrants')).toBe(3);
  });

  it('fails with an AwsAccessError naming the call, key, account and what to check', async () => {
    const key = await createKey(kms, { tags: ownershipTags(OWNER, 'app-data') });
    const desired = manifest('  app-data: { account: main }');
    proxy = await startFaultProxy(emulatorEndpoint());
    const read = async (maxAttempts: number) =>
      readLiveState(desired, {
        clients: createAwsClients({ endpoint: proxy?.endpoint ?? '', maxAttempts }),
      }).then(
        () => undefined,
        (error: unknown) => error,
      );

    // moto's AccessDenied has no message; the error must still say what to allow.
    proxy.rules.push({
      operation: 'GetKeyPolicy',
      status: 400,
      errorType: 'AccessDeniedException',
    });
    const denied = await read(3);
    expect(denied).toBeInstanceOf(AwsAccessError);
    expect((denied as Error).message).toMatch(
      new RegExp(
        `^GetKeyPolicy on ${key.arn} \\(account ${DEFAULT_ACCOUNT}, region ${emulatorRegion}\\) was denied.*Allow kms:GetKeyPolicy`,
      ),
    );

    proxy.rules.splice(0, proxy.rules.length, {
      operation: 'ListAliases',
      status: 400,
      errorType: 'ThrottlingException',
      message: 'Rate exceeded',
    });
    const throttled = await read(2);
    expect(throttled).toBeInstanceOf(AwsAccessError);
    expect((throttled as Error).message).toContain('ListAliases on account 123456789012');
    expect((throttled as Error).message).toContain('still throttled after 2 attempts');
    expect((throttled as Error).message).toContain('AWS_MAX_ATTEMPTS');
  });

  it('fails with an AwsAccessError naming the endpoint when it is unreachable', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => {
          resolve(typeof address === 'object' && address !== null ? address.port : 0);
        });
      });
    });
    const endpoint = `http://127.0.0.1:${closedPort}`;

    const error: unknown = await readLiveState(manifest('  app-data: { account: main }'), {
      clients: createAwsClients({ endpoint, maxAttempts: 2 }),
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AwsAccessError);
    expect((error as Error).message).toMatch(/^(GetResources|ListAliases) on account 123456789012/);
    expect((error as Error).message).toContain(`could not reach ${endpoint}`);
    expect((error as Error).message).toContain('AWS_ENDPOINT_URL');
  });
});
