import { renderPlanMarkdown } from '../../core/render/render-plan-markdown.ts';
import type { PlanOutcome } from '../types.ts';

export interface PlanDetailsProps {
  plan: PlanOutcome;
  /** The Checks API caps `output.text` at 65,535 characters. */
  maxLength: number;
  /** For the days left before a scheduled deletion. */
  now?: Date;
}

/**
 * The check run's details text: the plan with its key policy and access diffs (the same
 * Markdown as the Action's sticky comment), cut at a line when it is too long. Empty without
 * a plan.
 */
export function renderPlanDetails(props: PlanDetailsProps): string {
  if (props.plan.kind !== 'planned') return '';
  const markdown = renderPlanMarkdown(
    props.plan.plan,
    props.now === undefined ? {} : { now: props.now },
  );
  if (markdown.length <= props.maxLength) return markdown;
  const notice =
    "\n\n---\n**The plan is too long for a check run and was cut here.** Run `kms-action plan` or see the Action's comment for all of it.";
  const room = props.maxLength - notice.length;
  const cut = markdown.lastIndexOf('\n', room);
  return `${markdown.slice(0, cut > 0 ? cut : room)}${notice}`;
}
