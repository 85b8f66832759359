/**
 * The read and the plan while AWS is still making a replica (AWS, "Create multi-Region replica
 * keys": a new replica is `Creating` for a few seconds; "AWS KMS eventual consistency": its
 * Region may answer NotFoundException meanwhile). The primary already lists the replica: a plan
 * read then must not create it again (ReplicateKey would answer AlreadyExistsException); it is a
 * `replica-creating` problem until the replica's Region describes it finished, and then the
 * replica is diffed as an existing one.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListGrantsCommand,
  ListResourceTagsCommand,
  NotFoundException,
  type KeyState,
} from '@aws-sdk/client-kms';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../../../adapters/aws/kms-client.ts';
import { readLiveState } from '../../../adapters/aws/read-live-state.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';

const ACCOUNT = '111122223333';
const ID = 'mrk-1234abcd12ab34cd56ef1234567890ab';
const ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${ID}`;
const EU_ARN = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${ID}`;
const OWNERSHIP = [
  { Key: 'kms-action:manifest', Value: 'acme/keys/kms.yaml' },
  { Key: 'kms-action:key', Value: 'global' },
];

function desired() {
  const result = readManifest(
    'kms.yaml',
    `version: 1
defaults: { account: '${ACCOUNT}', region: us-east-1 }
keys:
  global:
    multi_region: true
    replicas: [eu-west-1]
`,
    { repository: 'acme/keys', manifestPath: 'kms.yaml' },
  );
  if (!result.ok) throw new Error('invalid test manifest');
  return result.desired;
}

/** AWS with the primary in us-east-1 listing its replica, whose Region answers `replica()`. */
function awsWhereTheReplicaIs(replica: KeyState | 'not-found'): AwsClients {
  const manifest = desired();
  const key = manifest.keys[0];
  if (key === undefined) throw new Error('no key');
  const configuration = {
    PrimaryKey: { Arn: ARN, Region: 'us-east-1' },
    ReplicaKeys: [{ Arn: EU_ARN, Region: 'eu-west-1' }],
  };
  const metadata = (arn: string, state: KeyState, type: 'PRIMARY' | 'REPLICA') => ({
    KeyMetadata: {
      KeyId: ID,
      Arn: arn,
      AWSAccountId: ACCOUNT,
      Description: key.description,
      KeySpec: 'SYMMETRIC_DEFAULT' as const,
      KeyUsage: 'ENCRYPT_DECRYPT' as const,
      KeyManager: 'CUSTOMER' as const,
      Origin: 'AWS_KMS' as const,
      KeyState: state,
      MultiRegion: true,
      MultiRegionConfiguration: { MultiRegionKeyType: type, ...configuration },
    },
  });
  const policy = { Policy: JSON.stringify(key.policy?.document) };

  const primary = new KMSClient({ region: 'us-east-1' });
  const primaryMock = mockClient(primary);
  primaryMock.on(ListAliasesCommand).resolves({ Aliases: [] });
  primaryMock.on(DescribeKeyCommand).resolves(metadata(ARN, 'Enabled', 'PRIMARY'));
  primaryMock.on(GetKeyPolicyCommand).resolves(policy);
  primaryMock
    .on(GetKeyRotationStatusCommand)
    .resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
  primaryMock.on(ListGrantsCommand).resolves({ Grants: [] });

  const regional = new KMSClient({ region: 'eu-west-1' });
  const regionalMock = mockClient(regional);
  regionalMock.on(ListAliasesCommand).resolves({ Aliases: [] });
  regionalMock.on(DescribeKeyCommand).callsFake(() => {
    if (replica === 'not-found') {
      throw new NotFoundException({ message: `Key '${EU_ARN}' does not exist`, $metadata: {} });
    }
    return metadata(EU_ARN, replica, 'REPLICA');
  });
  regionalMock.on(GetKeyPolicyCommand).resolves(policy);
  regionalMock.on(ListResourceTagsCommand).resolves({
    Tags: OWNERSHIP.map(({ Key, Value }) => ({ TagKey: Key, TagValue: Value })),
  });
  regionalMock.on(ListGrantsCommand).resolves({ Grants: [] });

  const tagging = new ResourceGroupsTaggingAPIClient({ region: 'us-east-1' });
  mockClient(tagging)
    .on(GetResourcesCommand)
    .resolves({ ResourceTagMappingList: [{ ResourceARN: ARN, Tags: OWNERSHIP }] });

  return {
    kms: (_account, region) => (region === 'eu-west-1' ? regional : primary),
    tagging: () => tagging,
    endpointOf: (_service, region) => `https://kms.${region}.amazonaws.com`,
    destroy: () => undefined,
  };
}

async function planWhereTheReplicaIs(replica: KeyState | 'not-found') {
  const manifest = desired();
  const live = await readLiveState(manifest, { clients: awsWhereTheReplicaIs(replica) });
  return buildPlan(manifest, live, {
    applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-admin`,
  });
}

describe('a plan read while AWS is still making a replica', () => {
  it('NotFound in the replica Region: a replica-creating problem, no second create-replica', async () => {
    const plan = await planWhereTheReplicaIs('not-found');

    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((problem) => problem.code)).toEqual(['replica-creating']);
    expect(plan.problems[0]?.message).toContain('cannot describe it yet (NotFoundException)');
  });

  it('Creating in the replica Region: a replica-creating problem, no second create-replica', async () => {
    const plan = await planWhereTheReplicaIs('Creating');

    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((problem) => problem.code)).toEqual(['replica-creating']);
    expect(plan.problems[0]?.message).toContain('in state Creating');
  });

  it('then found Enabled: the replica is an existing one and the plan is empty', async () => {
    const plan = await planWhereTheReplicaIs('Enabled');

    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([]);
  });
});
