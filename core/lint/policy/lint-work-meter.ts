import { createWorkMeter, type WorkMeter } from '../../work/create-work-meter.ts';
import { createWorkScope, type WorkScope } from '../../work/create-work-scope.ts';

/**
 * The most evaluation steps one lint run may take over all the key policies it checks. A step
 * is a question a rule asks (`findPermission`), an evaluation, a statement looked at in it, a
 * Resource list scanned, a statement matched against a new caller, or a quarter of an issue a
 * rule returns (reported or not): a few microseconds each, so the budget is well under a
 * second of CPU. Realistic manifests stay far under it (keys of one intent share one
 * evaluation; the 1,000-key manifest of `npm run bench` takes about 1 % of it); hostile ones
 * (thousands of policies built to share no shape, or 32 KB policies of a thousand principals)
 * reach it and end with a `lint-incomplete` error instead of stalling validation, the plan or
 * the app.
 */
export const MAX_LINT_STEPS = 350_000;

/** The lint run took more than MAX_LINT_STEPS steps: the rest of it was not done. */
export class LintBudgetExceededError extends Error {
  constructor(readonly steps: number) {
    super(`linting took more than ${String(MAX_LINT_STEPS)} evaluation steps`);
    this.name = 'LintBudgetExceededError';
  }
}

/** A meter for one lint run: past MAX_LINT_STEPS, a charge throws `LintBudgetExceededError`. */
export function createLintWorkMeter(): WorkMeter {
  return createWorkMeter(MAX_LINT_STEPS, (spent) => new LintBudgetExceededError(spent));
}

const scope = createWorkScope();

/**
 * Runs `run` (synchronous) with `meter` counting the policy evaluation work it does; see
 * `WorkScope.meter`.
 */
export const meterLintWork: WorkScope['meter'] = (meter, run) => scope.meter(meter, run);

/** Counts `steps` on the active lint meter, if any; throws past its budget. */
export function chargeLintWork(steps: number): void {
  scope.charge(steps);
}
