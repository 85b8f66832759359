import { compareLintConfig } from '../core/lint/compare-lint-config.ts';
import { runLint } from '../core/lint/run-lint.ts';
import type { Finding } from '../core/lint/types.ts';
import type { DesiredState } from '../core/manifest/desired-state.ts';

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
