/**
 * Counts deterministic steps of work against a limit. Every cost that hostile text (a
 * manifest, a key policy) can drive is charged to one: lint (`MAX_LINT_STEPS`), the plan's
 * access matrices (`MAX_PLAN_ACCESS_WORK`) and its applier checks (`MAX_PLAN_CHECK_WORK`),
 * and the import's intent inference (`MAX_IMPORT_WORK`). Each budget decides what its
 * caller does past the limit, always failing closed.
 */
export interface WorkMeter {
  readonly limit: number;
  /** Steps charged so far. */
  readonly spent: number;
  /** Steps left before the limit; 0 once it is reached or passed. */
  readonly left: number;
  /**
   * Adds `steps`; throws the budget's error once the total passes the limit (or the limit is
   * no number), and a RangeError, counting nothing, unless `steps` is a finite count >= 0.
   */
  charge(steps: number): void;
}

/** A meter passed its limit; budgets give their own error (`exceeded`). */
export class WorkLimitError extends Error {
  constructor(
    readonly limit: number,
    readonly spent: number,
  ) {
    super(`the work took more than ${String(limit)} steps (${String(spent)})`);
    this.name = 'WorkLimitError';
  }
}

export function createWorkMeter(
  limit: number,
  exceeded: (spent: number) => Error = (spent) => new WorkLimitError(limit, spent),
): WorkMeter {
  let spent = 0;
  return {
    limit,
    get spent() {
      return spent;
    },
    get left() {
      return spent <= limit ? limit - spent : 0;
    },
    charge(steps) {
      // NaN or a negative charge would lower the total, or make every comparison false.
      if (!(Number.isFinite(steps) && steps >= 0)) {
        throw new RangeError(
          `a work charge must be a finite number of steps >= 0, not ${String(steps)}: the charge is a bug in its caller`,
        );
      }
      spent += steps;
      if (!(spent <= limit)) throw exceeded(spent);
    },
  };
}
