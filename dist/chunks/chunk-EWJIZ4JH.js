import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  renderFindingsJson
} from "./chunk-BFVUAMJO.js";
import {
  LINT_INCOMPLETE_RULE,
  LINT_RULES,
  capSeverity,
  invalidPolicy,
  resolveSeverity,
  runPolicyRules
} from "./chunk-JQODEOEG.js";
import {
  LintBudgetExceededError,
  MAX_LINT_STEPS,
  createLintWorkMeter,
  meterLintWork
} from "./chunk-LRLGX7QA.js";
import {
  require_dist
} from "./chunk-SRQPVIDI.js";
import {
  withThousands
} from "./chunk-II7W7C4Z.js";
import {
  UsageError
} from "./chunk-OXRK6FS4.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// core/lint/lint-key-policy.ts
var import_yaml = __toESM(require_dist(), 1);
function lintKeyPolicy(text, options, rules = LINT_RULES) {
  let config = { rules: options.rules ?? {}, environments: {} }, finding = (rule, position, issue) => {
    let severity = capSeverity(
      resolveSeverity(rule, options.environment, config),
      issue.maxSeverity
    );
    return severity === "off" ? [] : [
      {
        rule: rule.id,
        severity,
        message: issue.message,
        file: options.file,
        ...position,
        help: issue.help ?? rule.help
      }
    ];
  };
  try {
    JSON.parse(text);
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    return finding(invalidPolicy, positionOfJsonError(text), {
      message: `the key policy is not valid JSON: ${message}`,
      help: "check for missing commas, quotes or brackets"
    });
  }
  let locate = createJsonLocator(text), results;
  try {
    results = meterLintWork(createLintWorkMeter(), () => lintPolicyText(text, options, rules));
  } catch (error) {
    if (!(error instanceof LintBudgetExceededError)) throw error;
    return [
      {
        rule: LINT_INCOMPLETE_RULE,
        severity: "error",
        message: `lint stopped: checking this key policy takes more than ${withThousands(MAX_LINT_STEPS)} evaluation steps, the budget of one run (hundreds of principals or condition values each asked about); no finding of it is reported`,
        file: options.file,
        line: 1,
        column: 1,
        help: "split the statements that name hundreds of principals or accounts, or lint the policy in parts"
      }
    ];
  }
  return results.flatMap(({ rule, issue }) => finding(rule, issue.position ?? locate(issue.path), issue)).sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
function lintPolicyText(text, options, rules) {
  return runPolicyRules(
    text,
    {
      ...options.account === void 0 ? {} : { account: options.account },
      partition: options.partition ?? "aws",
      key: options.keyArn === void 0 ? {
        partition: options.partition ?? "aws",
        ...options.account === void 0 ? {} : { account: options.account },
        ...options.region === void 0 ? {} : { region: options.region }
      } : { arn: options.keyArn }
    },
    rules
  );
}
function createJsonLocator(text) {
  let lineCounter = new import_yaml.LineCounter(), document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: !1 });
  return (path) => {
    let node = (0, import_yaml.isNode)(document.contents) ? document.contents : void 0;
    for (let part of path) {
      if (!(0, import_yaml.isCollection)(node)) break;
      let child = node.get(part, !0);
      if (!(0, import_yaml.isNode)(child)) break;
      node = child;
    }
    let offset = node?.range?.[0] ?? 0, { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}
function positionOfJsonError(text) {
  let lineCounter = new import_yaml.LineCounter(), offset = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: !1 }).errors[0]?.pos[0] ?? 0, { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

// core/lint/parse-policy-key-options.ts
var KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]{1,64})$/;
function parsePolicyKeyOptions(given, names) {
  let { account, region, keyArn } = given;
  if (account !== void 0 && !/^\d{12}$/.test(account))
    throw new UsageError(`${names.account} must be a 12-digit AWS account id, got '${account}'`);
  if (region !== void 0 && !/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region))
    throw new UsageError(
      `${names.region} must be an AWS Region such as us-east-1, got '${region}'`
    );
  if (keyArn === void 0)
    return {
      ...account === void 0 ? {} : { account },
      ...region === void 0 ? {} : { region }
    };
  let match = KEY_ARN.exec(keyArn);
  if (match === null)
    throw new UsageError(
      `${names.keyArn} must be a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>), got '${keyArn}'`
    );
  let [, partition = "aws", arnRegion = "", arnAccount = ""] = match;
  if (account !== void 0 && account !== arnAccount)
    throw new UsageError(
      `${names.account} ${account} differs from the account of ${names.keyArn} (${arnAccount}); pass one of them`
    );
  if (region !== void 0 && region !== arnRegion)
    throw new UsageError(
      `${names.region} ${region} differs from the Region of ${names.keyArn} (${arnRegion}); pass one of them`
    );
  return { account: arnAccount, region: arnRegion, partition, keyArn };
}

// core/render/render-lint-policy-json.ts
function renderLintPolicyJson(findings) {
  return { format_version: 1, findings: renderFindingsJson(findings) };
}

export {
  lintKeyPolicy,
  parsePolicyKeyOptions,
  renderLintPolicyJson
};
