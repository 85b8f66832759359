import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../core/errors.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { selectTargetKeys } from '../../../core/plan/select-target-keys.ts';
import { desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const TWO_KEYS = `  app:
    description: app key
    aliases: [alias/app]
  billing:
    description: billing key
    aliases: [alias/billing]
`;

const actions = (plan: ReturnType<typeof buildPlan>) =>
  plan.changes.map((change) => `${change.action} ${change.address}`);

describe('selectTargetKeys (--target)', () => {
  it('keeps only the named keys and records the targets, sorted and once each', () => {
    const desired = selectTargetKeys(desiredFrom(TWO_KEYS), ['billing', 'billing']);
    expect(desired.keys.map((key) => key.name)).toEqual(['billing']);
    expect(desired.targets).toEqual(['billing']);
  });

  it('leaves the desired state whole without targets', () => {
    const desired = desiredFrom(TWO_KEYS);
    expect(selectTargetKeys(desired, [])).toBe(desired);
  });

  it('refuses an unknown name as a usage error, with the nearest key name', () => {
    const attempt = () => selectTargetKeys(desiredFrom(TWO_KEYS), ['biling']);
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(
      "--target must name a key under `keys:` of kms.yaml, got 'biling' (did you mean 'billing'?); the keys are: app, billing",
    );
  });

  it('gives no hint for a name far from every key', () => {
    expect(() => selectTargetKeys(desiredFrom(TWO_KEYS), ['payments-eu'])).toThrow(
      /got 'payments-eu'; the keys are/,
    );
  });
});

describe('a partial plan', () => {
  it('plans the targeted key only and reports no other key as an orphan', () => {
    const full = desiredFrom(TWO_KEYS);
    const app = liveFrom(keyNamed(full, 'app'), { description: 'changed by hand' });
    const billing = liveFrom(keyNamed(full, 'billing'), { description: 'changed by hand' });
    // The live state of the whole manifest, as a caller may hold it: still no orphan.
    const live = liveState(full, [app, billing]);
    const plan = buildPlan(selectTargetKeys(full, ['app']), live);
    expect(actions(plan)).toEqual(['update-description key.app']);
    expect(plan.problems).toEqual([]);
    expect(plan.partial).toEqual({ targets: ['app'], deferred: [] });
  });

  it('does not take an alias from a key outside the targets, and says so', () => {
    const full = desiredFrom(`  app:
    description: app key
    aliases: [alias/app, alias/shared]
  billing:
    description: billing key
`);
    const billing = liveFrom(keyNamed(full, 'billing'));
    const shared = { name: 'alias/shared', arn: 'arn:aws:kms:us-east-1:111122223333:alias/shared' };
    billing.aliases = [{ ...shared, targetKeyId: billing.id }];
    const app = liveFrom(keyNamed(full, 'app'), {
      aliases: [
        {
          name: 'alias/app',
          arn: 'arn:aws:kms:us-east-1:111122223333:alias/app',
          targetKeyId: '',
        },
      ],
    });
    app.aliases = app.aliases.map((alias) => ({ ...alias, targetKeyId: app.id }));
    const live = liveState(full, [app, billing]);

    // The whole manifest moves the alias; the partial plan of `app` leaves it on `billing`.
    expect(actions(buildPlan(full, live))).toEqual(['retarget alias.alias/shared']);
    const plan = buildPlan(selectTargetKeys(full, ['app']), {
      ...live,
      owned: [app],
      untargeted: [
        {
          name: 'billing',
          arn: billing.arn,
          id: billing.id,
          account: billing.account,
          region: billing.region,
        },
      ],
    });
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.partial?.deferred).toEqual([
      {
        address: 'alias.alias/shared',
        key: 'app',
        reason: `alias/shared points to \`billing\` (${billing.arn}), a key of this manifest outside the targets: add --target billing to move it`,
      },
    ]);
  });

  // Attack: the alias `alias/shared` is on `app` today, and the manifest moves it to
  // `billing`. The whole plan retargets it; a plan of `app` alone used to delete it (no key
  // of its selection declares it), breaking every caller of the alias `billing` declares.
  it('does not delete an alias of a targeted key that a key outside the targets declares, and says so', () => {
    const full = desiredFrom(`  app:
    description: app key
  billing:
    description: billing key
    aliases: [alias/shared]
`);
    const app = liveFrom(keyNamed(full, 'app'));
    const billing = liveFrom(keyNamed(full, 'billing'));
    const shared = {
      name: 'alias/shared',
      arn: 'arn:aws:kms:us-east-1:111122223333:alias/shared',
      targetKeyId: app.id,
    };
    app.aliases = [shared];
    billing.aliases = [];
    const live = liveState(full, [app, billing]);

    expect(actions(buildPlan(full, live))).toEqual(['retarget alias.alias/shared']);
    const plan = buildPlan(selectTargetKeys(full, ['app']), {
      ...live,
      owned: [app],
      untargeted: [
        {
          name: 'billing',
          arn: billing.arn,
          id: billing.id,
          account: billing.account,
          region: billing.region,
        },
      ],
    });
    expect(plan.changes).toEqual([]);
    expect(plan.partial?.deferred).toEqual([
      {
        address: 'alias.alias/shared',
        key: 'app',
        reason:
          'alias/shared is declared by `billing`, a key of this manifest outside the targets: add --target billing to move it',
      },
    ]);
  });

  it('never revokes a grant or changes anything of a key outside the targets, even given its live state', () => {
    const full = desiredFrom(TWO_KEYS);
    const app = liveFrom(keyNamed(full, 'app'));
    const billing = liveFrom(keyNamed(full, 'billing'), {
      description: 'changed by hand',
      state: 'Disabled',
      grants: [
        {
          grantId: 'g-stray',
          name: 'stray',
          granteePrincipal: 'arn:aws:iam::111122223333:role/app',
          operations: ['Decrypt'],
        },
      ],
    });
    const live = liveState(full, [app, billing]);
    expect(actions(buildPlan(full, live))).toEqual(
      expect.arrayContaining(['revoke-grant grant.billing.stray', 'enable key.billing']),
    );
    expect(buildPlan(selectTargetKeys(full, ['app']), live).changes).toEqual([]);
  });

  it('never deletes the undeclared alias of a key outside the targets', () => {
    const full = desiredFrom(TWO_KEYS);
    const app = liveFrom(keyNamed(full, 'app'));
    const billing = liveFrom(keyNamed(full, 'billing'));
    const stray = {
      name: 'alias/stray',
      arn: 'arn:aws:kms:us-east-1:111122223333:alias/stray',
      targetKeyId: billing.id,
    };
    const live = liveState(full, [app, billing], [stray]);
    expect(actions(buildPlan(full, live))).toEqual(['delete-alias alias.alias/stray']);
    expect(buildPlan(selectTargetKeys(full, ['app']), live).changes).toEqual([]);
  });

  it('reports the problems of a targeted key as the whole plan does (two keys with its tags)', () => {
    const full = desiredFrom(TWO_KEYS);
    const app = liveFrom(keyNamed(full, 'app'));
    const copy = liveFrom(keyNamed(full, 'app'));
    const billing = liveFrom(keyNamed(full, 'billing'));
    const live = liveState(full, [app, copy, billing]);
    const codes = (plan: ReturnType<typeof buildPlan>) =>
      plan.problems.map((problem) => `${problem.code} ${problem.key}`);
    expect(codes(buildPlan(selectTargetKeys(full, ['app']), live))).toEqual(
      codes(buildPlan(full, live)),
    );
    expect(codes(buildPlan(full, live))).toEqual(['foreign-owner app', 'orphan app', 'orphan app']);
  });
});
