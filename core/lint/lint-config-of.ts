import type { DesiredState } from '../manifest/desired-state.ts';
import type { LintConfig } from './types.ts';

/** The lint configuration a manifest declares: `lint:` severities and each key's `lint_ignore`. */
export function lintConfigOf(desired: DesiredState): LintConfig {
  return {
    rules: { ...desired.lint.rules },
    environments: Object.fromEntries(
      Object.entries(desired.lint.environments).map(([environment, rules]) => [
        environment,
        { ...rules },
      ]),
    ),
    suppressions: Object.fromEntries(
      desired.keys
        .filter((key) => key.lintIgnore.length > 0)
        .map((key) => [key.name, key.lintIgnore.map((entry) => ({ ...entry }))]),
    ),
  };
}
