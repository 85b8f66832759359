import type { FindingJson } from '../json-contracts.ts';
import type { Finding } from '../lint/types.ts';

export type { FindingJson };

/** Findings in the JSON contract (docs/json-output.md): `key` always present, `null` for a standalone policy. */
export function renderFindingsJson(findings: readonly Finding[]): FindingJson[] {
  return findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    key: finding.key ?? null,
    help: finding.help,
  }));
}
