import type { Finding } from '../core/lint/types.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import { renderPlanJson } from '../core/render/render-plan-json.ts';
import type { ActionMode } from './get-action-inputs.ts';
import { renderFindingsJson } from '../core/render/render-findings-json.ts';

/** The outputs of action.yml, as the strings the runner stores. */
export interface ActionOutputs {
  'plan-json': string;
  'has-changes': 'true' | 'false';
  findings: string;
  applied: string;
}

export interface ActionResult {
  mode: ActionMode;
  outputs: ActionOutputs;
  /** Markdown for the job summary. */
  summary: string;
  /** Why the step fails; empty: it succeeds. */
  failures: string[];
}

export function outputsOf(
  plan: Plan | undefined,
  findings: readonly Finding[],
  applied: number,
): ActionOutputs {
  return {
    'plan-json':
      plan === undefined ? '' : JSON.stringify(renderPlanJson(plan, renderFindingsJson(findings))),
    'has-changes': plan !== undefined && plan.changes.length > 0 ? 'true' : 'false',
    findings: JSON.stringify(renderFindingsJson(findings)),
    applied: String(applied),
  };
}
