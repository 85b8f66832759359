/**
 * A new replica is eventually consistent (AWS, "Create multi-Region replica keys": "When this
 * operation completes, the new replica key has a transient key state of Creating"; "AWS KMS
 * eventual consistency": a NotFoundException can answer for a while). A plan read in that
 * window sees the primary list the replica while its Region cannot describe it, or describes it
 * as `Creating`. Such a plan must neither create the replica again (ReplicateKey would fail with
 * AlreadyExistsException) nor plan its aliases without a key id, nor look converged: it is a
 * `replica-creating` problem that says to re-run later.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { LiveKey } from '../../../core/plan/live-state.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';
import { EU_ARN, KEY, liveOf, stateOf } from './replica-fixtures.ts';

const IRELAND = `${KEY}    replicas:
      - region: eu-west-1
        aliases: [alias/global-eu]
        tags: { site: dub }
`;

function planWith(manifest: string, replicas: (live: LiveKey[]) => LiveKey[]) {
  const desired = desiredFrom(manifest);
  const { primary, replicas: asApplied } = liveOf(keyNamed(desired, 'global'));
  return buildPlan(desired, stateOf(desired, primary, replicas(asApplied)), {
    applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-admin`,
  });
}

describe('a replica AWS is still creating', () => {
  it('listed by its primary but not describable in its Region: a replica-creating problem, nothing created again', () => {
    const plan = planWith(IRELAND, () => []);

    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'replica-creating',
        key: 'global',
        message: expect.stringContaining(EU_ARN) as unknown,
        help: expect.stringContaining('Run plan or apply again') as unknown,
      }),
    ]);
  });

  it('described in state Creating: a replica-creating problem, its aliases and tags not planned yet', () => {
    const plan = planWith(IRELAND, (replicas) =>
      replicas.map((replica) => ({
        ...replica,
        state: 'Creating' as const,
        aliases: [],
        tags: {},
      })),
    );

    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((problem) => problem.code)).toEqual(['replica-creating']);
    expect(plan.problems[0]?.message).toContain('Creating');
  });

  it('a replica declared pending_deletion that its Region no longer describes needs nothing', () => {
    const plan = planWith(
      IRELAND.replace('tags: { site: dub }', 'state: pending_deletion'),
      () => [],
    );

    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([]);
  });

  it('once the replica is described and Enabled, its own settings are planned as usual', () => {
    const plan = planWith(IRELAND, (replicas) =>
      replicas.map((replica) => ({ ...replica, state: 'Enabled' as const, tags: {} })),
    );

    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => [change.address, change.action])).toEqual([
      ['key.global.replica.eu-west-1', 'tag'],
    ]);
  });

  it('found by discovery in its Region before its primary lists it: a replica-creating problem, not a second ReplicateKey', () => {
    const desired = desiredFrom(`${IRELAND}  local: { region: eu-west-1 }
`);
    const { primary, replicas } = liveOf(keyNamed(desired, 'global'));
    const notListed: LiveKey = {
      ...primary,
      multiRegionConfiguration: {
        type: 'PRIMARY',
        primary: { arn: primary.arn, region: primary.region },
        replicas: [],
      },
    };
    const replica = replicas[0];
    if (replica === undefined) throw new Error('no replica');
    const local = liveFrom(keyNamed(desired, 'local'));
    // Discovery in eu-west-1 (a Region of the manifest: `local` is there) finds the replica.
    const live = liveState(desired, [notListed, replica, local]);
    live.regions = [
      { account: ACCOUNT, region: 'us-east-1', discovery: 'tagging-api', aliases: primary.aliases },
      {
        account: ACCOUNT,
        region: 'eu-west-1',
        discovery: 'tagging-api',
        aliases: [...replica.aliases, ...local.aliases],
      },
    ];

    const plan = buildPlan(desired, live, {
      applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-admin`,
    });

    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((problem) => problem.code)).toEqual(['replica-creating']);
    expect(plan.problems[0]?.message).toContain('does not list it yet');
  });
});
