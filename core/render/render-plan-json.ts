import type { Plan } from '../plan/plan-types.ts';

/** JSON contract of `plan --format json` (docs/json-output.md), version 1. */
export interface PlanJson {
  format_version: 1;
  manifest: string;
  owner: string;
  changes: Plan['changes'];
  problems: Plan['problems'];
  summary: Plan['summary'] & { has_changes: boolean; applyable: boolean };
  findings: unknown[];
}

export function renderPlanJson(plan: Plan, findings: readonly unknown[] = []): PlanJson {
  return {
    format_version: 1,
    manifest: plan.file,
    owner: plan.owner,
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
