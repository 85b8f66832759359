/**
 * ReplicateKey returns before the replica is done (AWS, "Create multi-Region replica keys":
 * "the new replica key has a transient key state of Creating ... If you are creating and using
 * the replica key programmatically, retry on KMSInvalidStateException or call DescribeKey to
 * check its KeyState value before using it"; "AWS KMS eventual consistency": a NotFoundException
 * can answer for a while). Apply waits, bounded, until the replica's Region describes it out of
 * `Creating`, and only then makes the replica's own changes there; a replica that already
 * exists (AlreadyExistsException) is one clear message.
 *
 * The replica Region is simulated: each call there is a tick of time; the replica is not
 * found before tick `visibleAt`, is `Creating` before tick `readyAt`, and refuses alias and
 * state changes until it is visible.
 */
import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  KMSClient,
  NotFoundException,
  ReplicateKeyCommand,
  type KeyState,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../adapters/aws/apply-plan.ts';
import type { AwsClients } from '../../../adapters/aws/kms-client.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { Plan } from '../../../core/plan/plan-types.ts';

const ID = 'mrk-1234abcd12ab34cd56ef1234567890ab';
const ACCOUNT = '111122223333';
const NO_WAIT = { timeoutMs: 0, initialDelayMs: 0 };
const SHORT_WAIT = { timeoutMs: 30_000, initialDelayMs: 1 };

function planToCreate(): Plan {
  const desired = readManifest(
    'kms.yaml',
    `version: 1
defaults: { account: '${ACCOUNT}', region: us-east-1 }
keys:
  global:
    multi_region: true
    replicas: [{ region: eu-west-1, aliases: [alias/global-eu], state: disabled }]
`,
    { repository: 'acme/keys', manifestPath: 'kms.yaml' },
  );
  if (!desired.ok) throw new Error('invalid test manifest');
  return buildPlan(desired.desired, {
    owner: desired.desired.owner,
    owned: [],
    adopted: [],
    foreign: [],
    regions: [],
  });
}

const notFound = (): NotFoundException =>
  new NotFoundException({
    message: `Key 'arn:aws:kms:eu-west-1:${ACCOUNT}:key/${ID}' does not exist`,
    $metadata: {},
  });

interface Simulation {
  clients: AwsClients;
  /** The replica Region as it ends up. */
  replica: { aliases: string[]; state: KeyState | undefined };
}

function simulate(options: {
  visibleAt: number;
  readyAt: number;
  replicate?: () => Promise<unknown>;
}): Simulation {
  const primaryKms = new KMSClient({ region: 'us-east-1' });
  const replicaKms = new KMSClient({ region: 'eu-west-1' });
  const primary = mockClient(primaryKms);
  primary.on(CreateKeyCommand).resolves({ KeyMetadata: { KeyId: ID, KeyState: 'Enabled' } });
  primary.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: ID, KeyState: 'Enabled' } });
  primary.on(EnableKeyRotationCommand).resolves({});
  const replica: Simulation['replica'] = { aliases: [], state: undefined };
  let replicated = false;
  primary.on(ReplicateKeyCommand).callsFake(async () => {
    if (options.replicate !== undefined) return options.replicate();
    replicated = true;
    return { ReplicaKeyMetadata: { KeyId: ID, KeyState: 'Creating' } };
  });

  let tick = 0;
  const stateNow = (): KeyState | undefined => {
    tick += 1;
    if (!replicated || tick < options.visibleAt) return undefined;
    replica.state ??= 'Creating';
    if (replica.state === 'Creating' && tick >= options.readyAt) replica.state = 'Enabled';
    return replica.state;
  };
  const regional = mockClient(replicaKms);
  regional.on(DescribeKeyCommand).callsFake(() => {
    const state = stateNow();
    if (state === undefined) throw notFound();
    return { KeyMetadata: { KeyId: ID, KeyState: state } };
  });
  regional.on(CreateAliasCommand).callsFake((input: { AliasName: string }) => {
    if (stateNow() === undefined) throw notFound();
    replica.aliases.push(input.AliasName);
    return {};
  });
  regional.on(DisableKeyCommand).callsFake(() => {
    if (stateNow() === undefined) throw notFound();
    replica.state = 'Disabled';
    return {};
  });

  const clients: AwsClients = {
    kms: (_account, region) => (region === 'eu-west-1' ? replicaKms : primaryKms),
    tagging: () => {
      throw new Error('no tagging calls expected');
    },
    endpointOf: (_service, region) => `https://kms.${region}.amazonaws.com`,
    destroy: () => undefined,
  };
  return { clients, replica };
}

