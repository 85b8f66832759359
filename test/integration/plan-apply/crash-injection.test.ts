import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../../core/manifest/desired-state.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  injectWriteCrash,
  InjectedCrash,
  PRODUCTION,
  prepare,
  prepareAndApply,
  REPO_ROOT,
  REPOSITORY,
  snapshotLiveState,
  STAGING,
  type CrashMode,
  type KeySnapshot,
} from './plan-apply-harness.ts';

const MANIFEST = 'examples/kms.yaml';
const ACCOUNTS = [PRODUCTION, STAGING];

/** Writes of an apply from nothing: one per change of the plan against an empty account. */
function writesOfFreshApply(): number {
  const read = readManifest(
    MANIFEST,
    readFileSync(new URL(`../../../${MANIFEST}`, import.meta.url)),
    {
      repository: REPOSITORY,
      manifestPath: MANIFEST,
    },
  );
  if (!read.ok) throw new Error(`${MANIFEST} does not compile`);
  const empty = { owner: read.desired.owner, owned: [], adopted: [], foreign: [], regions: [] };
  return buildPlan(read.desired, empty).changes.length;
}

const WRITES = writesOfFreshApply();
/**
 * A crash after write N lands leaves the live state a crash before write N+1 leaves, so
 * `after-write` 1..N covers every partial state; `before-write` 1 adds the apply that wrote
 * nothing. Both modes report the same way.
 */
const CASES: { failAt: number; mode: CrashMode }[] = [
  { failAt: 1, mode: 'before-write' },
  ...Array.from({ length: WRITES }, (_, index) => ({
    failAt: index + 1,
    mode: 'after-write' as const,
  })),
];

describeWithEmulator('a crash at any write of an apply, then a re-run, converges', () => {
  let uninterrupted: KeySnapshot[] = [];

  beforeAll(async () => {
    await resetEmulatorState();
    const { prepared, result } = await prepareAndApply(MANIFEST, REPO_ROOT);
    expect(result.failed).toBeUndefined();
    // One write per change: the crash cases below cover every write step.
    expect(prepared.plan.changes).toHaveLength(WRITES);
    uninterrupted = await snapshotLiveState(ACCOUNTS);
    // The state every re-run must reach plans empty: equal state, equal (empty) plan.
    const again = await prepare(MANIFEST, REPO_ROOT);
    again.clients.destroy();
    expect(again.plan.changes).toEqual([]);
    expect(uninterrupted.map((key) => key.name)).toEqual([
      'prod-payments',
      'prod-rds',
      'prod-s3',
      'staging-s3',
    ]);
  });

  beforeEach(async () => {
    await resetEmulatorState();
  });

  it('has a write step per change to crash at', () => {
    expect(WRITES).toBe(12);
  });

  it.for(CASES)(
    'crash $mode $failAt: the apply stops there, reports it, and a re-run converges',
    async ({ failAt, mode }) => {
      let writes: string[] = [];
      const crashed = await prepareAndApply(MANIFEST, REPO_ROOT, {
        inject: (prepared) => {
          writes = injectWriteCrash(prepared.clients, ACCOUNTS, failAt, mode);
        },
      });
      const { changes } = crashed.prepared.plan;
      expect(changes).toHaveLength(WRITES);
      expect(writes).toHaveLength(failAt);
      // Stops at the failing change; reports what was done and what was not attempted.
      expect(crashed.result.applied).toEqual(changes.slice(0, failAt - 1));
      expect(crashed.result.failed?.change).toEqual(changes[failAt - 1]);
      expect(crashed.result.failed?.notAttempted).toEqual(changes.slice(failAt));
      expect(crashed.result.failed?.error.message).toContain(new InjectedCrash('').name);
      expect(crashed.result.failed?.error.message).toContain(changes[failAt - 1]?.address);

      const rerun = await prepareAndApply(MANIFEST, REPO_ROOT);
      expect(rerun.prepared.plan.problems).toEqual([]);
      expect(rerun.result.failed).toBeUndefined();
      // The re-run makes exactly what the crashed run did not.
      const remaining = WRITES - failAt + (mode === 'before-write' ? 1 : 0);
      expect(rerun.result.applied).toHaveLength(remaining);
      const live = await snapshotLiveState(ACCOUNTS);
      // Nothing unowned or duplicated, even when the crash came right after a CreateKey landed.
      for (const key of live) {
        expect(key.tags[OWNERSHIP_TAG_MANIFEST]).toBe(`${REPOSITORY}/${MANIFEST}`);
        expect(key.tags[OWNERSHIP_TAG_KEY]).toBe(key.name);
      }
      expect(live).toEqual(uninterrupted);
    },
  );
});
