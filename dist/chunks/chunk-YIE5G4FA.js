import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  runLint
} from "./chunk-P6QZPTO3.js";
import {
  renderFindingsJson
} from "./chunk-BFVUAMJO.js";
import {
  compareLintConfig
} from "./chunk-EUYH6NZ5.js";

// core/lint/lint-read-manifest.ts
function lintReadManifest(result, base) {
  if (!result.ok) return result.lintable === void 0 ? [] : runLint(result.lintable);
  if (base === void 0) return runLint(result.desired);
  let comparison = compareLintConfig(base.desired, result.desired);
  return [...comparison.findings, ...runLint(result.desired, { config: comparison.config })].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}

// core/render/render-validate-json.ts
function renderValidateJson(result, findings) {
  return {
    format_version: 1,
    valid: result.ok,
    errors: result.ok ? [] : [...result.problems],
    findings: renderFindingsJson(findings)
  };
}

export {
  lintReadManifest,
  renderValidateJson
};
