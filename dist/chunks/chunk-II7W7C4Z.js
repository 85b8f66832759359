import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  toList
} from "./chunk-5PJNXYGC.js";
import {
  KMS_ACTIONS,
  matchWildcard,
  parsePrincipal
} from "./chunk-A54FERCJ.js";

// core/work/with-thousands.ts
function withThousands(count) {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ",");
}

// core/lint/policy/expand-statement-actions.ts
function expandStatementActions(statement) {
  if (statement.NotAction !== void 0) {
    let excluded = toList(statement.NotAction);
    return KMS_ACTIONS.filter(
      (action) => !excluded.some((pattern) => matchWildcard(pattern, action, !0))
    );
  }
  let patterns = toList(statement.Action);
  return KMS_ACTIONS.filter(
    (action) => patterns.some((pattern) => matchWildcard(pattern, action, !0))
  );
}

// core/lint/policy/role-session-probe.ts
var PROBE_SESSION = "kms-action-probe";
function roleSessionProbe(principal, session = PROBE_SESSION) {
  let parsed = parsePrincipal(principal);
  return parsed.kind !== "role" ? { principal } : {
    principal: `arn:${parsed.partition}:sts::${parsed.account}:assumed-role/${parsed.name}/${session}`,
    keys: { "aws:PrincipalArn": principal }
  };
}

// core/policy/evaluation-work-of.ts
function evaluationWorkOf(policy) {
  let { work } = policy;
  return work.evaluations + work.statements + work.resourceScans + work.principalScans + work.conditions;
}

export {
  evaluationWorkOf,
  expandStatementActions,
  roleSessionProbe,
  withThousands
};
