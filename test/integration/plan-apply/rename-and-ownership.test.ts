import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  appKey,
  applyOk,
  createCheckout,
  manifestOf,
  planJson,
  summaryOf,
  type Checkout,
} from './checkout-harness.ts';
import { PRODUCTION, REPOSITORY, snapshotLiveState } from './plan-apply-harness.ts';

describeWithEmulator('renames and the ownership path', () => {
  let checkout: Checkout;

  beforeEach(async () => {
    await resetEmulatorState();
    checkout = await createCheckout();
  });
  afterEach(async () => {
    await checkout.remove();
  });

  it('renames a key with moved_from: one safe retag, then an empty plan; the key, alias and grant stay', async () => {
    const repo = checkout.dir;
    await checkout.write('kms.yaml', manifestOf(appKey('app')));
    await applyOk('kms.yaml', repo);
    const [before] = await snapshotLiveState([PRODUCTION]);

    await checkout.write('kms.yaml', manifestOf(appKey('payments', '\n    moved_from: app')));
    const renaming = await planJson('kms.yaml', repo);
    expect(renaming.plan.problems).toEqual([]);
    expect(summaryOf(renaming.plan)).toEqual(['key.payments retag safe']);
    expect(renaming.plan.changes[0]).toMatchObject({ before: 'app', after: 'payments' });
    expect(renaming.code).toBe(3);

    await applyOk('kms.yaml', repo);
    expect(await snapshotLiveState([PRODUCTION])).toEqual([
      { ...before, name: 'payments', tags: { ...before?.tags, 'kms-action:key': 'payments' } },
    ]);
    expect(await planJson('kms.yaml', repo)).toMatchObject({ code: 0, plan: { changes: [] } });

    // moved_from can go once applied: the key is found under its new name.
    await checkout.write('kms.yaml', manifestOf(appKey('payments')));
    expect(await planJson('kms.yaml', repo)).toMatchObject({ code: 0, plan: { changes: [] } });
  });

  it('without moved_from, the same rename is an orphan and a new key (what moved_from avoids)', async () => {
    await checkout.write('kms.yaml', manifestOf(appKey('app')));
    await applyOk('kms.yaml', checkout.dir);
    await checkout.write('kms.yaml', manifestOf(appKey('payments')));
    const planned = await planJson('kms.yaml', checkout.dir);
    expect(planned.plan.problems).toEqual([
      expect.objectContaining({ code: 'orphan', key: 'app' }),
    ]);
    expect(summaryOf(planned.plan)).toContain('key.payments create safe');
  });

  it('plans from a subdirectory against the same keys as from the repository root', async () => {
    const repo = checkout.dir;
    await checkout.write('infra/kms.yaml', manifestOf(appKey('app')));
    await mkdir(join(repo, 'infra', 'sub'));
    await applyOk('infra/kms.yaml', repo);
    const [key] = await snapshotLiveState([PRODUCTION]);
    expect(key?.manifest).toBe(`${REPOSITORY}/infra/kms.yaml`);

    for (const [cwd, file] of [
      ['infra', 'kms.yaml'],
      ['infra/sub', '../kms.yaml'],
    ] as const) {
      const planned = await planJson(file, join(repo, cwd));
      expect(planned.plan.owner).toBe(`${REPOSITORY}/infra/kms.yaml`);
      expect(planned).toMatchObject({ code: 0, plan: { changes: [], problems: [] } });
    }
  });
});
