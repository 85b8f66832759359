import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  renderFindingsText
} from "./chunk-5FMXUR45.js";
import {
  cliVersion
} from "./chunk-GAWI2FNZ.js";
import {
  FAIL_ON_LEVELS,
  reachesFailOn
} from "./chunk-EI2BIT7Y.js";
import {
  lintKeyPolicy,
  parsePolicyKeyOptions,
  renderLintPolicyJson
} from "./chunk-EWJIZ4JH.js";
import {
  parseFormat
} from "./chunk-U5RTCZMQ.js";
import {
  readRegularFile
} from "./chunk-JD6MCHYC.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import {
  lintConfigChange
} from "./chunk-EUYH6NZ5.js";
import {
  LINT_RULES,
  lintIncomplete,
  ruleHelpUri
} from "./chunk-JQODEOEG.js";
import {
  UsageError,
  errorMessage
} from "./chunk-OXRK6FS4.js";

// cli/lint-policy-command.ts
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// core/render/render-findings-sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json", LEVELS = {
  error: "error",
  warning: "warning",
  notice: "note"
}, SECURITY_SEVERITY = {
  error: "8.0",
  warning: "5.0",
  notice: "2.0"
};
function renderFindingsSarif(findings, options) {
  let rules = [...options.rules];
  for (let finding of findings)
    if (!rules.some((rule) => rule.id === finding.rule))
      throw new Error(`no rule metadata for finding rule \`${finding.rule}\``);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kms-action",
            version: options.version,
            informationUri: options.informationUri ?? "https://github.com/kms-action/kms-action",
            rules: rules.map(sarifRule)
          }
        },
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: rules.findIndex((rule) => rule.id === finding.rule),
          level: LEVELS[finding.severity],
          message: { text: `${finding.message}. Fix: ${finding.help}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(finding.file) },
                region: { startLine: finding.line, startColumn: finding.column }
              }
            }
          ],
          ...finding.key === void 0 ? {} : { properties: { key: finding.key } }
        })),
        columnKind: "unicodeCodePoints"
      }
    ]
  };
}
function sarifRule(rule) {
  let helpUri = ruleHelpUri(rule.id);
  return {
    id: rule.id,
    name: rule.id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(""),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}

How to fix: ${rule.help}

Practice: ${rule.practice.title} (${rule.practice.url})
Details: ${helpUri}`,
      markdown: `${rule.rationale}

**How to fix:** ${rule.help}

**Practice:** [${rule.practice.title}](${rule.practice.url})

[Rule documentation](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: {
      tags: ["security", "aws-kms"],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[rule.defaultSeverity]
    }
  };
}
function fileUri(file) {
  let path = file.replaceAll("\\", "/"), encoded = path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
  return /^[A-Za-z]:\//.test(path) ? `file:///${encoded.replace("%3A", ":")}` : path.startsWith("/") ? `file://${encoded}` : encoded.replace(/^\.\//, "");
}

// cli/lint-policy-command.ts
var LINT_POLICY_HELP = `Usage: kms-action lint-policy <policy.json> [--account 111122223333] [--region us-east-1] [--key-arn ARN] [--format text|json|sarif] [--fail-on error]

Runs the key policy lint rules (docs/rules.md) on a key policy JSON document kept outside
a manifest. Makes no AWS call. Every invalid part is reported at once, each at its line (a
name repeated in one JSON object at its second occurrence), and the other rules still run
on the statements without errors.

Options:
      --account <id>       12-digit account of the key (default: the account whose root
                           the policy allows to manage the key)
      --region <region>    Region of the key
      --key-arn <arn>      ARN of the key, when it exists (sets account and Region)
                           A statement applies only where its Resource names the key:
                           without these, a Resource naming a particular account,
                           Region or key id is treated conservatively (it grants
                           nothing, and a Deny of it counts for lockout checks)
      --environment <env>  environment of the key: production applies the stricter profile
      --format <format>    text (default), json or sarif
      --fail-on <level>    exit 1 when a finding is at least: error (default), warning,
                           notice, or never
  -h, --help               show this help

Exit codes: 0 no finding at the failing level, 1 findings at the failing level, 2 usage.
`, MAX_POLICY_FILE_BYTES = 1024 * 1024;
function parseFailOn(value) {
  if (FAIL_ON_LEVELS.includes(value)) return value;
  throw new UsageError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(", ")}, got '${value}'`);
}
var ALL_RULE_METADATA = [
  ...LINT_RULES,
  lintConfigChange,
  lintIncomplete
];
function findingsSarifText(findings) {
  let log = renderFindingsSarif(findings, { rules: ALL_RULE_METADATA, version: cliVersion() });
  return `${JSON.stringify(log, null, 2)}
