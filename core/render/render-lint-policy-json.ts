import type { LintPolicyJson } from '../json-contracts.ts';
import type { Finding } from '../lint/types.ts';
import { renderFindingsJson } from './render-findings-json.ts';

export type { LintPolicyJson };

/** `lint-policy --format json` (docs/json-output.md), version 1. */
export function renderLintPolicyJson(findings: readonly Finding[]): LintPolicyJson {
  return { format_version: 1, findings: renderFindingsJson(findings) };
}
