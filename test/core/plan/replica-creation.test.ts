/**
 * A replica is born managed (issue 15): the create-replica change carries the key's policy
 * (generated again for the replica's Region), its ownership and user tags and its
 * description, for a new key and for an existing key that gets a new replica alike.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { describeChange } from '../../../core/render/describe-change.ts';
import type { Change } from '../../../core/plan/plan-types.ts';
import { desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const MANIFEST = `  global:
    description: global secrets
    multi_region: true
    replicas: [eu-west-1]
    tags: { team: payments }
    policy:
      admins: [admin]
      users: [app]
      via_service: [secretsmanager]
      services: [{ service: logs }]
`;

function replicaChange(changes: readonly Change[]): Extract<Change, { action: 'create-replica' }> {
  const change = changes.find((candidate) => candidate.action === 'create-replica');
  if (change?.action !== 'create-replica') throw new Error('no create-replica change');
  return change;
}

describe('create-replica carries what ReplicateKey needs to make a managed replica', () => {
  it.each([
    ['a new key', false],
    ['an existing key without the replica', true],
  ])('%s', (_label, exists) => {
    const desired = desiredFrom(MANIFEST);
    const key = keyNamed(desired, 'global');
    const live = exists ? [liveFrom(key)] : [];
    const change = replicaChange(buildPlan(desired, liveState(desired, live)).changes);

    expect(change.replica.region).toBe('eu-west-1');
    expect(describeChange(change)).toBe(
      "replicate the key to eu-west-1, with the key policy for that Region and the replica's tags and description",
    );
    expect(change.replica.description).toBe('global secrets');
    expect(change.replica.tags).toEqual({
      team: 'payments',
      'kms-action:manifest': 'acme/keys/kms.yaml',
      'kms-action:key': 'global',
    });
    const text = JSON.stringify(change.replica.policy);
    // Region-dependent parts name the replica's Region, never the primary's.
    expect(text).toContain('secretsmanager.eu-west-1.amazonaws.com');
    expect(text).toContain('logs.eu-west-1.amazonaws.com');
    expect(text).not.toContain('us-east-1');
    // The MFA guard of the generated policy is there, unlike KMS's default policy.
    expect(text).toContain('DenyWithoutMfa');
    // Everything else is the primary's policy.
    expect(JSON.parse(text.replaceAll('eu-west-1', 'us-east-1'))).toEqual(key.policy?.document);
  });

  it('a raw policy document goes to the replica as written', () => {
    const desired = desiredFrom(`  raw:
    multi_region: true
    replicas: [eu-west-1]
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - { Sid: Root, Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
`);
    const change = replicaChange(buildPlan(desired, liveState(desired, [])).changes);
    expect(change.replica.policy).toEqual(keyNamed(desired, 'raw').policy?.document);
  });
});

describe('a replica that carries its key ownership tags', () => {
  const desired = desiredFrom(`  global: { multi_region: true, replicas: [eu-west-1] }
  local: { region: eu-west-1 }
`);
  const key = keyNamed(desired, 'global');
  const primary = liveFrom(key);
  const replicaArn = primary.arn.replace('us-east-1', 'eu-west-1');
  const multiRegion = {
    primary: { arn: primary.arn, region: 'us-east-1' },
    replicas: [{ arn: replicaArn, region: 'eu-west-1' }],
  };
  primary.multiRegionConfiguration = { type: 'PRIMARY', ...multiRegion };
  const replica = liveFrom(key, {
    arn: replicaArn,
    id: primary.id,
    region: 'eu-west-1',
    aliases: [],
    multiRegionConfiguration: { type: 'REPLICA', ...multiRegion },
  });
  const local = liveFrom(keyNamed(desired, 'local'));

  it('is not reported as an orphan where its Region is read', () => {
    // As read: discovery finds the replica in eu-west-1, and the primary lists it (replicas).
    const live = { ...liveState(desired, [primary, replica, local]), replicas: [replica] };
    const plan = buildPlan(desired, live);
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([]);
  });

  it('is an orphan when the manifest no longer declares the key', () => {
    const onlyLocal = desiredFrom('  local: { region: eu-west-1 }\n');
    const plan = buildPlan(onlyLocal, liveState(onlyLocal, [replica, local]));
    expect(plan.problems.map((problem) => problem.code)).toEqual(['orphan']);
  });
});
