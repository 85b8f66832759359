/**
 * A grant belongs to one KMS key in one Region and is never replicated: an out-of-band grant
 * on a replica gives access to the same key material as the primary. Replica grants are read
 * and diffed like a key's; a replica declares none, so each live one is an undeclared grant,
 * revoked only as a destructive change in the replica's Region and reported by drift.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { findDriftAlarms } from '../../../core/plan/find-drift-alarms.ts';
import { identifyChange } from '../../../core/plan/identify-change.ts';
import { describeDriftAlarm } from '../../../core/render/describe-drift-alarm.ts';
import type { LiveGrant } from '../../../core/plan/live-state.ts';
import { ACCOUNT, desiredFrom, keyNamed } from './plan-fixtures.ts';
import { ID, KEY, liveOf, stateOf } from './replica-fixtures.ts';

const GRANT: LiveGrant = {
  grantId: 'g-replica-1',
  name: 'sneaky',
  granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/outsider`,
  operations: ['Decrypt'],
};

function planWith(grants: LiveGrant[] | undefined, manifest = `${KEY}    replicas: [eu-west-1]\n`) {
  const desired = desiredFrom(manifest);
  const { primary, replicas } = liveOf(keyNamed(desired, 'global'));
  const withGrants = replicas.map((replica) => ({ ...replica, grants: grants }));
  return buildPlan(desired, stateOf(desired, primary, withGrants));
}

describe('grants on replicas', () => {
  it('plans nothing for a replica without grants', () => {
    expect(planWith([]).changes).toEqual([]);
  });

  it('an out-of-band grant on a replica is a destructive revoke at the replica, in its Region, by its key id', () => {
    const plan = planWith([GRANT]);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        address: 'key.global.replica.eu-west-1',
        key: 'global',
        region: 'eu-west-1',
        keyId: ID,
        action: 'revoke-grant',
        grantId: 'g-replica-1',
        risk: 'destructive',
        before: expect.objectContaining({ granteePrincipal: GRANT.granteePrincipal }),
        note: expect.stringContaining('replica'),
      }),
    ]);
    expect(plan.summary.byRisk.destructive).toBe(1);
  });

  it('drift reports the replica grant as an undeclared grant at the replica', () => {
    const plan = planWith([GRANT]);
    expect(findDriftAlarms(plan, { drift: true })).toEqual([
      expect.objectContaining({
        kind: 'undeclared-grant',
        address: 'key.global.replica.eu-west-1',
      }),
    ]);
  });

  it('two grants on one replica are two changes with their own identities', () => {
    const plan = planWith([GRANT, { ...GRANT, grantId: 'g-replica-2', name: 'other' }]);
    const ids = plan.changes.map((change) => identifyChange(change));
    expect(plan.changes).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('grants of a replica being deleted, or whose grants could not be read, plan nothing', () => {
    const deleting = `${KEY}    replicas: [{ region: eu-west-1, state: pending_deletion }]\n`;
    const plan = planWith([GRANT], deleting);
    expect(plan.changes.filter((change) => change.action === 'revoke-grant')).toEqual([]);
    expect(planWith(undefined).changes).toEqual([]);
  });
});

describe('keep_grants on a multi-Region key', () => {
  it("the key's keep rules keep the grants AWS made on its replicas (an EBS volume in the replica's Region)", () => {
    const ebs: LiveGrant = {
      grantId: 'g-ebs',
      granteePrincipal: `arn:aws:sts::${ACCOUNT}:assumed-role/aws:ec2-infrastructure/i-0abc`,
      operations: ['Decrypt'],
      encryptionContextSubset: { 'aws:ebs:id': 'vol-1' },
    };
    const manifest = `${KEY}    replicas: [eu-west-1]\n    keep_grants:\n      - { grantee: "arn:aws:iam::${ACCOUNT}:role/aws:ec2-infrastructure", reason: EBS volumes }\n`;
    const plan = planWith([ebs, GRANT], manifest);
    expect(plan.keptGrants).toEqual([
      expect.objectContaining({
        address: 'key.global.replica.eu-west-1',
        region: 'eu-west-1',
        grantId: 'g-ebs',
        rule: expect.objectContaining({ reason: 'EBS volumes' }),
      }),
    ]);
    expect(plan.changes).toEqual([
      expect.objectContaining({ action: 'revoke-grant', grantId: 'g-replica-1' }),
    ]);
  });

  it('an unkept grant to an AWS-operated grantee on a replica is marked to be named', () => {
    const rds: LiveGrant = {
      grantId: 'g-rds',
      granteePrincipal: 'rds.eu-west-1.amazonaws.com',
      operations: ['Decrypt'],
    };
    expect(planWith([rds]).changes).toEqual([
      expect.objectContaining({
        action: 'revoke-grant',
        awsGrantee: true,
        note: expect.stringContaining('--revoke-grant g-rds'),
      }),
    ]);
  });
});

describe('drift alarms name the replica', () => {
  it('says the grant is on the replica in its Region, not on the key', () => {
    const [alarm] = findDriftAlarms(planWith([GRANT]), { drift: true });
    if (alarm === undefined) throw new Error('no alarm');
    expect(describeDriftAlarm(alarm)).toBe(
      `the eu-west-1 replica of key global has a grant sneaky nobody declared: ${GRANT.granteePrincipal} may Decrypt`,
    );
  });
});
