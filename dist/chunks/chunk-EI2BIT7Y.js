import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/lint/reaches-fail-on.ts
var FAIL_ON_LEVELS = ["error", "warning", "notice", "never"], RANK = { notice: 1, warning: 2, error: 3 };
function reachesFailOn(findings, failOn) {
  return failOn === "never" ? !1 : findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}

export {
  FAIL_ON_LEVELS,
  reachesFailOn
};
