import type { PartialPlan, Plan } from '../plan/plan-types.ts';

/**
 * JSON contract of `plan --format json` (docs/json-output.md), version 2: since version 2 a
 * change that widens access beyond the key's account is never `safe`, creations carry their
 * `access`, and `widens` names who gets in.
 */
export interface PlanJson {
  format_version: 2;
  manifest: string;
  owner: string;
  /** `null` for a plan of the whole manifest; the targets and deferred changes of a partial one. */
  partial: PartialPlan | null;
  changes: Plan['changes'];
  problems: Plan['problems'];
  summary: Plan['summary'] & { has_changes: boolean; applyable: boolean };
  findings: unknown[];
}

export function renderPlanJson(plan: Plan, findings: readonly unknown[] = []): PlanJson {
  return {
    format_version: 2,
    manifest: plan.file,
    owner: plan.owner,
    partial: plan.partial ?? null,
    changes: plan.changes,
    problems: plan.problems,
    summary: {
      ...plan.summary,
      has_changes: plan.changes.length > 0,
      applyable: plan.problems.length === 0,
    },
    findings: [...findings],
  };
}
