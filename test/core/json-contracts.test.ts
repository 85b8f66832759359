/**
 * core/json-contracts.ts spells out the unions of the JSON contracts so the published
 * declarations need nothing of the implementation. These checks fail `tsc --noEmit` (part of
 * `npm test` and CI) as soon as the core gains an action, risk, problem code, requirement or
 * statement role that the contract types do not list, or loses one they do.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AccessEntryJson,
  AccessExplanationJson,
  AccessRequirementJson,
  ChangeActionJson,
  FindingJson,
  PartialPlanJson,
  PlanNoticeJson,
  PlanProblemJson,
  RiskJson,
} from '../../core/json-contracts.ts';
import type { Severity } from '../../core/manifest/types.ts';
import type {
  ChangeAction,
  PartialPlan,
  PlanNotice,
  PlanProblem,
  Risk,
} from '../../core/plan/plan-types.ts';
import type { AccessEntry, AccessRequirement } from '../../core/policy/build-access-matrix.ts';
import type { ExplainedStatement } from '../../core/policy/explain-access.ts';

describe('the JSON contract types list what the core produces', () => {
  it('plan: change actions, risks, problem codes, notices, partial plans', () => {
    expectTypeOf<ChangeActionJson>().toEqualTypeOf<ChangeAction>();
    expectTypeOf<RiskJson>().toEqualTypeOf<Risk>();
    expectTypeOf<PlanProblemJson['code']>().toEqualTypeOf<PlanProblem['code']>();
    expectTypeOf<PlanNoticeJson>().toEqualTypeOf<PlanNotice>();
    expectTypeOf<PartialPlanJson>().toEqualTypeOf<PartialPlan>();
  });

  it('access: verdicts, requirements and statement roles', () => {
    expectTypeOf<AccessRequirementJson>().toEqualTypeOf<AccessRequirement>();
    expectTypeOf<AccessEntryJson>().toEqualTypeOf<
      Pick<AccessEntry, 'principal' | 'action' | 'allowed' | 'requires' | 'delegated_to_iam'>
    >();
    expectTypeOf<
      AccessExplanationJson['explanations'][number]['statements'][number]['role']
    >().toEqualTypeOf<ExplainedStatement['role']>();
  });

  it('findings: severities', () => {
    expectTypeOf<FindingJson['severity']>().toEqualTypeOf<Severity>();
  });
});
