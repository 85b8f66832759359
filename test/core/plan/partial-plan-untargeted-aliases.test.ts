/**
 * A partial plan (`--target`) never touches an alias that a key outside the targets declares:
 * the whole plan would move it to that key. Two holes: an alias declared on an untargeted
 * key's replica was deleted from the targeted key it points to today (no opt-in needed, its
 * callers broken until a whole apply), and a targeted key to be deleted was scheduled for
 * deletion while such an alias still pointed to it, with nothing listed as deferred.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { LiveKey, LiveState } from '../../../core/plan/live-state.ts';
import { selectTargetKeys } from '../../../core/plan/select-target-keys.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';
import { liveOf } from './replica-fixtures.ts';

const show = (plan: ReturnType<typeof buildPlan>): string[] =>
  plan.changes.map((change) => `${change.action} ${change.address} (${change.risk})`);

describe('a partial plan and the aliases keys outside the targets declare', () => {
  it('never deletes an alias an untargeted key declares on its replica', () => {
    const full = desiredFrom(`  a:
    region: eu-west-1
    description: a key in eu-west-1
  b:
    multi_region: true
    description: global
    replicas:
      - region: eu-west-1
        aliases: [alias/shared]
`);
    const a = liveFrom(keyNamed(full, 'a'));
    const shared = {
      name: 'alias/shared',
      arn: `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/shared`,
      targetKeyId: a.id,
    };
    a.aliases = [shared];
    const { primary, replicas } = liveOf(keyNamed(full, 'b'));
    const replica = { ...replicas[0], aliases: [] } as LiveKey;
    const regions: LiveState['regions'] = [
      { account: ACCOUNT, region: 'eu-west-1', discovery: 'tagging-api', aliases: [shared] },
      { account: ACCOUNT, region: 'us-east-1', discovery: 'tagging-api', aliases: [] },
    ];
    const whole = buildPlan(full, {
      owner: full.owner,
      owned: [a, replica, primary],
      adopted: [],
      foreign: [],
      regions,
      replicas: [replica],
    });
    expect(show(whole)).toEqual(['retarget alias.eu-west-1.alias/shared (disruptive)']);

    const partial = buildPlan(selectTargetKeys(full, ['a']), {
      owner: full.owner,
      owned: [a],
      adopted: [],
      foreign: [],
      regions,
      untargeted: [primary, replica].map(({ arn, id, account, region }) => ({
        name: 'b',
        arn,
        id,
        account,
        region,
      })),
    });
    expect(show(partial)).toEqual([]);
    expect(partial.partial?.deferred.map((entry) => entry.address)).toEqual(['alias.alias/shared']);
  });

  it('holds back the deletion of a targeted key an alias declared elsewhere still points to', () => {
    const full = desiredFrom(`  old:
    description: old key
    state: pending_deletion
  new:
    description: new key
    aliases: [alias/shared]
`);
    const old = liveFrom(keyNamed(full, 'old'), { state: 'Enabled' });
    old.aliases = [
      {
        name: 'alias/shared',
        arn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/shared`,
        targetKeyId: old.id,
      },
    ];
    const fresh = liveFrom(keyNamed(full, 'new'), { aliases: [] });
    const live = liveState(full, [old, fresh]);
    expect(show(buildPlan(full, live))).toEqual([
      'retarget alias.alias/shared (disruptive)',
      'schedule-deletion key.old (destructive)',
    ]);
    const partial = buildPlan(selectTargetKeys(full, ['old']), {
      ...live,
      owned: [old],
      untargeted: [
        { name: 'new', arn: fresh.arn, id: fresh.id, account: fresh.account, region: fresh.region },
      ],
    });
    expect(show(partial)).toEqual([]);
    expect(partial.partial?.deferred.map((entry) => entry.address)).toEqual([
      'alias.alias/shared',
      'key.old',
    ]);
  });

  it('deletes a targeted key no alias declared elsewhere points to', () => {
    const full = desiredFrom(`  old:
    description: old key
    state: pending_deletion
  new:
    description: new key
`);
    const old = liveFrom(keyNamed(full, 'old'), { state: 'Enabled' });
    const fresh = liveFrom(keyNamed(full, 'new'));
    const live = liveState(full, [old, fresh]);
    const partial = buildPlan(selectTargetKeys(full, ['old']), {
      ...live,
      owned: [old],
      untargeted: [
        { name: 'new', arn: fresh.arn, id: fresh.id, account: fresh.account, region: fresh.region },
      ],
    });
    expect(show(partial)).toEqual(['schedule-deletion key.old (destructive)']);
  });
});
