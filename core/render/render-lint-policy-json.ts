import type { Finding } from '../lint/types.ts';
import { renderFindingsJson, type FindingJson } from './render-findings-json.ts';

/** JSON contract of `lint-policy --format json` (docs/json-output.md), version 1. */
export interface LintPolicyJson {
  format_version: 1;
  findings: FindingJson[];
}

export function renderLintPolicyJson(findings: readonly Finding[]): LintPolicyJson {
  return { format_version: 1, findings: renderFindingsJson(findings) };
}
