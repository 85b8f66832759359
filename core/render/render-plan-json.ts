import type { PartialPlan, Plan, PlanNotice, PlanProblem, Risk } from '../plan/plan-types.ts';
import { renderChangeJson, snakeKeys, type ChangeJson } from './render-change-json.ts';
import type { FindingJson } from './render-findings-json.ts';

/**
 * JSON contract of `plan --format json` (docs/json-output.md), version 3: every field name is
 * snake_case (version 2 had `keyId`, `policyDiff`, `byAction`... next to `has_changes`). Since
 * version 2 a change that widens access beyond the key's account is never `safe`, creations
 * carry their `access`, and `widens` names who gets in.
 */
export interface PlanJson {
  format_version: 3;
  manifest: string;
  owner: string;
  /** `null` for a plan of the whole manifest; the targets and deferred changes of a partial one. */
  partial: PartialPlan | null;
  changes: ChangeJson[];
  problems: (Record<string, unknown> & Pick<PlanProblem, 'code' | 'key' | 'message' | 'help'>)[];
  /** Non-blocking notes, e.g. a key waiting for its imported key material (`pending-import`). */
  notices: PlanNotice[];
  summary: {
    changes: number;
    /** Keys are change actions (`update-policy`): data, not field names. */
    by_action: Plan['summary']['byAction'];
    by_risk: Record<Risk, number>;
    problems: number;
    has_changes: boolean;
    applyable: boolean;
  };
  /** Lint findings of the manifest (`plan` only; `drift` has none). */
  findings: FindingJson[];
}

export function renderPlanJson(plan: Plan, findings: readonly FindingJson[] = []): PlanJson {
  return {
    format_version: 3,
    manifest: plan.file,
    owner: plan.owner,
    partial: plan.partial ?? null,
    changes: plan.changes.map(renderChangeJson),
    problems: plan.problems.map((problem) => snakeKeys(problem) as PlanJson['problems'][number]),
    notices: [...(plan.notices ?? [])],
    summary: {
      ...(snakeKeys(plan.summary) as Omit<PlanJson['summary'], 'has_changes' | 'applyable'>),
      has_changes: plan.changes.length > 0,
      applyable: plan.problems.length === 0,
    },
    findings: [...findings],
  };
}
