import { describe, expect, it } from 'vitest';
import { WorkLimitError, createWorkMeter } from '../../../core/work/create-work-meter.ts';

class Stopped extends Error {}

describe('createWorkMeter', () => {
  it('counts up to its limit, then throws the error of its budget with the total', () => {
    const meter = createWorkMeter(10, (spent) => new Stopped(String(spent)));
    meter.charge(4);
    meter.charge(6);
    expect([meter.spent, meter.left]).toEqual([10, 0]);
    expect(() => {
      meter.charge(1);
    }).toThrow(new Stopped('11'));
    expect([meter.spent, meter.left]).toEqual([11, 0]);
  });

  it('throws a WorkLimitError by default', () => {
    const meter = createWorkMeter(0);
    expect(meter.limit).toBe(0);
    meter.charge(0);
    expect(() => {
      meter.charge(1);
    }).toThrow(WorkLimitError);
  });

  it('refuses a charge that is not a finite count of steps, counting nothing', () => {
    const meter = createWorkMeter(10);
    meter.charge(9);
    for (const steps of [Number.NaN, -5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => {
        meter.charge(steps);
      }).toThrow(RangeError);
    }
    expect(meter.spent).toBe(9);
    // A NaN or negative charge that got through would let the next charges pass the limit.
    expect(() => {
      meter.charge(2);
    }).toThrow(WorkLimitError);
  });

  it('fails closed on a limit that is not a number', () => {
    const meter = createWorkMeter(Number.NaN);
    expect(() => {
      meter.charge(0);
    }).toThrow(WorkLimitError);
  });
});
