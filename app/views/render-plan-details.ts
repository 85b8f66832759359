import { renderPlanMarkdown } from '../../core/render/render-plan-markdown.ts';
import type { PlanOutcome } from '../types.ts';

export interface PlanDetailsProps {
  plan: PlanOutcome;
  /** For the days left before a scheduled deletion. */
  now?: Date;
}

/**
 * The check run's details text: the plan with its key policy and access diffs (the same
 * Markdown as the Action's sticky comment), whole (the check run clips it to GitHub's limit).
 * Empty without a plan.
 */
export function renderPlanDetails(props: PlanDetailsProps): string {
  if (props.plan.kind !== 'planned') return '';
  return renderPlanMarkdown(props.plan.plan, props.now === undefined ? {} : { now: props.now });
}