`;
}
function useColor(io) {
  return io.isTty && (io.env.NO_COLOR ?? "") === "";
}
async function lintPolicyCommand(args, io) {
  let { values, positionals } = parseArgs({
    args,
    options: {
      account: { type: "string" },
      region: { type: "string" },
      "key-arn": { type: "string" },
      environment: { type: "string" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: "error" },
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !0
  });
  if (values.help === !0)
    return io.stdout(LINT_POLICY_HELP), 0;
  let format = parseFormat(values.format, ["text", "json", "sarif"]), failOn = parseFailOn(values["fail-on"]), key = parsePolicyKeyOptions(
    { account: values.account, region: values.region, keyArn: values["key-arn"] },
    { account: "--account", region: "--region", keyArn: "--key-arn" }
  ), [file, ...extra] = positionals;
  if (file === void 0)
    throw new UsageError("lint-policy needs the policy file: lint-policy <policy.json>");
  if (extra.length > 0)
    throw new UsageError(
      `lint-policy takes one policy file, got ${positionals.length}: ${positionals.join(" ")}`
    );
  let text = await readPolicyFile(file, io.cwd), findings = lintKeyPolicy(text, {
    file,
    ...key,
    ...values.environment === void 0 ? {} : { environment: values.environment }
  }), assumed = assumptions(key, text);
  return assumed !== void 0 && io.stderr(assumed), format === "json" ? io.stdout(`${JSON.stringify(renderLintPolicyJson(findings), null, 2)}
`) : format === "sarif" ? io.stdout(findingsSarifText(findings)) : io.stdout(
    findings.length === 0 ? terminalLines([`${file}: no lint findings`]) : renderFindingsText(findings, { color: useColor(io) })
  ), reachesFailOn(findings, failOn) ? 1 : 0;
}
function assumptions(key, text) {
  return key.keyArn !== void 0 || !/"(Not)?Resource"\s*:\s*(\[|"(?!\*"))/.test(text) ? void 0 : `lint-policy: the key's ${[
    "id (no --key-arn)",
    ...key.region === void 0 ? ["Region (no --region)"] : [],
    ...key.account === void 0 ? ["account (no --account)"] : []
  ].join(", ")} is not known: a statement whose Resource names a particular key, Region or account is taken to grant nothing, and a Deny of it to apply in lockout checks; pass --key-arn (or --account and --region) to decide it
`;
}
async function readPolicyFile(file, cwd) {
  let absolute = resolve(cwd, file), path = relative(cwd, absolute).split(sep).join("/"), inside = path !== "" && !path.startsWith("../") && !isAbsolute(path), [root, name] = inside ? [cwd, path] : [dirname(absolute), basename(absolute)], read;
  try {
    read = await readRegularFile(root, name, MAX_POLICY_FILE_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read policy file ${file}: ${errorMessage(error)}`);
  }
  switch (read.kind) {
    case "missing":
      throw new UsageError(`policy file ${file} not found (working directory ${cwd})`);
    case "symlink":
      throw new UsageError(
        `policy file ${file} must be a regular file reached without a symbolic link, but ${read.path} is a symbolic link; pass the path of the file itself`
      );
    case "not-a-file":
      throw new UsageError(
        read.type === "directory" ? `${file} is a directory; pass a policy JSON file` : `policy file ${file} must be a regular file, got a ${read.type}`
      );
    case "too-large":
      throw new UsageError(
        `${file} is ${read.size} bytes; a key policy is at most 32 KB (files over ${MAX_POLICY_FILE_BYTES} bytes are not read)`
      );
    case "file":
      return new TextDecoder().decode(read.content);
  }
}

export {
  LINT_POLICY_HELP,
  parseFailOn,
  ALL_RULE_METADATA,
  findingsSarifText,
  useColor,
  lintPolicyCommand
};
