/**
 * Guard: a key is managed by the one manifest its `kms-action:manifest` tag names; another
 * manifest never matches it, whatever its `kms-action:key` says. Attack (or accident): a
 * manifest declares a key of the same logical name as another manifest's key in the same
 * account, hoping to be handed that key; or a key carries an older, working-directory-
 * dependent spelling of a manifest path. The first gets its own new key; the second is
 * reported (`legacy-owner`) and never written.
 */
import { TagResourceCommand } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { OWNERSHIP_TAG_MANIFEST } from '../../core/manifest/desired-state.ts';
import { describeWithEmulator, resetEmulatorState } from '../emulator/use-emulator.ts';
import {
  appKey,
  applyOk,
  applyRun,
  createCheckout,
  manifestOf,
  planJson,
  summaryOf,
  type Checkout,
} from '../integration/plan-apply/checkout-harness.ts';
import {
  keyIdOf,
  operatorKms,
  PRODUCTION,
  REPOSITORY,
  snapshotLiveState,
} from '../integration/plan-apply/plan-apply-harness.ts';

describeWithEmulator('a key belongs to the manifest its tag names', () => {
  let checkout: Checkout;

  beforeEach(async () => {
    await resetEmulatorState();
    checkout = await createCheckout();
  });
  afterEach(async () => {
    await checkout.remove();
  });

  it('two manifests of one account with the same logical name each create and keep their own key', async () => {
    const repo = checkout.dir;
    await checkout.write('team-a/kms.yaml', manifestOf(appKey('app', '', 'alias/team-a-app')));
    await checkout.write('team-b/kms.yaml', manifestOf(appKey('app', '', 'alias/team-b-app')));
    await applyOk('team-a/kms.yaml', repo);
    const first = await snapshotLiveState([PRODUCTION]);

    const second = await planJson('team-b/kms.yaml', repo);
    expect(second.plan.problems).toEqual([]);
    expect(summaryOf(second.plan)).toContain('key.app create safe');
    // Nothing in the plan touches an existing key.
    expect(second.plan.changes.filter((change) => change.keyId !== undefined)).toEqual([]);
    await applyOk('team-b/kms.yaml', repo);

    const keys = await snapshotLiveState([PRODUCTION]);
    expect(keys).toHaveLength(2);
    expect(keys).toContainEqual(first[0]);
    expect(keys.map((key) => [key.name, key.manifest, key.aliases])).toEqual(
      expect.arrayContaining([
        ['app', `${REPOSITORY}/team-a/kms.yaml`, ['alias/team-a-app']],
        ['app', `${REPOSITORY}/team-b/kms.yaml`, ['alias/team-b-app']],
      ]),
    );
    for (const file of ['team-a/kms.yaml', 'team-b/kms.yaml']) {
      expect(await planJson(file, repo)).toMatchObject({ code: 0, plan: { changes: [] } });
    }
  });

  it('reports a key tagged from a subdirectory by an older version, and never writes it', async () => {
    const repo = checkout.dir;
    await checkout.write('infra/kms.yaml', manifestOf(appKey('app')));
    await applyOk('infra/kms.yaml', repo);
    // What `cd infra && kms-action apply -f kms.yaml` wrote before the path was root-relative.
    const kms = await operatorKms(PRODUCTION);
    try {
      await kms.send(
        new TagResourceCommand({
          KeyId: await keyIdOf(kms, 'app'),
          Tags: [{ TagKey: OWNERSHIP_TAG_MANIFEST, TagValue: `${REPOSITORY}/kms.yaml` }],
        }),
      );
    } finally {
      kms.destroy();
    }
    const tagged = await snapshotLiveState([PRODUCTION]);

    const planned = await planJson('infra/kms.yaml', repo);
    expect(planned.code).toBe(1);
    expect(planned.plan.problems.map((problem) => `${problem.key} ${problem.code}`)).toEqual([
      'app legacy-owner',
      'app alias-owned-elsewhere',
    ]);
    expect(planned.plan.changes.filter((change) => change.address === 'key.app')).toEqual([]);
    expect((await applyRun('infra/kms.yaml', repo)).code).toBe(1);
    expect(await snapshotLiveState([PRODUCTION])).toEqual(tagged);
  });
});