describe('apply waits for a new replica before its own changes', () => {
  it('NotFound, then Creating, then Enabled: the alias and the disabled state land on the replica', async () => {
    const { clients, replica } = simulate({ visibleAt: 3, readyAt: 5 });

    const result = await applyPlan(planToCreate(), {
      clients,
      allowDestructive: false,
      consistency: SHORT_WAIT,
    });

    expect(result.failed).toBeUndefined();
    expect(replica).toEqual({ aliases: ['alias/global-eu'], state: 'Disabled' });
  });

  it('a replica already visible and Enabled needs no wait', async () => {
    const { clients, replica } = simulate({ visibleAt: 1, readyAt: 1 });

    const result = await applyPlan(planToCreate(), {
      clients,
      allowDestructive: false,
      consistency: NO_WAIT,
    });

    expect(result.failed).toBeUndefined();
    expect(replica).toEqual({ aliases: ['alias/global-eu'], state: 'Disabled' });
  });

  it('a replica still Creating when the wait ends stops the apply before its own changes, with a clear message', async () => {
    const { clients, replica } = simulate({ visibleAt: 1, readyAt: Number.POSITIVE_INFINITY });

    const result = await applyPlan(planToCreate(), {
      clients,
      allowDestructive: false,
      consistency: NO_WAIT,
    });

    expect(result.failed?.change.action).toBe('create-replica');
    expect(result.failed?.error.message).toMatch(
      /key\.global\.replica\.eu-west-1 .*still in state Creating in eu-west-1 .*run apply again/,
    );
    expect(result.failed?.notAttempted.map((change) => change.action)).toEqual([
      'create-alias',
      'disable',
    ]);
    expect(replica).toEqual({ aliases: [], state: 'Creating' });
  });

  it('a replica its Region never describes within the wait stops the apply with a clear message', async () => {
    const { clients, replica } = simulate({
      visibleAt: Number.POSITIVE_INFINITY,
      readyAt: Number.POSITIVE_INFINITY,
    });

    const result = await applyPlan(planToCreate(), {
      clients,
      allowDestructive: false,
      consistency: NO_WAIT,
    });

    expect(result.failed?.error.message).toMatch(
      /key\.global\.replica\.eu-west-1 .*eu-west-1 does not describe it yet .*run apply again/,
    );
    expect(replica).toEqual({ aliases: [], state: undefined });
  });
});

describe('ReplicateKey answering AlreadyExistsException', () => {
  it('is one clear message: the replica exists, plan again; no stack trace', async () => {
    const { clients, replica } = simulate({
      visibleAt: 1,
      readyAt: 1,
      replicate: () =>
        Promise.reject(
          new AlreadyExistsException({
            message: `Replica key already exists in eu-west-1`,
            $metadata: { httpStatusCode: 400 },
          }),
        ),
    });

    const result = await applyPlan(planToCreate(), {
      clients,
      allowDestructive: false,
      consistency: NO_WAIT,
    });

    const message = result.failed?.error.message ?? '';
    expect(result.failed?.change.action).toBe('create-replica');
    expect(message).toMatch(/^key\.global\.replica\.eu-west-1 \(.*\): /);
    expect(message).toContain(`key ${ID} already has a replica in eu-west-1`);
    expect(message).toMatch(/run plan again/);
    expect(message).not.toMatch(/\n\s+at /);
    expect(replica).toEqual({ aliases: [], state: undefined });
  });
});
