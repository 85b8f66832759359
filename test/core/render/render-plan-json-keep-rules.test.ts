/**
 * A keep rule naming a principal AWS does not operate for the key's account keeps that
 * principal's grants from revocation, ones made after the review included. Text and Markdown
 * plans warn about it; the JSON plan (`plan --format json`, the Action's `plan-json`), which
 * pipelines read instead of the comment, lists the same rules, every one of them, reasons whole.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, UnexpectedKeepRule } from '../../../core/plan/plan-types.ts';
import { renderPlanJson } from '../../../core/render/render-plan-json.ts';

function planWith(unexpectedKeepRules?: UnexpectedKeepRule[]): Plan {
  return {
    owner: 'acme/keys/kms.yaml',
    file: 'kms.yaml',
    changes: [],
    problems: [],
    ...(unexpectedKeepRules === undefined ? {} : { unexpectedKeepRules }),
    summary: {
      changes: 0,
      byAction: {},
      byRisk: { safe: 0, disruptive: 0, destructive: 0 },
      problems: 0,
    },
  };
}

describe('unexpected keep rules in the JSON plan', () => {
  it('lists each rule with its grantee, reason, source, first key and key count', () => {
    const reason = `contractor access until the migration ends ${'x'.repeat(200)}`;
    const rules: UnexpectedKeepRule[] = Array.from({ length: 12 }, (_, index) => ({
      grantee: `arn:aws:iam::111122223333:role/contractor-${String(index)}`,
      reason,
      source: index === 0 ? 'defaults' : 'key',
      firstKey: `app-${String(index)}`,
      keys: index + 1,
    }));
    const json = renderPlanJson(planWith(rules));
    expect(json.unexpected_keep_rules).toHaveLength(12);
    expect(json.unexpected_keep_rules[0]).toEqual({
      grantee: 'arn:aws:iam::111122223333:role/contractor-0',
      reason,
      source: 'defaults',
      first_key: 'app-0',
      keys: 1,
    });
    // They are warnings, not changes.
    expect(json.summary.changes).toBe(0);
  });

  it('is an empty list when no rule warrants a warning', () => {
    expect(renderPlanJson(planWith()).unexpected_keep_rules).toEqual([]);
  });
});
