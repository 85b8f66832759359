import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../core/errors.ts';
import { buildSavedPlan, type SavedPlan } from '../../../core/plan/build-saved-plan.ts';
import { compareSavedPlan, type CurrentPlan } from '../../../core/plan/compare-saved-plan.ts';
import { identifyChange } from '../../../core/plan/identify-change.ts';
import { MAX_SAVED_CHANGES, parseSavedPlan } from '../../../core/plan/parse-saved-plan.ts';
import type { Change, Plan } from '../../../core/plan/plan-types.ts';

const description: Change = {
  key: 'app',
  account: '111122223333',
  region: 'us-east-1',
  keyId: 'id-app',
  address: 'key.app',
  action: 'update-description',
  before: 'old',
  after: 'new',
  risk: 'safe',
};
const deletion: Change = {
  ...description,
  action: 'schedule-deletion',
  before: 'Enabled',
  after: 'PendingDeletion',
  windowInDays: 30,
  risk: 'destructive',
};
const planOf = (changes: Change[]): Plan => ({
  owner: 'acme/keys/kms.yaml',
  file: 'kms.yaml',
  changes,
  problems: [],
  summary: {
    changes: changes.length,
    byAction: {},
    byRisk: { safe: 0, disruptive: 0, destructive: 0 },
    problems: 0,
  },
});
const saved = buildSavedPlan({
  toolVersion: '1.2.3',
  manifestPath: 'kms.yaml',
  manifestSha256: 'a'.repeat(64),
  liveSha256: 'b'.repeat(64),
  plan: planOf([description, deletion]),
});
const current: CurrentPlan = {
  manifestPath: 'kms.yaml',
  manifestSha256: 'a'.repeat(64),
  owner: 'acme/keys/kms.yaml',
  liveSha256: 'b'.repeat(64),
  changes: [deletion, description],
  toolVersion: '1.2.3',
  targets: null,
};

