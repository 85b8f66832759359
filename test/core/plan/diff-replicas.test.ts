/**
 * Replicas are planned like keys (issue 15 item 5): each declared replica is diffed against
 * the live replica read in its Region, its changes addressed `key.<name>.replica.<Region>` and
 * made in that Region; a live replica the manifest no longer lists is a `replica-removal`
 * problem, never deleted silently.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { findDriftAlarms } from '../../../core/plan/find-drift-alarms.ts';
import { identifyChange } from '../../../core/plan/identify-change.ts';
import type { Change } from '../../../core/plan/plan-types.ts';
import { selectDriftRepairs } from '../../../core/plan/select-drift-repairs.ts';
import { ACCOUNT, REGION, desiredFrom, keyNamed, liveState } from './plan-fixtures.ts';
import { EU_ARN, ID, KEY, liveOf, stateOf } from './replica-fixtures.ts';

function planFor(manifest: string, live: string = manifest) {
  const before = desiredFrom(live);
  const { primary, replicas } = liveOf(keyNamed(before, 'global'));
  const desired = desiredFrom(manifest);
  return buildPlan(desired, stateOf(desired, primary, replicas), {
    applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-admin`,
  });
}

const WITH_REPLICA = `${KEY}    replicas:
      - region: eu-west-1
        description: global data - Ireland
        aliases: [alias/global-eu]
        tags: { site: dub }
`;

describe('replicas diffed like keys', () => {
  it('plans nothing when the replica is as declared', () => {
    const plan = planFor(WITH_REPLICA);
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([]);
  });

  it('a replica description change is one change, on the replica, in its Region', () => {
    const plan = planFor(WITH_REPLICA.replace('global data - Ireland', 'Ireland'), WITH_REPLICA);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        address: 'key.global.replica.eu-west-1',
        action: 'update-description',
        region: 'eu-west-1',
        keyId: ID,
        before: 'global data - Ireland',
        after: 'Ireland',
      }),
    ]);
  });

  it('a replica policy change carries its access diff and is made in the replica Region', () => {
    const plan = planFor(
      WITH_REPLICA.replace(
        'tags: { site: dub }',
        'tags: { site: dub }\n        policy: { admins: [admin] }',
      ),
      WITH_REPLICA,
    );
    expect(plan.problems).toEqual([]);
    const [change] = plan.changes;
    expect(plan.changes).toHaveLength(1);
    expect(change).toMatchObject({
      address: 'key.global.replica.eu-west-1',
      action: 'update-policy',
      region: 'eu-west-1',
      risk: 'disruptive',
    });
    if (change?.action !== 'update-policy') throw new Error('no policy change');
    expect(change.access).toContainEqual(
      expect.objectContaining({
        principal: `arn:aws:iam::${ACCOUNT}:role/app`,
        change: 'loses',
      }),
    );
  });

  it('tags, aliases and state of a replica are its own; alias changes are addressed in its Region', () => {
    const plan = planFor(
      WITH_REPLICA.replace(
        'aliases: [alias/global-eu]',
        'aliases: [alias/global-ie]\n        state: disabled',
      ).replace('{ site: dub }', '{ site: ie }'),
      WITH_REPLICA,
    );
    expect(plan.changes.map((change) => [change.address, change.action, change.region])).toEqual([
      ['key.global.replica.eu-west-1', 'tag', 'eu-west-1'],
      ['alias.eu-west-1.alias/global-ie', 'create-alias', 'eu-west-1'],
      ['key.global.replica.eu-west-1', 'disable', 'eu-west-1'],
      ['alias.eu-west-1.alias/global-eu', 'delete-alias', 'eu-west-1'],
    ]);
    expect(plan.changes.every((change) => change.keyId === ID)).toBe(true);
  });

  it('a live replica left out of the manifest is a replica-removal problem; pending_deletion schedules it, destructive', () => {
    const removed = planFor(KEY, WITH_REPLICA);
    expect(removed.changes).toEqual([]);
    expect(removed.problems).toEqual([
      expect.objectContaining({
        code: 'replica-removal',
        key: 'global',
        message: expect.stringContaining(`replica in eu-west-1 (${EU_ARN})`),
        help: expect.stringContaining('state: pending_deletion'),
      }),
    ]);

    const deleted = planFor(
      `${KEY}    replicas: [{ region: eu-west-1, state: pending_deletion, deletion_window_in_days: 7 }]\n`,
      WITH_REPLICA,
    );
    // The replica's generated policy denies ScheduleKeyDeletion without MFA: the applier
    // check reads the replica's own policy and sends the deletion to the break-glass path.
    expect(deleted.problems).toEqual([
      expect.objectContaining({
        code: 'applier-denied',
        message: expect.stringContaining(
          'key.global.replica.eu-west-1 (schedule-deletion) needs kms:ScheduleKeyDeletion',
        ),
      }),
    ]);
    expect(deleted.changes).toEqual([
      expect.objectContaining({
        address: 'key.global.replica.eu-west-1',
        action: 'schedule-deletion',
        region: 'eu-west-1',
        windowInDays: 7,
        risk: 'destructive',
      }),
    ]);
  });

  it('a new replica is created with its own settings, then disabled when declared so', () => {
    const desired = desiredFrom(
      `${KEY}    replicas: [{ region: eu-west-1, description: Ireland, state: disabled, aliases: [alias/global-eu] }]\n`,
    );
    const plan = buildPlan(desired, liveState(desired, []));
    const replicaChanges = plan.changes.filter((change) => change.address.includes('eu-west-1'));
    expect(replicaChanges.map((change) => [change.address, change.action, change.region])).toEqual([
      ['key.global.replica.eu-west-1', 'create-replica', REGION],
      ['alias.eu-west-1.alias/global-eu', 'create-alias', 'eu-west-1'],
      ['key.global.replica.eu-west-1', 'disable', 'eu-west-1'],
    ]);
    const create = replicaChanges[0];
    if (create?.action !== 'create-replica') throw new Error('no create-replica');
    expect(create.replica.description).toBe('Ireland');
  });

  it('refuses a replica policy that would lock out the account root (policy-lockout)', () => {
    const lockedOut = `${KEY}    replicas:
      - region: eu-west-1
        policy:
          document:
            Version: '2012-10-17'
            Statement:
              - { Sid: App, Effect: Allow, Principal: { AWS: 'arn:aws:iam::${ACCOUNT}:role/app' }, Action: 'kms:Decrypt', Resource: '*' }
`;
    const existing = planFor(lockedOut, `${KEY}    replicas: [eu-west-1]\n`);
    expect(existing.problems).toEqual([
      expect.objectContaining({
        code: 'policy-lockout',
        message: expect.stringContaining(
          "global's eu-west-1 replica would lock out the account root",
        ),
      }),
    ]);
    const desired = desiredFrom(lockedOut);
    const fresh = buildPlan(desired, liveState(desired, []), {
      applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-admin`,
    });
    expect(fresh.problems).toEqual([
      expect.objectContaining({
        code: 'policy-lockout',
        message: expect.stringContaining("global's new eu-west-1 replica would lock out"),
      }),
    ]);
  });

  it('drift repair re-enables a replica only when it was declared enabled before the push too', () => {
    const disabledBefore = desiredFrom(
      `${KEY}    replicas: [{ region: eu-west-1, state: disabled }]\n`,
    );
    const enabledNow = desiredFrom(`${KEY}    replicas: [eu-west-1]\n`);
    const { primary, replicas } = liveOf(keyNamed(disabledBefore, 'global'));
    const plan = buildPlan(enabledNow, stateOf(enabledNow, primary, replicas));
    const enable = plan.changes.filter((change) => change.action === 'enable');
    expect(enable.map((change) => change.address)).toEqual(['key.global.replica.eu-west-1']);
    expect(selectDriftRepairs(enabledNow, plan.changes, disabledBefore)).toEqual([]);
    expect(selectDriftRepairs(enabledNow, plan.changes, enabledNow)).toEqual(enable);
  });

  it('drift reports a replica disabled out of band as a disabled-key alarm at the replica', () => {
    const desired = desiredFrom(`${KEY}    replicas: [eu-west-1]\n`);
    const { primary, replicas } = liveOf(keyNamed(desired, 'global'));
    const disabled = replicas.map((replica) => ({ ...replica, state: 'Disabled' as const }));
    const plan = buildPlan(desired, stateOf(desired, primary, disabled));
    expect(findDriftAlarms(plan, { drift: true })).toEqual([
      { kind: 'disabled', key: 'global', address: 'key.global.replica.eu-west-1' },
    ]);
  });

  it('a replica change is identified apart from the same change on its primary (saved plans, reviews)', () => {
    const plan = planFor(
      WITH_REPLICA.replace('description: global data\n', 'description: new\n').replace(
        'global data - Ireland',
        'new',
      ),
      WITH_REPLICA.replace('global data - Ireland', 'global data'),
    );
    // Ordered by Region: eu-west-1 before us-east-1.
    const [replica, primary] = plan.changes;
    expect(plan.changes.map((change) => `${change.address} ${change.action}`)).toEqual([
      'key.global.replica.eu-west-1 update-description',
      'key.global update-description',
    ]);
    expect(primary?.keyId).toBe(replica?.keyId);
    expect(identifyChange(primary as Change)).not.toBe(identifyChange(replica as Change));
  });
});
