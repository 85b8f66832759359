import type { DesiredState } from '../manifest/desired-state.ts';
import type { DocumentPath } from '../manifest/types.ts';
import { compareKeyLabels } from './compare-key-labels.ts';
import { lintConfigOf } from './lint-config-of.ts';
import { compareSeverity, resolveSeverity, stricterSeverity } from './resolve-severity.ts';
import { LINT_RULES } from './rules/index.ts';
import {
  LINT_CONFIG_CHANGE_RULE,
  type Finding,
  type LintConfig,
  type RuleMetadata,
  type SeveritySetting,
} from './types.ts';

/** The finding a change of the lint configuration produces (documented in docs/rules.md). */
export const lintConfigChange: RuleMetadata = {
  id: LINT_CONFIG_CHANGE_RULE,
  defaultSeverity: 'warning',
  summary:
    "The change relaxes a lint rule, adds a suppression or relabels a key's environment or compliance; the base branch settings still apply.",
  rationale:
    "On a pull request, severities and suppressions come from the base branch's manifest, not from the change: otherwise a change could turn off the rule it breaks and approve itself, or move a production key to an environment linted more leniently. Tightening applies at once; relaxing a rule, adding a `lint_ignore` or changing a key's `environment` or `compliance` shows up as this finding and takes effect only once merged, so reviewers see and own the decision.",
  help: 'have the lint configuration change or the relabelling reviewed on its own (a maintainer approves it, or it lands in a separate pull request first), or revert it',
  practice: {
    title:
      'The key policy is the source of truth (SPEC section 1): changes are reviewed, not self-approved',
    url: 'https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches',
  },
};

export interface LintConfigComparison {
  /** Configuration to lint the change with: the base's, plus the change's tightenings. */
  config: LintConfig;
  /** One `lint-config-change` finding per relaxation, added suppression and relabelled key. */
  findings: Finding[];
}

const EMPTY_CONFIG: LintConfig = { rules: {}, environments: {}, suppressions: {} };

/**
 * Decides the lint configuration of a pull request from its base branch: every rule's
 * severity is the stricter of base and change (for keys without an environment and for
 * each environment), each key is linted at least as strictly as its base environment (see
 * `compareKeyLabels`), and a suppression counts only when the base has it too. A manifest
 * new in the pull request (`base` undefined) is compared with the built-in defaults.
 */
export function compareLintConfig(
  base: DesiredState | undefined,
  change: DesiredState,
): LintConfigComparison {
  const before = base === undefined ? EMPTY_CONFIG : lintConfigOf(base);
  const after = lintConfigOf(change);
  const findings: Finding[] = [];
  const report = (path: DocumentPath, message: string, key?: string): void => {
    const position = change.locate(path);
    findings.push({
      rule: lintConfigChange.id,
      severity: lintConfigChange.defaultSeverity,
      message,
      file: change.file,
      line: position.line,
      column: position.column,
      ...(key === undefined ? {} : { key }),
      help: lintConfigChange.help,
    });
  };

  const environments = [
    ...new Set([
      ...Object.keys(before.environments),
      ...Object.keys(after.environments),
      ...[...(base?.keys ?? []), ...change.keys].flatMap((key) =>
        key.environment === undefined ? [] : [key.environment],
      ),
    ]),
  ].sort();

  const rules: Record<string, SeveritySetting> = {};
  const perEnvironment: Record<string, Record<string, SeveritySetting>> = {};
  for (const rule of LINT_RULES) {
    const was = resolveSeverity(rule, undefined, before);
    const is = resolveSeverity(rule, undefined, after);
    rules[rule.id] = stricterSeverity(was, is);
    if (compareSeverity(is, was) < 0) {
      report(
        ['lint', 'rules', rule.id],
        `this change relaxes \`${rule.id}\` from ${was} to ${is}; the base branch's ${was} applies until it is merged`,
      );
    }
    for (const environment of environments) {
      const wasHere = resolveSeverity(rule, environment, before);
      const isHere = resolveSeverity(rule, environment, after);
      (perEnvironment[environment] ??= {})[rule.id] = stricterSeverity(wasHere, isHere);
      const ownSetting =
        before.environments[environment]?.[rule.id] !== after.environments[environment]?.[rule.id];
      if (ownSetting && compareSeverity(isHere, wasHere) < 0) {
        report(
          ['lint', 'environments', environment, 'rules', rule.id],
          `this change relaxes \`${rule.id}\` for environment \`${environment}\` from ${wasHere} to ${isHere}; the base branch's ${wasHere} applies until it is merged`,
        );
      }
    }
  }

  const merged = { rules, environments: perEnvironment };
  const keys: Record<string, Record<string, SeveritySetting>> = {};
  if (base !== undefined) {
    const labels = compareKeyLabels(base, change);
    // Once per rule, not per key: the base's environments can be many.
    const strictest = Object.fromEntries(
      LINT_RULES.map((rule) => [
        rule.id,
        labels.strictest
          .map((environment) => resolveSeverity(rule, environment, merged))
          .reduce(stricterSeverity),
      ]),
    );
    for (const { key, lintAs, atStrictest, notes } of labels.keys) {
      for (const note of notes) report(note.path, note.message, key.name);
      keys[key.name] = Object.fromEntries(
        LINT_RULES.map((rule) => [
          rule.id,
          lintAs
            .map((environment) => resolveSeverity(rule, environment, merged))
            .reduce(stricterSeverity, atStrictest ? (strictest[rule.id] ?? 'error') : 'off'),
        ]),
      );
    }
  }

  const suppressions: Record<string, { rule: string; reason: string }[]> = {};
  for (const key of change.keys) {
    const kept: { rule: string; reason: string }[] = [];
    key.lintIgnore.forEach((entry, index) => {
      const inBase = (before.suppressions[key.name] ?? []).some(
        (existing) => existing.rule === entry.rule,
      );
      if (inBase) {
        kept.push({ ...entry });
        return;
      }
      report(
        ['keys', key.name, 'lint_ignore', index],
        `this change adds a suppression of \`${entry.rule}\` on key \`${key.name}\` ("${entry.reason}"); it applies only once merged`,
        key.name,
      );
    });
    if (kept.length > 0) suppressions[key.name] = kept;
  }

  return {
    config: { ...merged, keys, suppressions },
    findings: findings.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
