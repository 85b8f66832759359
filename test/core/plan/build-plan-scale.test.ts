// The plan's work grows with the keys, not with their square: counted, never timed.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { LiveKey } from '../../../core/plan/live-state.ts';
import { desiredFrom, liveFrom, liveState } from './plan-fixtures.ts';

const KEYS = 1500;

describe('buildPlan at scale', () => {
  it('looks at each live key a bounded number of times when matching declared keys', () => {
    const desired = desiredFrom(
      Array.from({ length: KEYS }, (_, index) => `  key${index}: {}`).join('\n'),
    );
    let ownershipReads = 0;
    const live = desired.keys.map((key): LiveKey => {
      const liveKey = liveFrom(key);
      const { ownership } = liveKey;
      Object.defineProperty(liveKey, 'ownership', {
        enumerable: true,
        get: () => {
          ownershipReads += 1;
          return ownership;
        },
      });
      return liveKey;
    });
    const state = liveState(desired, live);
    ownershipReads = 0;

    const plan = buildPlan(desired, state);

    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([]);
    // A scan of every owned key per declared key would read it KEYS x KEYS (2,250,000) times.
    expect(ownershipReads).toBeLessThan(10 * KEYS);
  });
});
