import { describe, expect, it } from 'vitest';
import { createWorkMeter } from '../../../core/work/create-work-meter.ts';
import { createWorkScope } from '../../../core/work/create-work-scope.ts';

describe('createWorkScope', () => {
  it('charges nothing outside a metered run', () => {
    const scope = createWorkScope();
    scope.charge(1_000);
    expect(scope.active()).toBeUndefined();
  });

  it('charges the innermost meter only, and restores the outer one after a nested run', () => {
    const scope = createWorkScope();
    const outer = createWorkMeter(100);
    const inner = createWorkMeter(100);
    const result = scope.meter(outer, () => {
      scope.charge(5);
      scope.meter(inner, () => {
        scope.charge(7);
        // Re-entering with the same meter keeps counting on it.
        scope.meter(inner, () => {
          scope.charge(1);
        });
        expect(scope.active()).toBe(inner);
      });
      scope.charge(1);
      return scope.active();
    });
    expect(result).toBe(outer);
    expect([outer.spent, inner.spent]).toEqual([6, 8]);
    expect(scope.active()).toBeUndefined();
  });

  it('restores the outer meter when the nested run throws (its budget error or any other)', () => {
    const scope = createWorkScope();
    const outer = createWorkMeter(100);
    scope.meter(outer, () => {
      expect(() => {
        scope.meter(createWorkMeter(2), () => {
          scope.charge(3);
        });
      }).toThrow(/more than 2 steps/);
      expect(() =>
        scope.meter(createWorkMeter(2), () => {
          throw new TypeError('boom');
        }),
      ).toThrow(TypeError);
      scope.charge(4);
    });
    expect(outer.spent).toBe(4);
    expect(scope.active()).toBeUndefined();
  });

  it('keeps budgets apart: one scope never charges another', () => {
    const lint = createWorkScope();
    const access = createWorkScope();
    const meter = createWorkMeter(100);
    lint.meter(meter, () => {
      access.charge(50);
    });
    expect(meter.spent).toBe(0);
  });
});
