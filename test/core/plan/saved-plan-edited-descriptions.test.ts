/**
 * A saved plan is the approval: people read its `address`, `action`, `risk` and `summary`
 * lines, while apply compares only the `id` of each change. A plan file edited on the way
 * (it may be another job's artifact) could keep the ids of a key deletion and describe it as a
 * description change, so that the reader approves what they never saw. Apply refuses a saved
 * plan whose descriptions are not those of the changes it would make.
 */
import { describe, expect, it } from 'vitest';
import { buildSavedPlan } from '../../../core/plan/build-saved-plan.ts';
import { compareSavedPlan, type CurrentPlan } from '../../../core/plan/compare-saved-plan.ts';
import type { Change, Plan } from '../../../core/plan/plan-types.ts';

const deletion: Change = {
  key: 'orders',
  account: '111122223333',
  region: 'us-east-1',
  keyId: 'id-orders',
  address: 'key.orders',
  action: 'schedule-deletion',
  before: 'Enabled',
  after: 'PendingDeletion',
  windowInDays: 7,
  risk: 'destructive',
};

const plan: Plan = {
  owner: 'acme/keys/kms.yaml',
  file: 'kms.yaml',
  changes: [deletion],
  problems: [],
  summary: {
    changes: 1,
    byAction: {},
    byRisk: { safe: 0, disruptive: 0, destructive: 1 },
    problems: 0,
  },
};
const saved = buildSavedPlan({
  toolVersion: '1.2.3',
  manifestPath: 'kms.yaml',
  manifestSha256: 'a'.repeat(64),
  liveSha256: 'b'.repeat(64),
  plan,
});
const current: CurrentPlan = {
  manifestPath: 'kms.yaml',
  manifestSha256: 'a'.repeat(64),
  owner: 'acme/keys/kms.yaml',
  liveSha256: 'b'.repeat(64),
  changes: [deletion],
  toolVersion: '1.2.3',
  targets: null,
};

describe('a saved plan whose descriptions were edited', () => {
  it('applies as saved', () => {
    expect(compareSavedPlan(saved, current)).toEqual([]);
  });

  it.each([
    ['address', { address: 'key.scratch' }],
    ['action', { action: 'update-description' as const }],
    ['risk', { risk: 'safe' as const }],
    ['summary', { summary: 'update description: "orders" -> "orders (EU)"' }],
  ])('refuses a change whose %s no longer describes it', (field, edit) => {
    const [first] = saved.changes;
    if (first === undefined) throw new Error('no change saved');
    const edited = { ...saved, changes: [{ ...first, ...edit }] };
    const reasons = compareSavedPlan(edited, current);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('key.orders schedule-deletion');
    expect(reasons[0]).toContain(field);
  });
});
