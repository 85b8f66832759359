import type { Finding } from '../lint/types.ts';

/** One lint finding in the JSON contract (docs/json-output.md). */
export interface FindingJson {
  rule: string;
  severity: Finding['severity'];
  message: string;
  file: string;
  line: number;
  column: number;
  /** Logical key name; `null` for a standalone policy (`lint-policy`). */
  key: string | null;
  help: string;
}

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
