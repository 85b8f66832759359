import { ImportWorkLimitError, MAX_IMPORT_WORK } from './import-work-limit-error.ts';

/** Counts deterministic steps of work and stops the work past a limit. */
export interface WorkMeter {
  /** Steps charged so far. */
  readonly spent: number;
  /** Adds `steps` before doing them; throws `ImportWorkLimitError` when the total passes the limit. */
  charge(steps: number): void;
}

export function createWorkMeter(limit: number = MAX_IMPORT_WORK): WorkMeter {
  let spent = 0;
  return {
    get spent() {
      return spent;
    },
    charge(steps) {
      spent += steps;
      if (spent > limit) throw new ImportWorkLimitError(limit);
    },
  };
}
