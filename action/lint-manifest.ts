import { compareLintConfig } from '../core/lint/compare-lint-config.ts';
import { runLint } from '../core/lint/run-lint.ts';
import type { Finding } from '../core/lint/types.ts';
import type { DesiredState } from '../core/manifest/desired-state.ts';
import type { FailOn } from './get-action-inputs.ts';

const RANK = { notice: 1, warning: 2, error: 3 } as const;

/**
 * Lint findings of the manifest. On a pull request, `base` is the base branch's desired
 * state: severities and suppressions come from it, and relaxing them is itself a finding.
 */
export function lintManifest(
  desired: DesiredState,
  base: { desired: DesiredState | undefined } | undefined,
): Finding[] {
  if (base === undefined) return runLint(desired);
  const comparison = compareLintConfig(base.desired, desired);
  return [...comparison.findings, ...runLint(desired, { config: comparison.config })].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** True when some finding is at least as severe as `failOn`. */
export function reachesFailOn(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}

/** Findings in the JSON contract of `validate --format json` (`key` always present). */
export function findingsJson(findings: readonly Finding[]): unknown[] {
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
