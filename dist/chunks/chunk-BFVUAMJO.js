import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/render/render-findings-json.ts
function renderFindingsJson(findings) {
  return findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    key: finding.key ?? null,
    help: finding.help
  }));
}

export {
  renderFindingsJson
};
