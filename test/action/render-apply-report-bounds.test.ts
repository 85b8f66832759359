import { describe, expect, it } from 'vitest';
import { renderApplyReport } from '../../action/render-apply-report.ts';
import { AwsAccessError } from '../../core/errors.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import { CHANGES } from './action-fixtures.ts';

describe('apply report', () => {
  it('lists at most 50 held-back changes and says how many more, so the failure sections follow', () => {
    const changes: Change[] = Array.from({ length: 120 }, (_, index) => ({
      ...CHANGES.scheduleDeletion,
      address: `key.k${String(index)}`,
      key: `k${String(index)}`,
    }));
    const report = renderApplyReport({
      manifest: 'kms.yaml',
      commit: 'c'.repeat(40),
      plan: undefined,
      result: {
        applied: [],
        heldBack: changes.map((change) => ({ change, reason: 'destructive' })),
        failed: {
          change: changes[0] as Change,
          error: new AwsAccessError('boom'),
          notAttempted: [changes[1] as Change],
        },
      },
    });
    expect(report).toContain('`key.k49`');
    expect(report).not.toContain('`key.k50`:');
    expect(report).toContain('and 70 more (see the log)');
    expect(report.indexOf('Not attempted')).toBeGreaterThan(report.indexOf('and 70 more'));
  });
});
