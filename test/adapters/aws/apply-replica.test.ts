/**
 * The ReplicateKey request of a create-replica change carries the replica's policy, tags and
 * description (issue 15): without them KMS gives the replica its default policy and no tags.
 */
import type { KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../adapters/aws/apply-plan.ts';
import type { AwsClients } from '../../../adapters/aws/kms-client.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { Change, Plan } from '../../../core/plan/plan-types.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const POLICY: KeyPolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Admins',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/kms-admin' },
      Action: 'kms:DescribeKey',
      Resource: '*',
    },
  ],
};

function recordingClients(): { clients: AwsClients; sent: { name: string; input: unknown }[] } {
  const sent: { name: string; input: unknown }[] = [];
  const kms = {
    send: (command: { constructor: { name: string }; input: unknown }) => {
      sent.push({ name: command.constructor.name, input: command.input });
      return Promise.resolve({});
    },
  } as unknown as KMSClient;
  const clients: AwsClients = {
    kms: () => kms,
    tagging: () => {
      throw new Error('no tagging calls expected');
    },
    endpointOf: () => 'http://localhost',
    destroy: () => undefined,
  };
  return { clients, sent };
}

describe('applying create-replica', () => {
  it('sends ReplicateKey with the policy, the ownership and user tags and the description', async () => {
    const change: Change = {
      address: 'key.global.replica.eu-west-1',
      key: 'global',
      account: '111122223333',
      region: 'us-east-1',
      keyId: 'mrk-1234abcd12ab34cd56ef1234567890ab',
      action: 'create-replica',
      replicaRegion: 'eu-west-1',
      before: null,
      after: 'eu-west-1',
      access: [],
      replica: {
        region: 'eu-west-1',
        description: 'global secrets',
        policy: POLICY,
        tags: {
          team: 'payments',
          'kms-action:manifest': 'acme/keys/kms.yaml',
          'kms-action:key': 'global',
        },
        bypassPolicyLockoutSafetyCheck: false,
      },
      risk: 'safe',
    };
    const plan: Plan = {
      owner: 'acme/keys/kms.yaml',
      file: 'kms.yaml',
      changes: [change],
      problems: [],
      summary: {
        changes: 1,
        byAction: {},
        byRisk: { safe: 1, disruptive: 0, destructive: 0 },
        problems: 0,
      },
    };
    const { clients, sent } = recordingClients();

    const result = await applyPlan(plan, { clients, allowDestructive: false });

    expect(result.failed).toBeUndefined();
    // ReplicateKey, then DescribeKey in the replica's Region until it is finished.
    expect(sent.map(({ name }) => name)).toEqual(['ReplicateKeyCommand', 'DescribeKeyCommand']);
    const input = sent[0]?.input as Record<string, unknown>;
    expect(input).toMatchObject({
      KeyId: 'mrk-1234abcd12ab34cd56ef1234567890ab',
      ReplicaRegion: 'eu-west-1',
      Description: 'global secrets',
      BypassPolicyLockoutSafetyCheck: false,
    });
    expect(JSON.parse(input['Policy'] as string)).toEqual(POLICY);
    expect(input['Tags']).toEqual([
      { TagKey: 'team', TagValue: 'payments' },
      { TagKey: 'kms-action:manifest', TagValue: 'acme/keys/kms.yaml' },
      { TagKey: 'kms-action:key', TagValue: 'global' },
    ]);
  });

  it('makes a new replica’s alias and state changes in its Region, by key id, after ReplicateKey', async () => {
    const desired = readManifest(
      'kms.yaml',
      `version: 1
defaults: { account: '111122223333', region: us-east-1 }
keys:
  global:
    multi_region: true
    replicas: [{ region: eu-west-1, aliases: [alias/global-eu], state: disabled }]
`,
      { repository: 'acme/keys', manifestPath: 'kms.yaml' },
    );
    if (!desired.ok) throw new Error('invalid test manifest');
    const plan = buildPlan(desired.desired, {
      owner: desired.desired.owner,
      owned: [],
      adopted: [],
      foreign: [],
      regions: [],
    });
    const sent: { region: string; name: string; input: Record<string, unknown> }[] = [];
    const clients: AwsClients = {
      kms: (_account, region) =>
        ({
          send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
            sent.push({ region, name: command.constructor.name, input: command.input });
            const id = 'mrk-1234abcd12ab34cd56ef1234567890ab';
            return Promise.resolve({
              KeyMetadata: { KeyId: id },
              ReplicaKeyMetadata: { KeyId: id },
            });
          },
        }) as unknown as KMSClient,
      tagging: () => {
        throw new Error('no tagging calls expected');
      },
      endpointOf: () => 'http://localhost',
      destroy: () => undefined,
    };

    const result = await applyPlan(plan, {
      clients,
      allowDestructive: false,
      consistency: { timeoutMs: 0, initialDelayMs: 0 },
    });

    expect(result.failed).toBeUndefined();
    expect(sent.map(({ region, name }) => [region, name])).toEqual([
      ['us-east-1', 'CreateKeyCommand'],
      ['us-east-1', 'DescribeKeyCommand'],
      ['us-east-1', 'EnableKeyRotationCommand'],
      ['us-east-1', 'ReplicateKeyCommand'],
      ['eu-west-1', 'DescribeKeyCommand'],
      ['eu-west-1', 'CreateAliasCommand'],
      ['eu-west-1', 'DisableKeyCommand'],
    ]);
    expect(sent[5]?.input).toEqual({
      AliasName: 'alias/global-eu',
      TargetKeyId: 'mrk-1234abcd12ab34cd56ef1234567890ab',
    });
    expect(sent[6]?.input).toEqual({ KeyId: 'mrk-1234abcd12ab34cd56ef1234567890ab' });
  });
});
