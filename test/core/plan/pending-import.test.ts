/**
 * Keys waiting for imported key material (issue 15 item 7). Key state reference: a key created
 * with Origin EXTERNAL stays `PendingImport` until its key material is imported, and KMS
 * refuses EnableKey and DisableKey in that state. The plan says so in a non-blocking notice,
 * and never plans enable or disable for such a key.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { Plan } from '../../../core/plan/plan-types.ts';
import { renderPlanJson } from '../../../core/render/render-plan-json.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

function planFor(state: string): Plan {
  const desired = desiredFrom(`  imported:\n    origin: EXTERNAL\n    state: ${state}\n`);
  const live = liveFrom(keyNamed(desired, 'imported'), {
    state: 'PendingImport',
    rotation: { enabled: false },
  });
  return buildPlan(desired, liveState(desired, [live]));
}

describe('a live key in PendingImport', () => {
  it.each(['enabled', 'disabled'])(
    'state: %s plans no enable or disable, and the plan notes the key waits for its material',
    (state) => {
      const plan = planFor(state);
      expect(plan.changes).toEqual([]);
      expect(plan.problems).toEqual([]);
      expect(plan.notices).toEqual([
        expect.objectContaining({
          code: 'pending-import',
          key: 'imported',
          message: expect.stringContaining('PendingImport'),
          help: expect.stringContaining('aws kms get-parameters-for-import'),
        }),
      ]);
      expect(plan.notices?.[0]?.help).toContain('import-key-material');
    },
  );

  it('is shown in text, Markdown and JSON, and does not block apply', () => {
    const plan = planFor('enabled');
    expect(renderPlanText(plan)).toContain('imported: the key waits for its key material');
    const markdown = renderPlanMarkdown(plan);
    expect(markdown).toContain('> [!NOTE]');
    expect(markdown).toContain('get-parameters-for-import');
    const json = renderPlanJson(plan);
    expect(json.notices).toEqual([expect.objectContaining({ code: 'pending-import' })]);
    expect(json.summary.applyable).toBe(true);
  });

  it('does not say "No changes" without qualification while a key is not usable yet', () => {
    const plan = planFor('enabled');
    const text = renderPlanText(plan);
    const markdown = renderPlanMarkdown(plan);
    for (const output of [text, markdown]) {
      expect(output).not.toMatch(/No changes\.|No changes\.\*\*/);
      expect(output).toContain('1 key waits for its key material');
      expect(output).toContain('not usable yet');
    }
    expect(markdown).toContain('**No changes to apply.**');
    expect(text).toContain('No changes to apply.');
  });

  it('a key of another origin in the same plan gets no notice', () => {
    const desired = desiredFrom(`  plain: {}\n`);
    const plan = buildPlan(desired, liveState(desired, [liveFrom(keyNamed(desired, 'plain'))]));
    expect(plan.notices ?? []).toEqual([]);
  });
});

describe('creating a key for imported key material', () => {
  it('never plans DisableKey after it (the new key is PendingImport), and says what comes next', () => {
    const desired = desiredFrom(`  imported:\n    origin: EXTERNAL\n    state: disabled\n`);
    const plan = buildPlan(desired, liveState(desired, []));
    expect(plan.changes.map((change) => change.action)).toEqual(['create']);
    expect(plan.changes[0]?.note).toContain('get-parameters-for-import');
  });
});
