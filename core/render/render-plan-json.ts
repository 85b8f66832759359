import type { PlanJson } from '../json-contracts.ts';
import type { Plan } from '../plan/plan-types.ts';
import { renderChangeJson, snakeKeys } from './render-change-json.ts';
import type { FindingJson } from './render-findings-json.ts';

export type { PlanJson };

/**
 * JSON contract of `plan --format json` (docs/json-output.md), version 3: every field name is
 * snake_case (version 2 had `keyId`, `policyDiff`, `byAction`... next to `has_changes`). Since
 * version 2 a change that widens access beyond the key's account is never `safe`, creations
 * carry their `access`, and `widens` names who gets in.
 */
export function renderPlanJson(plan: Plan, findings: readonly FindingJson[] = []): PlanJson {
  return {
    format_version: 3,
    manifest: plan.file,
    owner: plan.owner,
    partial: plan.partial ?? null,
    changes: plan.changes.map(renderChangeJson),
    problems: plan.problems.map((problem) => snakeKeys(problem) as PlanJson['problems'][number]),
    notices: [...(plan.notices ?? [])],
    kept_grants: (plan.keptGrants ?? []).map((kept) => ({
      address: kept.address,
      key: kept.key,
      account: kept.account,
      region: kept.region,
      grant_id: kept.grantId,
      grant: snakeKeys(kept.grant),
      rule: { ...kept.rule },
    })),
    unexpected_keep_rules: (plan.unexpectedKeepRules ?? []).map((rule) => ({
      grantee: rule.grantee,
      reason: rule.reason,
      source: rule.source,
      first_key: rule.firstKey,
      keys: rule.keys,
    })),
    summary: {
      ...(snakeKeys(plan.summary) as Omit<PlanJson['summary'], 'has_changes' | 'applyable'>),
      has_changes: plan.changes.length > 0,
      applyable: plan.problems.length === 0,
    },
    findings: [...findings],
  };
}
