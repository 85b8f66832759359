import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { Plan } from '../../../core/plan/plan-types.ts';
import { selectTargetKeys } from '../../../core/plan/select-target-keys.ts';
import { renderPlanJson } from '../../../core/render/render-plan-json.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { desiredFrom, liveState } from '../plan/plan-fixtures.ts';

const KEYS = `  app:
    description: app key
  billing:
    description: billing key
  ledger:
    description: ledger key
`;

function partialPlan(targets: string[]): Plan {
  const desired = selectTargetKeys(desiredFrom(KEYS), targets);
  return buildPlan(desired, liveState(desired, []));
}

const LINE = 'partial plan (targets: app, ledger)';

describe('rendering a partial plan (--target)', () => {
  it('says so in text, above the changes, and when there is nothing to do', () => {
    const text = renderPlanText(partialPlan(['ledger', 'app']));
    expect(text.startsWith(`Note: ${LINE}: the other keys`)).toBe(true);
    expect(text).not.toContain('billing');
    const empty: Plan = { ...partialPlan(['app']), changes: [] };
    expect(renderPlanText(empty)).toContain('Note: partial plan (targets: app)');
    expect(renderPlanText(empty)).toContain('No changes. The targeted keys match kms.yaml.');
    expect(renderPlanMarkdown(empty)).toContain('**No changes.** The targeted keys match');
  });

  it('says so in Markdown, escaped, under the heading', () => {
    const markdown = renderPlanMarkdown(partialPlan(['ledger', 'app']));
    expect(markdown).toContain('> [!NOTE]\n> partial plan \\(targets: app, ledger\\)');
  });

  it('carries the targets in JSON as the top-level `partial`, null for a whole plan', () => {
    expect(renderPlanJson(partialPlan(['ledger', 'app'])).partial).toEqual({
      targets: ['app', 'ledger'],
      deferred: [],
    });
    const whole = desiredFrom(KEYS);
    expect(renderPlanJson(buildPlan(whole, liveState(whole, []))).partial).toBeNull();
  });

  it('lists deferred alias moves in every format', () => {
    const plan = partialPlan(['app']);
    const deferred = {
      address: 'alias.alias/shared',
      key: 'app',
      reason: 'alias/shared points to `billing`',
    };
    const withDeferred: Plan = { ...plan, partial: { targets: ['app'], deferred: [deferred] } };
    expect(renderPlanText(withDeferred)).toContain(
      '  ⏸ alias.alias/shared: deferred (alias/shared points to `billing`)',
    );
    expect(renderPlanMarkdown(withDeferred)).toContain(
      '> - `alias.alias/shared`: deferred (alias/shared points to \\`billing\\`)',
    );
    expect(renderPlanJson(withDeferred).partial?.deferred).toEqual([deferred]);
  });
});
