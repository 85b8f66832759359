/**
 * A live key belongs to one entry. A pull request that renames the production key the
 * documented way (`b: moved_from: old`) and also adopts the same key under another entry
 * (`a: adopt: <its ARN>, state: pending_deletion`) showed a safe re-tag and the "retirement of a
 * legacy key": with the destructive opt-in, the production key was scheduled for deletion. The
 * same came from two entries adopting one key (two spellings of its ARN, read by key id).
 * Every entry that stands for a live key another entry stands for is refused, and none of
 * them is planned.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { LiveKey, LiveState } from '../../../core/plan/live-state.ts';
import { selectTargetKeys } from '../../../core/plan/select-target-keys.ts';
import { ACCOUNT, REGION, desiredFrom, keyNamed, liveFrom } from './plan-fixtures.ts';
import { ARN, EU_ARN, liveOf, stateOf as replicaStateOf } from './replica-fixtures.ts';

function stateOf(
  owner: string,
  owned: LiveKey[],
  adopted: LiveState['adopted'],
  aliases: LiveKey['aliases'],
): LiveState {
  return {
    owner,
    owned,
    adopted,
    foreign: [],
    regions: [{ account: ACCOUNT, region: REGION, discovery: 'tagging-api', aliases }],
  };
}

describe('one live key that two entries stand for', () => {
  it('adopt on one entry and moved_from on another: both refused, nothing planned for either', () => {
    const before = desiredFrom(`  old:
    description: prod data
    aliases: [alias/prod-data]
    policy: { admins: [admin], users: [app] }
`);
    const live = liveFrom(keyNamed(before, 'old'));
    const desired = desiredFrom(`  a:
    adopt: ${live.arn}
    description: legacy key
    state: pending_deletion
  b:
    moved_from: old
    description: prod data
    aliases: [alias/prod-data]
    policy: { admins: [admin], users: [app] }
`);
    const plan = buildPlan(
      desired,
      stateOf(
        desired.owner,
        [live],
        [{ name: 'a', arn: live.arn, found: true, key: live }],
        live.aliases,
      ),
    );
    expect(plan.changes.filter((change) => change.keyId === live.id)).toEqual([]);
    expect(
      plan.problems
        .map((problem) => [problem.code, problem.key])
        .sort((x, y) => (x[1] ?? '').localeCompare(y[1] ?? '')),
    ).toEqual([
      ['key-claimed-twice', 'a'],
      ['key-claimed-twice', 'b'],
    ]);
    expect(plan.problems[0]?.message).toContain(live.arn);
    // The key is not also reported as an orphan: it is declared, twice.
    expect(plan.problems.some((problem) => problem.code === 'orphan')).toBe(false);
  });

  it('two entries adopting one live key (the read finds both by key id): both refused', () => {
    const desired = desiredFrom(`  prod-data:
    adopt: arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab
    description: prod data
  legacy:
    adopt: arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ac
    description: legacy key
    state: pending_deletion
`);
    const live = liveFrom(keyNamed(desired, 'prod-data'), {
      id: '1234abcd-12ab-34cd-56ef-1234567890ab',
      arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      ownership: undefined,
      tags: {},
    });
    // Each entry read on its own: equal keys, distinct objects.
    const plan = buildPlan(
      desired,
      stateOf(
        desired.owner,
        [],
        [
          { name: 'prod-data', arn: live.arn, found: true, key: live },
          { name: 'legacy', arn: live.arn, found: true, key: { ...live } },
        ],
        [],
      ),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((problem) => problem.code)).toEqual([
      'key-claimed-twice',
      'key-claimed-twice',
    ]);
  });

  it('a rename alone is still a safe re-tag', () => {
    const before = desiredFrom(`  old:
    description: prod data
    policy: { admins: [admin], users: [app] }
`);
    const live = liveFrom(keyNamed(before, 'old'));
    const desired = desiredFrom(`  b:
    moved_from: old
    description: prod data
    policy: { admins: [admin], users: [app] }
`);
    const plan = buildPlan(desired, stateOf(desired.owner, [live], [], []));
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => `${change.action} ${change.risk}`)).toEqual(['retag safe']);
  });

  it('--target on one of the two entries: the targeted one is refused, its deletion not planned', () => {
    const before = desiredFrom(`  old:
    description: prod data
    policy: { admins: [admin], users: [app] }
`);
    const live = liveFrom(keyNamed(before, 'old'));
    const full = desiredFrom(`  a:
    adopt: ${live.arn}
    description: legacy key
    state: pending_deletion
  b:
    moved_from: old
    description: prod data
    policy: { admins: [admin], users: [app] }
`);
    const state = stateOf(
      full.owner,
      [live],
      [{ name: 'a', arn: live.arn, found: true, key: live }],
      live.aliases,
    );
    const onlyA = buildPlan(selectTargetKeys(full, ['a']), state);
    expect(onlyA.changes).toEqual([]);
    expect(onlyA.problems.map((problem) => [problem.code, problem.key])).toEqual([
      ['key-claimed-twice', 'a'],
    ]);
    const onlyB = buildPlan(selectTargetKeys(full, ['b']), state);
    expect(onlyB.changes).toEqual([]);
    expect(onlyB.problems.map((problem) => [problem.code, problem.key])).toEqual([
      ['key-claimed-twice', 'b'],
    ]);
  });

  it('a replica one entry declares and another adopts: both refused', () => {
    const desired = desiredFrom(`  global:
    adopt: ${ARN}
    multi_region: true
    description: global data
    policy: { admins: [admin], users: [app] }
    replicas: [{ region: eu-west-1 }]
  legacy:
    adopt: ${EU_ARN}
    multi_region: true
    description: legacy key
    state: pending_deletion
`);
    const { primary, replicas } = liveOf(keyNamed(desired, 'global'), ['eu-west-1']);
    const untagged = { ownership: undefined, tags: {} };
    const livePrimary = { ...primary, ...untagged };
    const replica = { ...(replicas[0] as LiveKey), ...untagged };
    const plan = buildPlan(desired, {
      ...replicaStateOf(desired, livePrimary, [replica]),
      owned: [],
      adopted: [
        { name: 'global', arn: ARN, found: true, key: livePrimary },
        { name: 'legacy', arn: EU_ARN, found: true, key: replica },
      ],
    });
    expect(plan.changes.filter((change) => change.action === 'schedule-deletion')).toEqual([]);
    expect(plan.problems.map((problem) => `${problem.code} ${problem.key}`).sort()).toEqual([
      'key-claimed-twice global',
      'key-claimed-twice legacy',
    ]);
  });
});
