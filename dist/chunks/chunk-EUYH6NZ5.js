import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  LINT_CONFIG_CHANGE_RULE,
  LINT_RULES,
  compareSeverity,
  keyOrDefaultsPath,
  lintConfigOf,
  resolveSeverity,
  stricterSeverity
} from "./chunk-JQODEOEG.js";

// core/lint/compare-key-labels.ts
var STRICTEST = "until it is merged, the key is linted as strictly as the strictest environment the base branch defines, and at least as production";
function compareKeyLabels(base, change) {
  let known = /* @__PURE__ */ new Set([
    void 0,
    ...Object.keys(base.lint.environments),
    ...base.keys.map((key) => key.environment)
  ]), byName = new Map(base.keys.map((key) => [key.name, key])), byAdopt = new Map(
    base.keys.flatMap(
      (key) => key.adopt === void 0 ? [] : [[key.adopt.toLowerCase(), key]]
    )
  );
  return { keys: change.keys.map((key) => {
    let before = byName.get(key.name) ?? (key.movedFrom === void 0 ? void 0 : byName.get(key.movedFrom)) ?? byAdopt.get(key.adopt?.toLowerCase() ?? ""), unknown = !known.has(key.environment), notes = [], environmentPath = keyOrDefaultsPath(change, key.name, ["environment"]);
    return before === void 0 ? key.adopt !== void 0 ? (notes.push({
      path: ["keys", key.name, "adopt"],
      message: `this change adopts an existing key as \`${key.name}\`, which the base branch does not manage; ${STRICTEST}`
    }), { key, lintAs: [key.environment], atStrictest: !0, notes }) : unknown ? (notes.push({
      path: environmentPath,
      message: `key \`${key.name}\` is new in this change with environment ${label(key.environment)}, which the base branch does not know; ${STRICTEST}`
    }), { key, lintAs: [key.environment], atStrictest: !0, notes }) : { key, lintAs: [key.environment], atStrictest: !1, notes } : (before.environment !== key.environment && notes.push({
      path: environmentPath,
      message: unknown ? `this change relabels key \`${key.name}\` from environment ${label(before.environment)} to ${label(key.environment)}, which the base branch does not know; ${STRICTEST}` : `this change relabels key \`${key.name}\` from environment ${label(before.environment)} to ${label(key.environment)}; until it is merged, the key is linted with the stricter severities of both`
    }), before.compliance !== key.compliance && notes.push({
      path: keyOrDefaultsPath(change, key.name, ["compliance"]),
      message: `this change relabels key \`${key.name}\` from compliance domain ${label(before.compliance)} to ${label(key.compliance)}; the rules that read it (\`compliance-isolation\`, \`required-tags\`) judge the new domain, so the relabelling needs its own review`
    }), { key, lintAs: [key.environment, before.environment], atStrictest: unknown, notes });
  }), strictest: [...known, "production"] };
}
function label(value) {
  return value === void 0 ? "none" : `\`${value}\``;
}

// core/lint/compare-lint-config.ts
var lintConfigChange = {
  id: LINT_CONFIG_CHANGE_RULE,
  defaultSeverity: "warning",
  summary: "The change relaxes a lint rule, adds a suppression or relabels a key's environment or compliance; the base branch settings still apply.",
  rationale: "On a pull request, severities and suppressions come from the base branch's manifest, not from the change: otherwise a change could turn off the rule it breaks and approve itself, or move a production key to an environment linted more leniently. Tightening applies at once; relaxing a rule, adding a `lint_ignore` or changing a key's `environment` or `compliance` shows up as this finding and takes effect only once merged, so reviewers see and own the decision.",
  help: "have the lint configuration change or the relabelling reviewed on its own (a maintainer approves it, or it lands in a separate pull request first), or revert it",
  practice: {
    title: "The key policy is the source of truth (SPEC section 1): changes are reviewed, not self-approved",
    url: "https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches"
  }
}, EMPTY_CONFIG = { rules: {}, environments: {}, suppressions: {} };
function compareLintConfig(base, change) {
  let before = base === void 0 ? EMPTY_CONFIG : lintConfigOf(base), after = lintConfigOf(change), findings = [], report = (path, message, key) => {
    let position = change.locate(path);
    findings.push({
      rule: lintConfigChange.id,
      severity: lintConfigChange.defaultSeverity,
      message,
      file: change.file,
      line: position.line,
      column: position.column,
      ...key === void 0 ? {} : { key },
      help: lintConfigChange.help
    });
  }, environments = [
    .../* @__PURE__ */ new Set([
      ...Object.keys(before.environments),
      ...Object.keys(after.environments),
      ...[...base?.keys ?? [], ...change.keys].flatMap(
        (key) => key.environment === void 0 ? [] : [key.environment]
      )
    ])
  ].sort(), rules = {}, perEnvironment = {};
  for (let rule of LINT_RULES) {
    let was = resolveSeverity(rule, void 0, before), is = resolveSeverity(rule, void 0, after);
    rules[rule.id] = stricterSeverity(was, is), compareSeverity(is, was) < 0 && report(
      ["lint", "rules", rule.id],
      `this change relaxes \`${rule.id}\` from ${was} to ${is}; the base branch's ${was} applies until it is merged`
    );
    for (let environment of environments) {
      let wasHere = resolveSeverity(rule, environment, before), isHere = resolveSeverity(rule, environment, after);
      (perEnvironment[environment] ??= {})[rule.id] = stricterSeverity(wasHere, isHere), before.environments[environment]?.[rule.id] !== after.environments[environment]?.[rule.id] && compareSeverity(isHere, wasHere) < 0 && report(
        ["lint", "environments", environment, "rules", rule.id],
        `this change relaxes \`${rule.id}\` for environment \`${environment}\` from ${wasHere} to ${isHere}; the base branch's ${wasHere} applies until it is merged`
      );
    }
  }
  let merged = { rules, environments: perEnvironment }, keys = {};
  if (base !== void 0) {
    let labels = compareKeyLabels(base, change), strictest = Object.fromEntries(
      LINT_RULES.map((rule) => [
        rule.id,
        labels.strictest.map((environment) => resolveSeverity(rule, environment, merged)).reduce(stricterSeverity)
      ])
    );
    for (let { key, lintAs, atStrictest, notes } of labels.keys) {
      for (let note of notes) report(note.path, note.message, key.name);
      keys[key.name] = Object.fromEntries(
        LINT_RULES.map((rule) => [
          rule.id,
          lintAs.map((environment) => resolveSeverity(rule, environment, merged)).reduce(stricterSeverity, atStrictest ? strictest[rule.id] ?? "error" : "off")
        ])
      );
    }
  }
  let suppressions = {};
  for (let key of change.keys) {
    let kept = [];
    key.lintIgnore.forEach((entry, index) => {
      if ((before.suppressions[key.name] ?? []).some(
        (existing) => existing.rule === entry.rule
      )) {
        kept.push({ ...entry });
        return;
      }
      report(
        ["keys", key.name, "lint_ignore", index],
        `this change adds a suppression of \`${entry.rule}\` on key \`${key.name}\` ("${entry.reason}"); it applies only once merged`,
        key.name
      );
    }), kept.length > 0 && (suppressions[key.name] = kept);
  }
  return {
    config: { ...merged, keys, suppressions },
    findings: findings.sort((a, b) => a.line - b.line || a.column - b.column)
  };
}

export {
  lintConfigChange,
  compareLintConfig
};
