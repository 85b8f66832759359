import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  keyPropertyConditions,
  requestedKeyOf
} from "./chunk-TJWVZCXE.js";
import {
  LINT_RULES,
  abstractPolicyPrincipals,
  capSeverity,
  firstExistingPath,
  incompleteFinding,
  lintConfigOf,
  resolveSeverity,
  runPolicyRules
} from "./chunk-JQODEOEG.js";
import {
  LintBudgetExceededError,
  chargeLintWork,
  createLintWorkMeter,
  meterLintWork
} from "./chunk-LRLGX7QA.js";
import {
  partitionOf
} from "./chunk-A54FERCJ.js";

// core/lint/cache-policy-rules.ts
var MAX_ENTRIES = 2e3, MAX_KEY_CHARS = 16 * 1024 * 1024;
function cachePolicyRules(rules) {
  let answers = /* @__PURE__ */ new Map(), keyChars = 0;
  return (raw, placement) => {
    let abstracted = abstractPolicyPrincipals(raw, placement);
    if (abstracted === void 0) return runPolicyRules(raw, placement, rules);
    let key = `${JSON.stringify(placementFields(placement))}
${abstracted.shape}`, answer = answers.get(key);
    return answer === void 0 && (answer = runPolicyRules(abstracted.raw, placement, rules), answers.size < MAX_ENTRIES && keyChars + key.length <= MAX_KEY_CHARS && (answers.set(key, answer), keyChars += key.length)), abstracted.replaced === 0 ? answer : restoreAnswer(answer, abstracted.restore) ?? runPolicyRules(raw, placement, rules);
  };
}
function restoreAnswer(answer, restore) {
  let restored = [];
  for (let { rule, issue, sid } of answer) {
    if (issue.position !== void 0) return;
    let back = restore(issue), backSid = sid === void 0 ? void 0 : restore(sid);
    if (back === void 0 || sid !== void 0 && backSid === void 0) return;
    restored.push({ rule, issue: back, ...backSid === void 0 ? {} : { sid: backSid } });
  }
  return restored;
}
function placementFields(placement) {
  let { key } = placement;
  return [
    placement.account ?? null,
    placement.partition ?? null,
    key === void 0 ? null : "arn" in key ? { arn: key.arn, properties: key.properties ?? null } : [key.partition ?? null, key.account ?? null, key.region ?? null, key.properties ?? null],
    placement.generated ?? null,
    placement.keySpec ?? null,
    placement.keyUsage ?? null
  ];
}

