/**
 * A replica's aliases are created in the replica's Region, where kms-action does not discover
 * which manifest owns the other keys (only the keys of this manifest are read there). A pull
 * request could give a replica an alias that another team's key in that Region answers to
 * (`alias/payments-eu`), and the plan moved it (`retarget`, disruptive): that team's callers
 * would then encrypt under a key whose policy the pull request writes. For a key's own aliases
 * the same move is an `alias-owned-elsewhere` problem when another manifest owns the target;
 * for a replica, whose Region's owners are unknown, any alias that points to a key this
 * manifest does not manage is refused the same way (fail closed).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { ACCOUNT, desiredFrom, keyNamed } from './plan-fixtures.ts';
import { ID, KEY, liveOf, stateOf } from './replica-fixtures.ts';

const WITH_REPLICA = `${KEY}    replicas:
      - region: eu-west-1
        aliases: [alias/global-eu]
`;

function planWithLiveAlias(manifest: string, alias: string, targetKeyId: string) {
  const live = desiredFrom(WITH_REPLICA);
  const { primary, replicas } = liveOf(keyNamed(live, 'global'));
  const desired = desiredFrom(manifest);
  const state = stateOf(desired, primary, replicas);
  return buildPlan(desired, {
    ...state,
    regions: state.regions.map((region) =>
      region.region === 'eu-west-1'
        ? {
            ...region,
            aliases: [
              ...region.aliases,
              { name: alias, arn: `arn:aws:kms:eu-west-1:${ACCOUNT}:${alias}`, targetKeyId },
            ],
          }
        : region,
    ),
  });
}

describe("a replica's alias that another key answers to", () => {
  it('is refused, not moved, when the key is not one this manifest manages', () => {
    const plan = planWithLiveAlias(
      WITH_REPLICA.replace('[alias/global-eu]', '[alias/global-eu, alias/payments-eu]'),
      'alias/payments-eu',
      'their-key-id',
    );
    expect(plan.changes.filter((change) => change.action === 'retarget')).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'alias-owned-elsewhere',
        key: 'global',
        message: expect.stringContaining('alias/payments-eu'),
      }),
    ]);
  });

  it('an alias that no key answers to yet is created as before', () => {
    const plan = planWithLiveAlias(
      WITH_REPLICA.replace('[alias/global-eu]', '[alias/global-eu, alias/new-eu]'),
      'alias/unrelated',
      'their-key-id',
    );
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([
      expect.objectContaining({ action: 'create-alias', alias: 'alias/new-eu', keyId: ID }),
    ]);
  });
});
