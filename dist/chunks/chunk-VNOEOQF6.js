import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/render/render-change-json.ts
function snakeCase(name) {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
function renderChangeJson(change) {
  let json = snakeKeys(change);
  switch (change.action) {
    case "create":
    case "create-grant":
      json.after = snakeKeys(change.after);
      break;
    case "update-rotation":
      json.before = snakeKeys(change.before), json.after = snakeKeys(change.after);
      break;
    case "revoke-grant":
      json.before = snakeKeys(change.before);
      break;
    case "create-replica":
      json.replica = snakeKeys(change.replica);
      break;
    default:
      break;
  }
  return json;
}
function snakeKeys(object) {
  return Object.fromEntries(
    Object.entries(object).map(([name, value]) => [snakeCase(name), value])
  );
}

// core/render/render-plan-json.ts
function renderPlanJson(plan, findings = []) {
  return {
    format_version: 3,
    manifest: plan.file,
    owner: plan.owner,
    partial: plan.partial ?? null,
    changes: plan.changes.map(renderChangeJson),
    problems: plan.problems.map((problem) => snakeKeys(problem)),
    notices: [...plan.notices ?? []],
    kept_grants: (plan.keptGrants ?? []).map((kept) => ({
      address: kept.address,
      key: kept.key,
      account: kept.account,
      region: kept.region,
      grant_id: kept.grantId,
      grant: snakeKeys(kept.grant),
      rule: { ...kept.rule }
    })),
    unexpected_keep_rules: (plan.unexpectedKeepRules ?? []).map((rule) => ({
      grantee: rule.grantee,
      reason: rule.reason,
      source: rule.source,
      first_key: rule.firstKey,
      keys: rule.keys
    })),
    summary: {
      ...snakeKeys(plan.summary),
      has_changes: plan.changes.length > 0,
      applyable: plan.problems.length === 0
    },
    findings: [...findings]
  };
}

export {
  renderPlanJson
};