// core/lint/run-lint.ts
function runLint(desired, options = {}) {
  let config = options.config ?? lintConfigOf(desired), rules = options.rules ?? LINT_RULES, run = { sharePolicyShapes: options.sharePolicyShapes ?? !0 }, keys = new Map(desired.keys.map((key) => [key.name, key])), findings = [], report = (rule, key, path, issue) => {
    let severity = capSeverity(
      (key === void 0 ? void 0 : config.keys?.[key.name]?.[rule.id]) ?? resolveSeverity(rule, key?.environment, config),
      issue.maxSeverity
    );
    if (severity === "off" || key !== void 0 && isSuppressed(config, key.name, rule.id)) return;
    let position = key !== void 0 && path.length === 2 && path[0] === "keys" && path[1] === key.name ? key.location : desired.locate(path);
    findings.push({
      rule: rule.id,
      severity,
      message: issue.message,
      file: desired.file,
      line: position.line,
      column: position.column,
      ...key === void 0 ? {} : { key: key.name },
      help: issue.help ?? rule.help
    });
  }, progress = { key: void 0, done: 0 };
  try {
    meterLintWork(createLintWorkMeter(), () => {
      lintAll(desired, rules, run, keys, report, progress);
    });
  } catch (error) {
    if (!(error instanceof LintBudgetExceededError)) throw error;
    findings.push(incompleteFinding(desired, progress.key, progress.done));
  }
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}
function lintAll(desired, rules, run, keys, report, progress) {
  for (let rule of rules)
    if (rule.kind === "manifest")
      for (let issue of rule.check(desired, run))
        chargeLintWork(ISSUE_STEPS), report(rule, keys.get(issue.key), issue.path, issue);
  let policyRules = run.sharePolicyShapes ? cachePolicyRules(rules) : (raw, placement) => runPolicyRules(raw, placement, rules);
  for (let key of desired.keys) {
    progress.key = key;
    let policies = [
      {
        policy: key.policy,
        base: ["keys", key.name, "policy"],
        requested: { ...requestedKeyOf(key), properties: keyPropertyConditions(key) }
      },
      ...key.replicas.filter((replica) => replica.policyWritten).map((replica) => ({
        policy: replica.policy,
        base: [...replica.path, "policy"],
        requested: {
          ...requestedKeyOf({
            ...key,
            region: replica.region,
            ...replicaAdopt(key, replica.region)
          }),
          properties: keyPropertyConditions({ ...key, replica: !0 })
        }
      }))
    ];
    for (let { policy, base, requested } of policies) {
      if (policy === void 0) continue;
      let results = policyRules(policy.document, {
        account: key.account,
        partition: partitionOf(key),
        key: requested,
        generated: policy.kind === "intent",
        keySpec: key.keySpec,
        keyUsage: key.keyUsage
      });
      for (let { rule, issue, sid } of results) {
        if (chargeLintWork(ISSUE_STEPS), rule.readsRawDocument === !0 && policy.kind === "document" && !issue.maxSeverity)
          continue;
        let path = policy.kind === "intent" ? intentLocation(desired, base, policy.intent, policy.document, sid, issue) : [...base, "document", ...issue.path];
        report(rule, key, path, issue);
      }
    }
    progress.done += 1;
  }
}
var ISSUE_STEPS = 4;
function replicaAdopt(key, region) {
  if (key.adopt === void 0) return {};
  let parts = key.adopt.split(":");
  return parts[3] = region, { adopt: parts.join(":") };
}
function isSuppressed(config, key, rule) {
  return (config.suppressions[key] ?? []).some((entry) => entry.rule === rule);
}
function intentFieldOfSid(sid) {
  if (sid !== void 0) {
    if (sid === "KeyAdministrators") return "admins";
    if (sid.startsWith("Organization")) return "organization";
    if (sid.startsWith("KeyUsers")) return "users";
    if (sid.startsWith("CrossAccount")) return "cross_account";
    if (sid === "DenyWithoutMfa") return "require_mfa_for";
  }
}
function intentLocation(desired, base, intent, document, sid, issue) {
  let field = issue.intentPath ?? extraStatementPath(intent, document, issue);
  if (field === void 0) {
    let name = intentFieldOfSid(sid);
    field = name === void 0 ? [] : [name];
    let principal = issue.principal?.toLowerCase();
    if (principal !== void 0 && (name === "admins" || name === "users")) {
      let position = intent[name].findIndex((arn) => arn.toLowerCase() === principal);
      position >= 0 ? field = [name, position] : name === "users" && (field = userGroupPath(intent, principal) ?? field);
    } else if (principal !== void 0 && name === "cross_account") {
      let position = intent.crossAccount.findIndex(
        (entry) => entry.principal.toLowerCase() === principal
      );
      position >= 0 && (field = [name, position, "principal"]);
    }
  }
  return field.length === 0 ? base : firstExistingPath(desired, [
    [...base, ...field],
    ["defaults", "policy", ...field],
    [...base, ...field.slice(0, 1)],
    ["defaults", "policy", ...field.slice(0, 1)],
    base
  ]);
}
function extraStatementPath(intent, document, issue) {
  let extras = intent.extraStatements?.length ?? 0, index = issue.path[0] === "Statement" ? issue.path[1] : void 0;
  if (extras === 0 || typeof index != "number") return;
  let first = document.Statement.length - extras;
  if (!(index < first))
    return ["extra_statements", index - first, ...issue.path.slice(2)];
}
function userGroupPath(intent, principal) {
  for (let group of intent.userGroups ?? []) {
    let position = group.principals.findIndex((arn) => arn.toLowerCase() === principal);
    if (position >= 0 && group.entry !== void 0)
      return ["users", group.entry, "principals", position];
  }
}

export {
  runLint
};
