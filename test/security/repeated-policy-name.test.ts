import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../core/plan/build-plan.ts';
import { findDuplicateJsonKeys } from '../../core/policy/find-duplicate-json-keys.ts';
import { desiredFrom, keyNamed, liveFrom, liveState } from '../core/plan/plan-fixtures.ts';

// Guard: a key policy whose JSON text repeats a name in one object has no single meaning
// (RFC 8259 section 4: names SHOULD be unique; readers of such an object behave
// unpredictably; JSON.parse keeps the last). The plan never takes such a live policy as equal
// to the manifest, and the scan that finds it stays linear on hostile text.

const APP_KEY = `  app:
    description: app key
    aliases: [alias/app]
    policy: { users: [app] }
`;

describe('plan: a live key policy text with a repeated name', () => {
  // RFC 8259 section 4: names in an object SHOULD be unique, and readers of an object with a
  // repeated name behave unpredictably. JSON.parse keeps the last one; AWS may read the first.
  it('is never taken as equal to the manifest: the policy is rewritten, the doubt is noted', () => {
    const desired = desiredFrom(APP_KEY);
    const key = keyNamed(desired, 'app');
    const document = key.policy?.document;
    if (document === undefined) throw new Error('no policy');
    const clean = JSON.stringify(document, null, 2);
    // The first statement says Deny, then Allow: JSON.parse reads Allow, as the manifest does.
    const text = clean.replace('"Effect": "Allow",', '"Effect": "Deny",\n      "Effect": "Allow",');
    expect(text).not.toBe(clean);
    expect(JSON.parse(text)).toEqual(document);

    const same = buildPlan(desired, liveState(desired, [liveFrom(key, { policyText: clean })]));
    expect(same.changes).toEqual([]);

    const plan = buildPlan(desired, liveState(desired, [liveFrom(key, { policyText: text })]));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        action: 'update-policy',
        address: 'key.app',
        risk: 'disruptive',
        access: [],
      }),
    ]);
    const line = text.split('\n').findIndex((entry) => entry.includes('"Effect": "Allow"')) + 1;
    expect(plan.changes[0]?.note).toBe(
      `the live key policy text has \`Effect\` twice in one object (line ${line - 1}, column 7 and line ${line}, column 7): JSON readers differ on which one counts (RFC 8259 section 4), so who has access today is uncertain (the access diff reads the last one); apply rewrites the policy as declared`,
    );
  });
});

describe('the repeated-name scan on hostile text', () => {
  it('reads 200 000 levels of nesting without recursion', () => {
    const depth = 200_000;
    const text = `${'{"a":'.repeat(depth)}{"x":1,"x":2}${'}'.repeat(depth)}`;
    expect(findDuplicateJsonKeys(text)[0]?.objectPath).toHaveLength(depth);
  });

  it('reports at most 100 repeats, so deep nesting times many repeats stays linear', () => {
    const names = Array.from({ length: 5000 }, () => '"k":0').join(',');
    const text = `${'['.repeat(1000)}{${names}}${']'.repeat(1000)}`;
    expect(findDuplicateJsonKeys(text)).toHaveLength(100);
  });
});
