import type { Plan } from '../plan/plan-types.ts';

/**
 * The line that says a plan covers only its targets (`--target`), or `undefined` for a plan
 * of the whole manifest. Raw text: each renderer escapes it for where it lands.
 */
export function describePartialPlan(plan: Plan): string | undefined {
  if (plan.partial === undefined) return undefined;
  return `partial plan (targets: ${plan.partial.targets.join(', ')}): the other keys of the manifest were not read or planned, and are not reported as orphans`;
}
