import { createWorkMeter, type WorkMeter } from '../work/create-work-meter.ts';

/**
 * The most evaluation steps one plan's applier and lockout checks may take over all its
 * changes (`checkApplierAccess`): each change evaluates the key policy in force, each new
 * policy twice more, so the work is changes x policy size. A step is one of
 * `evaluationWorkOf` (conditions by their real size: a step per 32 characters of a value or
 * of what its policy variables produce, request values x policy values for set operators),
 * or a statement, principal, action, resource or condition value of a policy made ready for
 * evaluation: 0.2 to 0.9 microseconds (StringLike patterns that make the matcher rescan the
 * caller's ARN cost most), so the budget is under a second of CPU. The 5,000 keys of a
 * manifest written from intents (bench/generate-manifest.ts) take about 410,000; a Deny whose
 * one value substitutes the caller's ARN 1,500 times about 4,600 per change (0.75
 * microseconds each); one key with a 32 KB policy of conditioned Denies and a few thousand
 * aliases or grants passes it. A plan whose checks stop there is blocked
 * (`applier-check-incomplete`): an unchecked change is never let through as allowed.
 */
export const MAX_PLAN_CHECK_WORK = 1_000_000;

/** The applier and lockout checks of a plan took more than their budget. */
export class PlanCheckBudgetError extends Error {
  constructor(readonly limit: number) {
    super(`the applier and lockout checks took more than ${String(limit)} evaluation steps`);
    this.name = 'PlanCheckBudgetError';
  }
}

/** A meter for one plan's applier and lockout checks. */
export function createPlanCheckWorkMeter(limit: number = MAX_PLAN_CHECK_WORK): WorkMeter {
  return createWorkMeter(limit, () => new PlanCheckBudgetError(limit));
}
