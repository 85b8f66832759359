import type { DesiredState } from '../manifest/desired-state.ts';
import type { ReadManifestFailure, ReadManifestSuccess } from '../manifest/read-manifest.ts';
import { compareLintConfig } from './compare-lint-config.ts';
import { runLint } from './run-lint.ts';
import type { Finding } from './types.ts';

/**
 * The lint findings `validate` reports for a manifest as read. An invalid manifest has none,
 * except when only its raw key policies have errors: what can be understood is linted. With
 * `base` (the base branch's manifest; `desired` undefined when it does not compile, so the
 * change is compared with the built-in defaults), lint severities and suppressions come from
 * the base and relaxing them shows as `lint-config-change` findings.
 */
export function lintReadManifest(
  result: ReadManifestSuccess | ReadManifestFailure,
  base?: { desired: DesiredState | undefined },
): Finding[] {
  if (!result.ok) return result.lintable === undefined ? [] : runLint(result.lintable);
  if (base === undefined) return runLint(result.desired);
  const comparison = compareLintConfig(base.desired, result.desired);
  return [...comparison.findings, ...runLint(result.desired, { config: comparison.config })].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