describe('saved plan', () => {
  it('survives the round trip through its JSON text', () => {
    expect(parseSavedPlan(JSON.stringify(saved), 'plan.json')).toEqual(saved);
    expect(saved.changes[0]).toEqual({
      address: 'key.app',
      action: 'update-description',
      risk: 'safe',
      summary: 'description: "old" -> "new"',
      id: identifyChange(description),
    });
  });

  const edit = (change: (plan: Record<string, unknown>) => void): string => {
    const copy = JSON.parse(JSON.stringify(saved)) as Record<string, unknown>;
    change(copy);
    return JSON.stringify(copy);
  };
  const firstChange = (plan: Record<string, unknown>) =>
    (plan['changes'] as Record<string, unknown>[])[0] as Record<string, unknown>;
  it.each([
    ['not JSON', '{"format_version": 1', /not valid JSON/],
    ['a list', '[]', /the document must be an object/],
    [
      'another format',
      edit((plan) => (plan['format_version'] = 2)),
      /format_version must be 1, got 2/,
    ],
    ['no kind', edit((plan) => delete plan['kind']), /the document lacks kind/],
    ['an unknown field', edit((plan) => (plan['apply_all'] = true)), /unknown field "apply_all"/],
    [
      'a short manifest digest',
      edit((plan) => ((plan['manifest'] as Record<string, unknown>)['sha256'] = 'abc')),
      /manifest.sha256 must be a SHA-256/,
    ],
    ['no live digest', edit((plan) => delete plan['live_sha256']), /lacks live_sha256/],
    ['changes as an object', edit((plan) => (plan['changes'] = {})), /changes must be a list/],
    [
      'an unknown action',
      edit((plan) => (firstChange(plan)['action'] = 'delete-everything')),
      /changes\[0\].action is not a known action/,
    ],
    [
      'an unknown risk',
      edit((plan) => (firstChange(plan)['risk'] = 'none')),
      /changes\[0\].risk must be safe, disruptive or destructive/,
    ],
    [
      'a change without identity',
      edit((plan) => delete firstChange(plan)['id']),
      /changes\[0\] lacks id/,
    ],
    [
      'too many changes',
      edit((plan) => (plan['changes'] = Array.from({ length: MAX_SAVED_CHANGES + 1 }, () => 0))),
      /more than the 100000 allowed/,
    ],
  ])('refuses %s with a usage error naming the field', (_name, text, message) => {
    expect(() => parseSavedPlan(text, 'plan.json')).toThrow(UsageError);
    expect(() => parseSavedPlan(text, 'plan.json')).toThrow(message);
  });

  it('matches the same manifest, live state and changes, in any order', () => {
    expect(compareSavedPlan(saved, current)).toEqual([]);
  });

  it('refuses a changed manifest, changed live keys and changed changes, each with its reason', () => {
    const reasons = compareSavedPlan(saved, {
      ...current,
      manifestSha256: 'c'.repeat(64),
      liveSha256: 'd'.repeat(64),
      changes: [description, { ...deletion, windowInDays: 7 }],
      toolVersion: '1.2.4',
    });
    expect(reasons).toEqual([
      'the manifest changed since the plan was saved (sha256 aaaaaaaaaaaa then, cccccccccccc now)',
      'the live keys changed since the plan was saved (live state bbbbbbbbbbbb then, dddddddddddd now): someone changed them, or another apply ran',
      'the changes planned now differ from the saved ones (saved by kms-action 1.2.3, this is 1.2.4): not in the saved plan: key.app schedule-deletion; saved but no longer planned: key.app schedule-deletion',
    ]);
  });

  it('refuses a plan saved for another manifest or another owner', () => {
    const reasons = compareSavedPlan(saved, {
      ...current,
      manifestPath: 'infra/kms.yaml',
      owner: 'acme/other/kms.yaml',
    });
    expect(reasons[0]).toMatch(
      /saved for manifest kms.yaml, but this run reads infra\/kms.yaml: pass -f kms.yaml/,
    );
    expect(reasons[1]).toMatch(/saved for the keys of acme\/keys\/kms.yaml/);
  });

  it('refuses when a change is planned twice but saved once', () => {
    const once: SavedPlan = { ...saved, changes: saved.changes.slice(0, 1) };
    expect(
      compareSavedPlan(once, { ...current, changes: [description, description] }),
    ).toHaveLength(1);
  });

  it('records the targets of a partial plan, and refuses to apply it as another selection', () => {
    const partial = buildSavedPlan({
      toolVersion: '1.2.3',
      manifestPath: 'kms.yaml',
      manifestSha256: 'a'.repeat(64),
      liveSha256: 'b'.repeat(64),
      plan: { ...planOf([description]), partial: { targets: ['app'], deferred: [] } },
    });
    expect(saved.targets).toBeNull();
    expect(partial.targets).toEqual(['app']);
    expect(parseSavedPlan(JSON.stringify(partial), 'plan.json')).toEqual(partial);
    const whole = { ...current, changes: [description] };
    expect(compareSavedPlan(partial, { ...whole, targets: ['app'] })).toEqual([]);
    expect(compareSavedPlan(partial, { ...whole, targets: null })).toEqual([
      'the plan was saved for the keys app only (--target), but this run plans the whole manifest',
    ]);
    expect(compareSavedPlan(saved, { ...current, targets: ['app'] })).toEqual([
      'the plan was saved for the whole manifest, but this run plans only app (--target)',
    ]);
  });

  // A crafted plan file: prototype keys, inherited names, duplicates and odd selections are
  // refused (a usage error, or a stale plan), never read as a looser plan.
  it.each([
    [
      'a top-level __proto__',
      (text: string) => text.replace('{', '{"__proto__":{"changes":[]},'),
      /unknown field "__proto__"/,
    ],
    [
      'a __proto__ in a change',
      (text: string) => text.replace('"address"', '"__proto__":{"risk":"safe"},"address"'),
      /changes\[0\] has unknown field "__proto__"/,
    ],
    [
      'an inherited name as action',
      (text: string) => text.replace('"update-description"', '"constructor"'),
      /not a known action: "constructor"/,
    ],
    [
      'an inherited name as risk',
      (text: string) => text.replace('"safe"', '"toString"'),
      /risk must be safe, disruptive or destructive/,
    ],
    [
      'a change id in uppercase',
      (text: string) =>
        text.replace(saved.changes[0]?.id ?? '', (saved.changes[0]?.id ?? '').toUpperCase()),
      /changes\[0\].id must be a SHA-256/,
    ],
  ])('refuses %s', (_, craft, message) => {
    expect(() => parseSavedPlan(craft(JSON.stringify(saved)), 'plan.json')).toThrow(message);
  });

  it('refuses duplicated changes and targets as another plan, whatever their order', () => {
    const twice: SavedPlan = {
      ...saved,
      changes: [saved.changes[0], saved.changes[0]].flatMap((change) =>
        change === undefined ? [] : [change],
      ),
    };
    expect(compareSavedPlan(twice, { ...current, changes: [description] })).toHaveLength(1);
    expect(compareSavedPlan(twice, current)).toHaveLength(1);
    const doubleTarget: SavedPlan = { ...saved, targets: ['app', 'app'] };
    expect(compareSavedPlan(doubleTarget, { ...current, targets: ['app'] })).toHaveLength(1);
    const noTarget: SavedPlan = { ...saved, targets: [] };
    expect(compareSavedPlan(noTarget, current)).toHaveLength(1);
  });

  it('refuses a targets field that is not a list of key names', () => {
    for (const targets of ['app', [1], ['x'.repeat(200)], {}]) {
      expect(() => parseSavedPlan(JSON.stringify({ ...saved, targets }), 'plan.json')).toThrow(
        UsageError,
      );
    }
  });
});
