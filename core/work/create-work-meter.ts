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
  /** Adds `steps`; throws the budget's error once the total passes the limit. */
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
      return Math.max(0, limit - spent);
    },
    charge(steps) {
      spent += steps;
      if (spent > limit) throw exceeded(spent);
    },
  };
}
