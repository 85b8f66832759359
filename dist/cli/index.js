#!/usr/bin/env node
import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  applyPlan
} from "../chunks/chunk-CPLVKA7X.js";
import {
  prepareRolePlan
} from "../chunks/chunk-6QVW7BAD.js";
import {
  digestLiveState,
  identifyChange,
  selectDriftRepairs
} from "../chunks/chunk-HVYB4OWZ.js";
import {
  FAIL_ON_LEVELS,
  reachesFailOn
} from "../chunks/chunk-EI2BIT7Y.js";
import {
  APP_CONFIG_PATH,
  DEFAULT_MANIFEST_PATH,
  MAX_CONFIG_BYTES,
  parseAppConfig
} from "../chunks/chunk-M6NUIOBZ.js";
import {
  assumeRolePerAccount
} from "../chunks/chunk-SYSWJXOR.js";
import {
  apiCallsByOperation,
  checkCallerIdentity,
  createApiCallStats,
  createAwsClients,
  diffPolicyText,
  limitConcurrency,
  listAliasPages,
  listGrantPages,
  liveKeyBasics,
  nextToken,
  ownershipOf,
  parseKeyPolicyText,
  policiesEquivalent,
  readKeyPolicyText,
  readKeyRotation
} from "../chunks/chunk-WUA73PKS.js";
import {
  require_dist_cjs
} from "../chunks/chunk-F4I5NE37.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "../chunks/chunk-QYQBAT5I.js";
import {
  describeAccessPrincipal,
  describeDriftAlarm,
  describeNoChanges,
  describePartialPlan,
  describePlanSummary,
  describeWidening,
  findDriftAlarms,
  groupPlanChanges,
  renderAccessMermaid,
  renderPlanMarkdown
} from "../chunks/chunk-AHARAJSB.js";
import {
  countNoun,
  describeChange,
  describeVerdict
} from "../chunks/chunk-O2GON2TM.js";
import "../chunks/chunk-3EQ7SXB4.js";
import {
  diffAccess
} from "../chunks/chunk-NHXHU6JS.js";
import {
  awsErrorName,
  toAwsAccessError
} from "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-BYMTJQAP.js";
import {
  buildKeysAccess,
  explainKeysAccess,
  lintKeyPolicy,
  lintReadManifest,
  parseFormat,
  parsePolicyKeyOptions,
  readManifestFile,
  renderAccessExplanationJson,
  renderAccessExplanationText,
  renderAccessJson,
  renderAccessMarkdown,
  renderAccessText,
  renderLintPolicyJson,
  renderValidateJson,
  repositoryOf,
  selectNamedKeys,
  selectTargetKeys
} from "../chunks/chunk-7IGVEASX.js";
import {
  readRegularFile,
  renderFindingsJson,
  renderPlanJson
} from "../chunks/chunk-JK6K5Z5W.js";
import {
  LINT_RULES,
  lintConfigChange,
  parseKeyPolicy,
  readManifest,
  require_dist,
  revealInvisible,
  ruleHelpUri,
  runLint
} from "../chunks/chunk-DFQM77SO.js";
import {
  KEY_USER_GRANT_ACTIONS,
  KMS_ACTIONS,
  SERVICE_NAMES,
  canRotateAutomatically,
  dnsSuffixOf,
  findDuplicateJsonKeys,
  generateKeyPolicy,
  generateServiceStatements,
  keyAdminActions,
  keyUsageActions,
  matchWildcard,
  parsePrincipal,
  toList,
  userActionChoices
} from "../chunks/chunk-6AMXRTES.js";
import {
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  DEFAULT_REQUIRE_MFA_FOR
} from "../chunks/chunk-A7NF7W6Z.js";
import {
  AwsAccessError,
  ManifestError,
  PlanError,
  UsageError,
  errorMessage
} from "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-2ZK27IC7.js";
import {
  __toESM
} from "../chunks/chunk-BTB2OLG5.js";

// cli/index.ts
import { createInterface } from "node:readline/promises";

// cli/cli-version.ts
function cliVersion() {
  return "0.1.0";
}

// core/render/render-problems-text.ts
function renderProblemsText(problems, sourceText) {
  let lines = sourceText?.split(/\r?\n/), blocks = problems.map((problem) => {
    let hint = problem.hint === void 0 ? "" : `
  hint: ${problem.hint}`, source = lines?.[problem.line - 1], frame = source === void 0 || source.trim() === "" ? "" : `
  ${String(problem.line).padStart(4)} | ${truncate(source)}
       | ${" ".repeat(Math.max(0, Math.min(problem.column - 1, 120)))}^`;
    return `${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}${frame}${hint}`;
  }), count = problems.length;
  return `${blocks.join(`

`)}

${count} problem${count === 1 ? "" : "s"} found.
`;
}
function truncate(line) {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

// cli/access-command.ts
import { parseArgs } from "node:util";

// core/render/render-access-table.ts
var ACCESS_TABLE_WIDTH = 100, MIN_PRINCIPAL_WIDTH = 20, SHORT_ACTIONS = {
  "kms:Encrypt": "Enc",
  "kms:Decrypt": "Dec",
  "kms:ReEncryptFrom": "ReFrom",
  "kms:ReEncryptTo": "ReTo",
  "kms:GenerateDataKey": "GenDK",
  "kms:GetPublicKey": "PubKey",
  "kms:Sign": "Sign",
  "kms:Verify": "Verify",
  "kms:GenerateMac": "GenMac",
  "kms:VerifyMac": "VerMac",
  "kms:DeriveSharedSecret": "Derive",
  "kms:DescribeKey": "Desc",
  "kms:CreateGrant": "Grant",
  "kms:PutKeyPolicy": "Policy",
  "kms:ScheduleKeyDeletion": "Delete",
  "kms:DisableKey": "Disable"
}, REQUIREMENT_LETTERS = {
  mfa: ["M", "MFA"],
  encryption_context: ["C", "the encryption context"],
  via_service: ["S", "a call through the allowed AWS service"],
  grant_for_aws_resource: ["R", "a grant for an AWS resource"],
  source: ["O", "a request for the key account's own resource (source account or ARN)"],
  iam_policy_in_account: ["P", "an IAM policy in the principal's account"]
};
function renderAccessTable(keys) {
  let used = { actions: /* @__PURE__ */ new Set(), requirements: /* @__PURE__ */ new Set() };
  return `${keys.map((key) => renderKey(key, used)).join(`
`)}
${legend(used)}`;
}
function renderKey(key, used) {
  let actions = [...new Set(key.entries.map((entry) => entry.action))], principals = [...new Set(key.entries.map((entry) => entry.principal))], cells = new Map(
    key.entries.map((entry) => [`${entry.principal}\0${entry.action}`, entry])
  ), headers = actions.map((action) => SHORT_ACTIONS[action] ?? action.replace(/^kms:/, ""));
  actions.forEach((action) => used.actions.add(action));
  let rows = principals.map(
    (principal) => actions.map((action) => {
      let entry = cells.get(`${principal}\0${action}`);
      return entry === void 0 ? "-" : (entry.requires.forEach((requirement) => used.requirements.add(requirement)), compactCell(entry));
    })
  ), widths = headers.map(
    (header, column) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? "")))
  ), grid = widths.reduce((sum, width) => sum + width + 1, 0), names = principals.map((principal) => shortPrincipal(principal, key.account)), longest = Math.max(9, ...names.map(displayWidth)), principalWidth = Math.max(
    MIN_PRINCIPAL_WIDTH,
    Math.min(longest, ACCESS_TABLE_WIDTH - grid)
  ), notes = [], labels = names.map((name) => {
    if (displayWidth(name) <= principalWidth) return name;
    notes.push(name);
    let mark = ` [${String(notes.length)}]`;
    return `${ellipsizeMiddle(name, principalWidth - mark.length)}${mark}`;
  }), line = (first, rest) => [pad(first, principalWidth), ...rest.map((cell, column) => pad(cell, widths[column] ?? 0))].join(" ").trimEnd(), title = wrap(`${revealInvisible(key.key)} (${key.account} ${key.region})`, ""), body = [
    line("principal", headers),
    ...labels.map((label, index) => line(label, rows[index] ?? []))
  ], footnotes = notes.flatMap((name, index) => hardWrap(`[${String(index + 1)}] ${name}`));
  return `${[...title, ...body, ...footnotes].join(`
`)}
`;
}
function compactCell(entry) {
  return entry.allowed === "yes" ? "\u2713" : entry.allowed === "no" ? entry.delegated_to_iam ? "iam" : "\u2717" : `?${entry.requires.map((requirement) => REQUIREMENT_LETTERS[requirement]?.[0] ?? "*").join("")}${entry.delegated_to_iam ? "i" : ""}`;
}
function shortPrincipal(principal, account) {
  if (principal === "*") return "* (anyone)";
  let organization = describeAccessPrincipal(principal);
  if (organization !== principal) return revealInvisible(organization);
  let match = /^arn:[a-z-]+:iam::(\d{12}):(.*)$/s.exec(principal), shown2 = match === null ? principal : match[1] === account ? match[2] ?? "" : `${match[1] ?? ""}:${match[2] ?? ""}`;
  return revealInvisible(shown2);
}
function legend(used) {
  let requirements = [...used.requirements].map((requirement) => {
    let [letter, words] = REQUIREMENT_LETTERS[requirement] ?? ["*", requirement];
    return `${letter} = ${words}`;
  }), actions = [...used.actions].filter((action) => SHORT_ACTIONS[action] !== void 0).map((action) => `${SHORT_ACTIONS[action] ?? ""} = ${action}`), text = [
    "\u2713 = allowed by the key policy; \u2717 = denied; ?XY = allowed only with X and Y",
    requirements.length === 0 ? "" : ` (${requirements.join(", ")})`,
    "; iam = denied by the key policy but left to the IAM policies of that account",
    " (a trailing i: also open through them). Columns: ",
    actions.join(", "),
    ". --wide shows the full grid."
  ].join("");
  return `${wrap(text, "").join(`
`)}
`;
}
function wrap(text, indent) {
  let lines = [], current = "";
  for (let word of text.split(" ")) {
    let candidate = current === "" ? word : `${current} ${word}`;
    if (displayWidth(candidate) <= ACCESS_TABLE_WIDTH) {
      current = candidate;
      continue;
    }
    for (current !== "" && lines.push(current), current = `${lines.length === 0 ? "" : indent}${word}`; displayWidth(current) > ACCESS_TABLE_WIDTH; ) {
      let [head, tail] = splitAtWidth(current, ACCESS_TABLE_WIDTH);
      lines.push(head), current = `${indent}${tail}`;
    }
  }
  return current !== "" && lines.push(current), lines;
}
function hardWrap(text) {
  let lines = [], rest = text;
  for (; displayWidth(rest) > ACCESS_TABLE_WIDTH; ) {
    let [head, tail] = splitAtWidth(rest, ACCESS_TABLE_WIDTH);
    lines.push(head), rest = `    ${tail}`;
  }
  return lines.push(rest), lines;
}
function splitAtWidth(text, width) {
  let used = 0, chars = Array.from(text), index = 0;
  for (; index < chars.length; index += 1) {
    let next = charWidth(chars[index] ?? "");
    if (used + next > width) break;
    used += next;
  }
  return [chars.slice(0, index).join(""), chars.slice(index).join("")];
}
function ellipsizeMiddle(text, width) {
  let chars = Array.from(text), keepEnd = Math.floor((width - 1) / 2), [head] = splitAtWidth(text, width - 1 - keepEnd), tail = "";
  for (let index = chars.length - 1; index >= 0; index -= 1) {
    let candidate = `${chars[index] ?? ""}${tail}`;
    if (displayWidth(candidate) > keepEnd) break;
    tail = candidate;
  }
  return `${head}\u2026${tail}`;
}
function pad(text, width) {
  return `${text}${" ".repeat(Math.max(0, width - displayWidth(text)))}`;
}
function displayWidth(text) {
  let width = 0;
  for (let char of text) width += charWidth(char);
  return width;
}
var COMBINING = new RegExp("^\\p{M}$", "u");
function charWidth(char) {
  if (COMBINING.test(char)) return 0;
  let code = char.codePointAt(0) ?? 0;
  return code >= 4352 && code <= 4447 || code >= 11904 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 129791 || code >= 131072 && code <= 262141 ? 2 : 1;
}

// cli/access-command.ts
var ACCESS_HELP = `Usage: kms-action access [-f kms.yaml] [--key NAME] [--wide] [--format text|markdown|json|mermaid]
       kms-action access --explain PRINCIPAL ACTION [-f kms.yaml] [--key NAME] [--format text|json]

Shows who can do what with each key, from the key policy the manifest declares: every
principal the policy names, the account root and anyone ('*'), for the operations of the
key's usage (a symmetric encryption key: Encrypt, Decrypt, ReEncrypt, GenerateDataKey),
DescribeKey, CreateGrant, PutKeyPolicy, ScheduleKeyDeletion and DisableKey, and what each
permission requires (MFA, encryption context, the allowed service). The text table fits
100 columns (compact cells and a legend); --wide prints the full grid.
Makes no AWS call. Keys whose policy the manifest does not manage are skipped.
A principal of another account is allowed only with an IAM policy in its own account too
(iam_policy_in_account). A statement counts only where its Resource names the key.

With --explain, prints for one principal (ARN, account id or '*') and action (Decrypt or
kms:Decrypt) the verdict, the statements that decided it (Sid, file:line) and their
conditions, so any cell of the matrix can be checked.

Options:
  -f, --file <path>        manifest to read (default: kms.yaml)
      --key <name>         only this key (repeatable)
      --explain <principal> explain one cell; the action follows as an argument
      --wide               text: the full grid (full names, verdicts in words)
      --format <format>    text (default), markdown, json, or mermaid (a flowchart of
                           keys, aliases and principals grouped by access class;
                           summarised past 60 nodes)
  -h, --help               show this help
`;
async function accessCommand(args, io) {
  let { values, positionals } = parseArgs({
    args,
    options: {
      file: { type: "string", short: "f", default: "kms.yaml" },
      key: { type: "string", multiple: !0 },
      explain: { type: "string" },
      format: { type: "string", default: "text" },
      wide: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !0
  });
  if (values.help === !0)
    return io.stdout(ACCESS_HELP), 0;
  let explained = parseExplain(values.explain, positionals), format = parseFormat(
    values.format,
    explained === void 0 ? ["text", "markdown", "json", "mermaid"] : ["text", "json"]
  ), manifestFile = await readManifestFile(values.file, io.cwd, io.env, "-f"), result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(void 0, io.env),
    manifestPath: manifestFile.manifestPath
  });
  if (!result.ok) throw new ManifestError(result.problems);
  let selected = selectNamedKeys(result.desired, values.key ?? []);
  if (explained !== void 0) {
    let explanations = explainKeysAccess(
      result.desired,
      selected,
      explained.principal,
      explained.action
    );
    return io.stdout(
      format === "json" ? renderAccessExplanationJson(explanations) : renderAccessExplanationText(explanations)
    ), 0;
  }
  let keys = buildKeysAccess(selected);
  return format === "json" ? io.stdout(renderAccessJson(keys)) : format === "mermaid" ? io.stdout(renderAccessMermaid(keys)) : format === "markdown" ? io.stdout(renderAccessMarkdown(keys)) : values.wide === !0 ? io.stdout(renderAccessText(keys)) : io.stdout(renderAccessTable(keys)), 0;
}
function parseExplain(principal, positionals) {
  if (principal === void 0) {
    if (positionals.length > 0)
      throw new UsageError(
        `access takes no arguments without --explain, got: ${positionals.join(" ")}`
      );
    return;
  }
  let [action, ...extra] = positionals;
  if (action === void 0 || extra.length > 0)
    throw new UsageError(
      `--explain takes a principal and one action (access --explain arn:aws:iam::111122223333:role/app Decrypt), got ${positionals.length} action arguments`
    );
  return { principal, action };
}

// cli/apply-command.ts
import { parseArgs as parseArgs2 } from "node:util";

// core/render/render-plan-text.ts
function renderPlanText(plan, options = {}) {
  let lines = [], partial = describePartialPlan(plan);
  if (partial !== void 0) {
    lines.push(`Note: ${partial}.`);
    for (let entry of plan.partial?.deferred ?? [])
      lines.push(`  \u23F8 ${entry.address}: deferred (${entry.reason})`);
    lines.push("");
  }
  if (plan.problems.length > 0) {
    lines.push(
      `${countNoun(plan.problems.length, "problem")} ${plan.problems.length === 1 ? "blocks" : "block"} this plan; apply will refuse it:`
    );
    for (let problem of plan.problems) {
      let where = problem.line === void 0 ? plan.file : `${plan.file}:${problem.line}:${problem.column ?? 1}`;
      lines.push(
        `  \u2717 ${where}: [${problem.code}] ${problem.message}`,
        `      fix: ${problem.help}`
      );
    }
    lines.push("");
  }
  if (plan.notices !== void 0 && plan.notices.length > 0) {
    lines.push("Waiting (no state change is planned for these keys until then):");
    for (let notice of plan.notices)
      lines.push(`  i ${notice.key}: ${notice.message}`, `      next: ${notice.help}`);
    lines.push("");
  }
  let alarms = findDriftAlarms(plan, {
    drift: options.drift ?? !1,
    ...options.now === void 0 ? {} : { now: options.now }
  });
  if (alarms.length > 0) {
    lines.push("Changed outside this repository:");
    for (let alarm of alarms) lines.push(`  ! ${describeDriftAlarm(alarm)}`);
    lines.push("");
  }
  let widening = plan.changes.filter((change) => change.widens !== void 0);
  if (widening.length > 0) {
    lines.push("Review: access widened beyond the account:");
    for (let change of widening)
      for (let entry of change.widens ?? [])
        lines.push(`  ! ${change.address}: ${describeWidening(entry)}`);
    lines.push("");
  }
  if (plan.changes.length === 0) {
    if (plan.problems.length === 0) {
      let { headline, detail } = describeNoChanges(plan, plan.file);
      lines.push(`${headline} ${detail}`);
    }
    return asTerminalText(lines);
  }
  let blocks = groupPlanChanges(plan.changes);
  lines.push(`Plan for ${plan.owner}: ${describePlanSummary(plan, blocks)}`, "");
  for (let block of blocks) {
    lines.push(`${block.symbol} ${block.key} (${block.account} ${block.region}) [${block.risk}]`);
    for (let row of block.rows) {
      lines.push(`    ${row.symbol} ${row.address} [${row.risk}]`);
      for (let change of row.changes) lines.push(...changeDetails(change));
    }
    lines.push("");
  }
  return asTerminalText(lines);
}
function asTerminalText(lines) {
  return `${lines.join(`
`).split(`
`).map((line) => revealInvisible(line)).join(`
`)}
`;
}
function changeDetails(change) {
  let lines = [`        ${describeChange(change)}`];
  if (change.note !== void 0 && lines.push(`        note: ${change.note}`), change.action !== "create" && change.action !== "update-policy") return lines;
  for (let access of change.access)
    lines.push(
      `        access: ${describeAccessPrincipal(access.principal)} ${access.change} ${access.action} (${describeVerdict(access.after)})`
    );
  let diff = change.action === "update-policy" ? change.policyDiff : change.after.policy === void 0 ? "" : diffPolicyText(void 0, change.after.policy);
  for (let line of diff.split(`
`))
    (line.startsWith("+") || line.startsWith("-") || line.startsWith("@@")) && lines.push(`        ${line}`);
  return lines;
}

// cli/aws-options.ts
var AWS_OPTIONS = {
  "role-to-assume": { type: "string" },
  stats: { type: "boolean" }
}, AWS_OPTIONS_HELP = `      --role-to-assume <arn>  role to assume in each account, e.g. 'arn:aws:iam::{account}:role/kms-admin'
                              (default: use the ambient credentials, which must belong to the keys' account)
      --stats                 print the AWS API calls made, by operation, to stderr`, PLAN_OPTIONS = {
  file: { type: "string", short: "f", default: "kms.yaml" },
  repository: { type: "string" },
  ...AWS_OPTIONS,
  help: { type: "boolean", short: "h" }
};

// cli/report-progress.ts
function reportProgress(io, keys) {
  let terminal = io.stderrIsTty === !0, open = !1;
  return { onProgress: (progress) => {
    if ((keys ?? progress.total) <= 20) return;
    let done = progress.read === progress.total, text = `kms-action: account ${progress.account} ${progress.region}: ${String(progress.read)}/${String(progress.total)} keys read`;
    terminal ? (io.stderr(`\r\x1B[K${text}${done ? `
` : ""}`), open = !done) : done && io.stderr(`${text}
`);
  }, end: () => {
    open && io.stderr(`
`), open = !1;
  } };
}

// cli/prepare-plan.ts
async function preparePlan(options, io) {
  let manifestFile = await readManifestFile(options.file, io.cwd, io.env, "-f"), result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(options.repository, io.env),
    manifestPath: manifestFile.manifestPath
  });
  if (!result.ok) throw new ManifestError(result.problems);
  let desired = selectTargetKeys(result.desired, options.targets ?? []), progress = options.progress === !0 ? reportProgress(io, desired.keys.length) : void 0;
  try {
    let prepared = await prepareRolePlan(desired, {
      roleToAssume: options.roleToAssume,
      env: io.env,
      ...progress === void 0 ? {} : { onProgress: progress.onProgress }
    });
    return { manifestFile, ...prepared };
  } finally {
    progress?.end();
  }
}
function renderStats(stats) {
  let byOperation = apiCallsByOperation(stats), total = Object.values(byOperation).reduce((sum, count) => sum + count, 0), lines = Object.entries(byOperation).map(([operation, count]) => `  ${operation}: ${count}`);
  return `AWS API calls: ${total}
${lines.join(`
`)}
`;
}

// core/plan/compare-saved-plan.ts
function compareSavedPlan(saved, current) {
  let reasons = [], short = (digest2) => digest2.slice(0, 12);
  saved.manifest.path !== current.manifestPath && reasons.push(
    `the plan was saved for manifest ${saved.manifest.path}, but this run reads ${current.manifestPath}: pass -f ${saved.manifest.path}`
  ), saved.owner !== current.owner && reasons.push(
    `the plan was saved for the keys of ${saved.owner}, but this run manages those of ${current.owner} (another --repository or GITHUB_REPOSITORY?)`
  );
  let selection = (targets) => targets === null ? "the whole manifest" : `only ${[...targets].sort().join(", ")} (--target)`;
  selection(saved.targets) !== selection(current.targets) && reasons.push(
    saved.targets === null ? `the plan was saved for the whole manifest, but this run plans ${selection(current.targets)}` : `the plan was saved for the keys ${[...saved.targets].join(", ")} only (--target), but this run plans ${selection(current.targets)}`
  ), saved.manifest.sha256 !== current.manifestSha256 && reasons.push(
    `the manifest changed since the plan was saved (sha256 ${short(saved.manifest.sha256)} then, ${short(current.manifestSha256)} now)`
  ), saved.live_sha256 !== current.liveSha256 && reasons.push(
    `the live keys changed since the plan was saved (live state ${short(saved.live_sha256)} then, ${short(current.liveSha256)} now): someone changed them, or another apply ran`
  );
  let savedIds = new Set(saved.changes.map((change) => change.id)), currentIds = new Set(current.changes.map(identifyChange)), added = current.changes.filter((change) => !savedIds.has(identifyChange(change))), gone = saved.changes.filter((change) => !currentIds.has(change.id));
  if (added.length > 0 || gone.length > 0 || saved.changes.length !== current.changes.length) {
    let list = (entries) => listSome(entries.map((entry) => `${entry.address} ${entry.action}`)), parts = [
      added.length > 0 ? `not in the saved plan: ${list(added)}` : "",
      gone.length > 0 ? `saved but no longer planned: ${list(gone)}` : ""
    ].filter((part) => part !== ""), version = saved.tool_version === current.toolVersion ? "" : ` (saved by kms-action ${saved.tool_version}, this is ${current.toolVersion})`;
    reasons.push(
      `the changes planned now differ from the saved ones${version}${parts.length > 0 ? `: ${parts.join("; ")}` : ""}`
    );
  }
  return reasons;
}
function listSome(entries) {
  let shown2 = entries.slice(0, 10).join(", ");
  return entries.length > 10 ? `${shown2} and ${String(entries.length - 10)} more` : shown2;
}

// cli/write-saved-plan.ts
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// core/plan/build-saved-plan.ts
function buildSavedPlan(input) {
  return {
    format_version: 1,
    kind: "kms-action-plan",
    tool_version: input.toolVersion,
    manifest: { path: input.manifestPath, sha256: input.manifestSha256 },
    owner: input.plan.owner,
    live_sha256: input.liveSha256,
    targets: input.plan.partial === void 0 ? null : [...input.plan.partial.targets].sort(),
    changes: input.plan.changes.map((change) => ({
      address: change.address,
      action: change.action,
      risk: change.risk,
      summary: describeChange(change),
      id: identifyChange(change)
    }))
  };
}

// cli/write-saved-plan.ts
async function writeSavedPlan(file, cwd, prepared) {
  let saved = buildSavedPlan({
    toolVersion: cliVersion(),
    manifestPath: prepared.manifestFile.manifestPath,
    manifestSha256: sha256(prepared.manifestFile.content),
    liveSha256: digestLiveState(prepared.live),
    plan: prepared.plan
  });
  try {
    await writeFile(resolve(cwd, file), `${JSON.stringify(saved, null, 2)}
`);
  } catch (error) {
    throw new UsageError(`cannot write the plan to ${file}: ${errorMessage(error)}`);
  }
}
function sha256(content) {
  return createHash("sha256").update(content).digest("hex");
}

// cli/check-saved-plan.ts
function checkSavedPlan(saved, file, prepared) {
  let reasons = compareSavedPlan(saved, {
    manifestPath: prepared.manifestFile.manifestPath,
    manifestSha256: sha256(prepared.manifestFile.content),
    owner: prepared.plan.owner,
    liveSha256: digestLiveState(prepared.live),
    changes: prepared.plan.changes,
    toolVersion: cliVersion(),
    targets: prepared.plan.partial?.targets ?? null
  });
  if (reasons.length !== 0)
    return [
      `Nothing applied: the plan saved in ${file} is stale, and apply never applies a stale plan.`,
      ...reasons.map((reason) => `  - ${revealInvisible(reason)}`),
      `Run kms-action plan --out ${file} again, review the new plan, then apply --plan ${file}.`,
      ""
    ].join(`
`);
}

// cli/read-saved-plan.ts
import { basename, dirname, isAbsolute, relative, resolve as resolve2, sep } from "node:path";

// core/plan/parse-saved-plan.ts
var ACTIONS = {
  create: !0,
  adopt: !0,
  retag: !0,
  "update-description": !0,
  "update-rotation": !0,
  "update-policy": !0,
  tag: !0,
  enable: !0,
  disable: !0,
  "schedule-deletion": !0,
  "cancel-deletion": !0,
  "create-alias": !0,
  retarget: !0,
  "delete-alias": !0,
  "create-grant": !0,
  "revoke-grant": !0,
  "create-replica": !0
}, RISKS = { safe: !0, disruptive: !0, destructive: !0 }, SHA256 = /^[0-9a-f]{64}$/, TOP = [
  "format_version",
  "kind",
  "tool_version",
  "manifest",
  "owner",
  "live_sha256",
  "targets",
  "changes"
], CHANGE = ["address", "action", "risk", "summary", "id"], MAX_SAVED_CHANGES = 1e5, MAX_TEXT = 4096, MAX_SUMMARY = 65536;
function parseSavedPlan(text, file) {
  let fail = (what) => {
    throw new UsageError(
      `${file} is not a kms-action plan file of format 1: ${what}. Save the plan again with kms-action plan --out ${file}`
    );
  }, value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`it is not valid JSON (${error instanceof Error ? error.message : "parse error"})`);
  }
  let top = record(value, "the document", fail);
  top.format_version !== 1 && fail(`format_version must be 1, got ${shown(top.format_version)}`), exactFields(top, TOP, "the document", fail), top.kind !== "kms-action-plan" && fail(`kind must be "kms-action-plan", got ${shown(top.kind)}`);
  let manifest = record(top.manifest, "manifest", fail);
  exactFields(manifest, ["path", "sha256"], "manifest", fail);
  let changes = top.changes;
  return Array.isArray(changes) ? (changes.length > MAX_SAVED_CHANGES && fail(
    `changes holds ${String(changes.length)} entries, more than the ${String(MAX_SAVED_CHANGES)} allowed`
  ), {
    format_version: 1,
    kind: "kms-action-plan",
    tool_version: text_(top.tool_version, "tool_version", MAX_TEXT, fail),
    manifest: {
      path: text_(manifest.path, "manifest.path", MAX_TEXT, fail),
      sha256: digest(manifest.sha256, "manifest.sha256", fail)
    },
    owner: text_(top.owner, "owner", MAX_TEXT, fail),
    live_sha256: digest(top.live_sha256, "live_sha256", fail),
    targets: targetsOf(top.targets, fail),
    changes: changes.map(
      (entry, index) => savedChange(entry, `changes[${String(index)}]`, fail)
    )
  }) : fail("changes must be a list");
}
var KEY_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/, MAX_TARGETS = 5e3;
function targetsOf(value, fail) {
  return value === null ? null : !Array.isArray(value) || value.length > MAX_TARGETS ? fail(`targets must be null or a list of at most ${String(MAX_TARGETS)} key names`) : value.map((name, index) => ((typeof name != "string" || !KEY_NAME.test(name)) && fail(`targets[${String(index)}] must be a logical key name`), name));
}
function savedChange(value, where, fail) {
  let entry = record(value, where, fail);
  exactFields(entry, CHANGE, where, fail);
  let action = text_(entry.action, `${where}.action`, MAX_TEXT, fail);
  Object.hasOwn(ACTIONS, action) || fail(`${where}.action is not a known action: ${JSON.stringify(action)}`);
  let risk = text_(entry.risk, `${where}.risk`, MAX_TEXT, fail);
  return Object.hasOwn(RISKS, risk) || fail(`${where}.risk must be safe, disruptive or destructive, got ${JSON.stringify(risk)}`), {
    address: text_(entry.address, `${where}.address`, MAX_TEXT, fail),
    action,
    risk,
    summary: text_(entry.summary, `${where}.summary`, MAX_SUMMARY, fail),
    id: digest(entry.id, `${where}.id`, fail)
  };
}
function record(value, where, fail) {
  return typeof value != "object" || value === null || Array.isArray(value) ? fail(`${where} must be an object`) : value;
}
function exactFields(value, fields, where, fail) {
  let unknown = Object.keys(value).filter((field) => !fields.includes(field));
  unknown.length > 0 && fail(`${where} has unknown field ${JSON.stringify(unknown[0])}`);
  let missing = fields.filter((field) => !Object.hasOwn(value, field));
  missing.length > 0 && fail(`${where} lacks ${missing.join(", ")}`);
}
function text_(value, where, max, fail) {
  return typeof value != "string" || value === "" ? fail(`${where} must be a non-empty string`) : (value.length > max && fail(`${where} is ${String(value.length)} characters long, more than ${String(max)}`), value);
}
function digest(value, where, fail) {
  return typeof value != "string" || !SHA256.test(value) ? fail(`${where} must be a SHA-256 in lowercase hex (64 characters)`) : value;
}
function shown(value) {
  return value === void 0 ? "nothing" : JSON.stringify(value).slice(0, 100);
}

// cli/read-saved-plan.ts
var MAX_SAVED_PLAN_BYTES = 32 * 1024 * 1024;
async function readSavedPlan(file, cwd) {
  let absolute = resolve2(cwd, file), path = relative(cwd, absolute).split(sep).join("/"), inside = path !== "" && !path.startsWith("../") && !isAbsolute(path), read;
  try {
    read = inside ? await readRegularFile(cwd, path, MAX_SAVED_PLAN_BYTES) : await readRegularFile(dirname(absolute), basename(absolute), MAX_SAVED_PLAN_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read plan file ${file}: ${errorMessage(error)}`);
  }
  switch (read.kind) {
    case "missing":
      throw new UsageError(
        `plan file ${file} not found (working directory ${cwd}); save one with kms-action plan --out ${file}`
      );
    case "symlink":
      throw new UsageError(
        `plan file ${file} must be a regular file reached without a symbolic link, but ${read.path} is a symbolic link; pass the path of the file itself`
      );
    case "not-a-file":
      throw new UsageError(`plan file ${file} must be a regular file, got a ${read.type}`);
    case "too-large":
      throw new UsageError(
        `plan file ${file} is ${String(read.size)} bytes, more than the ${String(MAX_SAVED_PLAN_BYTES)} a plan file may have`
      );
    case "file": {
      let text;
      try {
        text = new TextDecoder("utf-8", { fatal: !0 }).decode(read.content);
      } catch {
        throw new UsageError(
          `plan file ${file} is not UTF-8 text; save it again with kms-action plan --out`
        );
      }
      return parseSavedPlan(text, file);
    }
  }
}

// cli/target-option.ts
var TARGET_OPTION = { target: { type: "string", multiple: !0 } }, TARGET_HELP = `      --target <key name>    plan only this key, its aliases and grants (repeatable); the
                             other keys are not read, and the plan says it is partial`;

// cli/apply-command.ts
var APPLY_HELP = `Usage: kms-action apply [-f kms.yaml] [--auto-approve] [--allow-destructive] [--plan plan.json]
                        [--target <key name>]...

Plans afresh against the live keys (never a stale plan) and applies the changes in safe
order: keys, policies, rotation, tags, state, aliases, grants; destructive changes last.
Stops at the first failure and reports what was done; the next run converges.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --auto-approve         apply without asking (required when not on a terminal)
      --allow-destructive    also make destructive changes (schedule key deletion,
                             revoke undeclared grants); otherwise they are held back
      --plan <file>          apply exactly the plan saved by plan --out <file> (it is the
                             approval): plans afresh and refuses, writing nothing, unless
                             the manifest, the live keys and the changes are still the saved ones
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${TARGET_HELP}
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 applied (or nothing to do), 1 the plan has problems or the saved plan is
stale (nothing applied),
2 invalid manifest or usage, 3 destructive changes held back, 4 AWS error (partial apply reported).
`;
async function applyCommand(args, io) {
  let { values } = parseArgs2({
    args,
    options: {
      ...PLAN_OPTIONS,
      ...TARGET_OPTION,
      "auto-approve": { type: "boolean" },
      "allow-destructive": { type: "boolean" },
      plan: { type: "string" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(APPLY_HELP), 0;
  let saved = values.plan === void 0 ? void 0 : await readSavedPlan(values.plan, io.cwd), autoApprove = values["auto-approve"] === !0 || saved !== void 0;
  if (!autoApprove && (!io.isTty || io.prompt === void 0))
    throw new UsageError(
      "not on a terminal: pass --auto-approve to apply without a confirmation prompt"
    );
  let prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values["role-to-assume"],
      // A saved partial plan is applied with its own targets unless --target says otherwise
      // (then the comparison below refuses a different selection).
      targets: values.target ?? saved?.targets ?? [],
      progress: !0
    },
    io
  );
  try {
    let { plan } = prepared;
    if (saved !== void 0 && values.plan !== void 0) {
      let stale = checkSavedPlan(saved, values.plan, prepared);
      if (stale !== void 0)
        return io.stderr(stale), 1;
    }
    if (io.stdout(renderPlanText(plan)), plan.problems.length > 0)
      return io.stderr(`Nothing applied: fix the problems above first.
`), 1;
    if (plan.changes.length === 0) return 0;
    if (!autoApprove && io.prompt !== void 0 && (await io.prompt(
      `
Apply ${plan.changes.length === 1 ? "this change" : `these ${plan.changes.length} changes`}? Only 'yes' applies: `
    )).trim() !== "yes")
      return io.stderr(`Apply cancelled.
`), 0;
    let result = await applyPlan(plan, {
      clients: prepared.clients,
      allowDestructive: values["allow-destructive"] === !0,
      onProgress: (event) => {
        io.stdout(progressLine(event));
      }
    });
    return io.stdout(renderApplyResult(result)), values.stats === !0 && io.stderr(renderStats(prepared.stats)), result.failed !== void 0 ? (io.stderr(`kms-action: AWS error: ${result.failed.error.message}
`), 4) : result.heldBack.length > 0 ? 3 : 0;
  } finally {
    prepared.clients.destroy();
  }
}
function progressLine(event) {
  switch (event.type) {
    case "start":
      return `  \u2026 ${event.change.address}: ${describeChange(event.change)}
`;
    case "done":
      return `  \u2713 ${event.change.address}
`;
    case "held-back":
      return `  \u23F8 ${event.change.address}: held back (${event.reason})
`;
  }
}
function renderApplyResult(result) {
  let lines = [
    `
Applied ${result.applied.length} change${result.applied.length === 1 ? "" : "s"}.`
  ];
  if (result.heldBack.length > 0) {
    lines.push(
      `Held back ${result.heldBack.length} destructive change${result.heldBack.length === 1 ? "" : "s"} (run with --allow-destructive to make them):`
    );
    for (let { change } of result.heldBack)
      lines.push(`  - ${change.address}: ${describeChange(change)}`);
  }
  if (result.failed !== void 0) {
    lines.push(`Failed at ${result.failed.change.address}; not attempted:`);
    for (let change of result.failed.notAttempted)
      lines.push(`  - ${change.address}: ${describeChange(change)}`);
    lines.push(
      "Fix the cause and run apply again: it plans afresh and continues from the live state."
    );
  }
  return `${lines.join(`
`)}
`;
}

// cli/drift-command.ts
import { parseArgs as parseArgs3 } from "node:util";
var DRIFT_HELP = `Usage: kms-action drift [-f kms.yaml] [--format text|markdown|json] [--repair cancel-deletion]

Compares the live keys with the manifest (a plan, read-only) and reports the drift: every
change apply would make, and the problems (e.g. a key deleted from the manifest but not
from AWS). For a schedule: exit 3 when there is drift.

With --repair cancel-deletion (the ransomware shield) it also undoes, and only undoes, an
out-of-band ScheduleKeyDeletion or DisableKey on a key the manifest says is enabled.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --format <format>      text (default), markdown or json
      --repair <what>        cancel-deletion: cancel deletions and re-enable keys as above
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 no drift, 1 drift with problems that block apply, 2 invalid manifest or usage,
3 drift, 4 AWS error.
`;
async function driftCommand(args, io) {
  let { values } = parseArgs3({
    args,
    options: {
      ...PLAN_OPTIONS,
      format: { type: "string", default: "text" },
      repair: { type: "string" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(DRIFT_HELP), 0;
  let format = parseFormat(values.format, ["text", "markdown", "json"]);
  if (values.repair !== void 0 && values.repair !== "cancel-deletion")
    throw new UsageError(`--repair must be 'cancel-deletion', got '${values.repair}'`);
  let prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values["role-to-assume"],
      progress: format !== "json"
    },
    io
  );
  try {
    let { plan, desired } = prepared;
    format === "json" ? io.stdout(`${JSON.stringify(renderPlanJson(plan), null, 2)}
`) : format === "markdown" ? io.stdout(renderPlanMarkdown(plan, { drift: !0, now: /* @__PURE__ */ new Date() })) : io.stdout(renderPlanText(plan, { drift: !0, now: /* @__PURE__ */ new Date() }));
    let repairs = values.repair === void 0 ? [] : selectDriftRepairs(desired, plan.changes);
    if (repairs.length > 0) {
      let result = await applyPlan(
        { ...plan, changes: repairs, problems: [] },
        { clients: prepared.clients, allowDestructive: !1 }
      );
      for (let change of result.applied)
        io.stderr(`repaired ${change.address}: ${describeChange(change)}
`);
      if (result.failed !== void 0)
        return io.stderr(`kms-action: AWS error: ${result.failed.error.message}
`), 4;
    } else values.repair !== void 0 && io.stderr(
      `nothing to repair: no managed key that should be enabled is disabled or pending deletion
`
    );
    return values.stats === !0 && io.stderr(renderStats(prepared.stats)), plan.problems.length > 0 ? 1 : plan.changes.length > repairs.length ? 3 : 0;
  } finally {
    prepared.clients.destroy();
  }
}

// cli/import-command.ts
import { parseArgs as parseArgs4 } from "node:util";

// adapters/aws/list-account-keys.ts
var import_client_kms = __toESM(require_dist_cjs(), 1), import_client_sts = __toESM(require_dist_cjs2(), 1);
var DEFAULT_LIST_CONCURRENCY = 10, KEY_ARN = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/, AWS_ALIAS = /^alias\/aws\//;
async function listAccountKeys(options) {
  let { clients, account, region } = options, kms = clients.kms(account, region), limit = limitConcurrency(options.concurrency ?? DEFAULT_LIST_CONCURRENCY), send = async (operation, target, task) => {
    try {
      return await limit.run(task);
    } catch (error) {
      let call = {
        operation,
        service: "kms",
        account,
        region,
        endpoint: clients.endpointOf("kms", region),
        ...target === void 0 ? {} : { target }
      };
      throw toAwsAccessError(error, call);
    }
  };
  try {
    let [listed, aliases] = await Promise.all([listKeys(kms, send), listAliasPages(kms, send)]), partition = "aws";
    for (let key of listed) {
      let match = KEY_ARN.exec(key.arn);
      if (match?.[3] !== void 0 && match[3] !== account)
        throw new AwsAccessError(
          `ListKeys in region ${region} returned key ${key.arn} of account ${match[3]}, but account ${account} is being imported: the credentials belong to another account. Assume a role in ${account} (--role-to-assume).`
        );
      partition = match?.[1] ?? partition;
    }
    let awsAliasesById = /* @__PURE__ */ new Map();
    for (let alias of aliases)
      alias.targetKeyId === void 0 || !AWS_ALIAS.test(alias.name) || awsAliasesById.set(alias.targetKeyId, [
        ...awsAliasesById.get(alias.targetKeyId) ?? [],
        alias.name
      ]);
    let awsManaged = [], keys = [], progress = { account, region, read: 0, total: listed.length };
    options.onProgress?.({ ...progress });
    let readListedKey = async (id, arn) => {
      let awsAliases = awsAliasesById.get(id);
      if (awsAliases !== void 0 && options.includeAwsManaged !== !0) {
        awsManaged.push({ id, arn, aliases: awsAliases });
        return;
      }
      let metadata = await describeKey(kms, id, arn, send);
      if (metadata === void 0) return;
      if (metadata.KeyManager === "AWS") {
        awsManaged.push({
          id,
          arn,
          aliases: awsAliases ?? [],
          ...metadata.Description === void 0 ? {} : { description: metadata.Description }
        });
        return;
      }
      let key = await readCustomerKey(kms, metadata, { id, arn, account, region }, aliases, send);
      keys.push(key);
    }, readListed = async (id, arn) => {
      await readListedKey(id, arn), progress.read += 1, options.onProgress?.({ ...progress });
    };
    return await Promise.all(listed.map(({ id, arn }) => readListed(id, arn))), keys.sort((a, b) => compare(a.id, b.id)), awsManaged.sort(
      (a, b) => compare(a.aliases[0] ?? "\uFFFF", b.aliases[0] ?? "\uFFFF") || compare(a.id, b.id)
    ), { account, region, partition, keys, awsManaged, aliases };
  } catch (error) {
    throw limit.cancel(error), error;
  }
}
async function listKeys(kms, send) {
  let keys = [], marker;
  do {
    let page = await send(
      "ListKeys",
      void 0,
      () => kms.send(
        new import_client_kms.ListKeysCommand({ Limit: 1e3, ...marker === void 0 ? {} : { Marker: marker } })
      )
    );
    for (let entry of page.Keys ?? [])
      entry.KeyId !== void 0 && entry.KeyArn !== void 0 && keys.push({ id: entry.KeyId, arn: entry.KeyArn });
    marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
  } while (marker !== void 0);
  return keys;
}
async function describeKey(kms, id, arn, send) {
  try {
    return (await send(
      "DescribeKey",
      arn,
      () => kms.send(new import_client_kms.DescribeKeyCommand({ KeyId: id }))
    )).KeyMetadata;
  } catch (error) {
    if (causeName(error) === "NotFoundException") return;
    throw error;
  }
}
async function readCustomerKey(kms, metadata, where, aliases, send) {
  let { id, arn } = where, unknownIn = async (task) => {
    try {
      return await task();
    } catch (error) {
      let name = causeName(error);
      if (name === "KMSInvalidStateException" || name === "UnsupportedOperationException" || name === "NotFoundException")
        return;
      throw error;
    }
  }, [policyText, rotation, tags, grants] = await Promise.all([
    unknownIn(() => readKeyPolicyText(kms, id, arn, send)),
    unknownIn(() => readKeyRotation(kms, id, arn, send)),
    unknownIn(() => listResourceTags(kms, id, arn, send)),
    unknownIn(() => listGrantPages(kms, id, arn, send))
  ]), keyTags = tags ?? {};
  return {
    ...liveKeyBasics(metadata, where.account, where.region),
    rotation,
    policy: policyText === void 0 ? void 0 : parseKeyPolicyText(policyText),
    policyText,
    tags: keyTags,
    aliases: aliases.filter((alias) => alias.targetKeyId === id),
    grants,
    ownership: ownershipOf(keyTags)
  };
}
async function listResourceTags(kms, id, arn, send) {
  let tags = [], marker;
  do {
    let page = await send(
      "ListResourceTags",
      arn,
      () => kms.send(
        new import_client_kms.ListResourceTagsCommand({
          KeyId: id,
          ...marker === void 0 ? {} : { Marker: marker }
        })
      )
    );
    tags.push(...page.Tags ?? []), marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
  } while (marker !== void 0);
  let record2 = {};
  for (let tag of tags) tag.TagKey !== void 0 && (record2[tag.TagKey] = tag.TagValue ?? "");
  return record2;
}
function causeName(error) {
  return error instanceof AwsAccessError ? awsErrorName(error.cause) : awsErrorName(error);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function callerAccountOf(region, credentials) {
  let sts = new import_client_sts.STSClient({ region, ...credentials === void 0 ? {} : { credentials } });
  try {
    let identity = await sts.send(new import_client_sts.GetCallerIdentityCommand({}));
    if (identity.Account === void 0)
      throw new AwsAccessError("sts:GetCallerIdentity returned no account");
    return identity.Account;
  } catch (error) {
    throw toAwsAccessError(error, {
      operation: "GetCallerIdentity",
      service: "sts",
      account: "of the current credentials",
      region,
      endpoint: `sts.${region}.amazonaws.com`
    });
  } finally {
    sts.destroy();
  }
}

// core/import/derive-key-names.ts
function deriveKeyNames(keys) {
  let names = /* @__PURE__ */ new Map(), taken = /* @__PURE__ */ new Set();
  for (let key of keys)
    key.logicalName === void 0 || taken.has(key.logicalName) || (names.set(key.id, key.logicalName), taken.add(key.logicalName));
  let candidates = keys.filter((key) => !names.has(key.id)).map((key) => ({ key, ...candidateName(key) })), byName = /* @__PURE__ */ new Map();
  for (let candidate of candidates)
    byName.set(candidate.name, [...byName.get(candidate.name) ?? [], candidate]);
  let pending = [];
  for (let [name, group] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    let exact = group.filter((candidate) => candidate.exact), keeper = !taken.has(name) && (group.length === 1 || exact.length === 1) ? exact[0] ?? group[0] : void 0;
    keeper !== void 0 && (names.set(keeper.key.id, name), taken.add(name)), pending.push(...group.filter((candidate) => candidate !== keeper));
  }
  for (let candidate of pending.sort((a, b) => a.key.id.localeCompare(b.key.id))) {
    let compact = candidate.key.id.replace(/^mrk-/, "").replace(/-/g, ""), name = "";
    for (let length of [8, 12, compact.length])
      if (name = withSuffix(candidate.name, compact.slice(0, length)), !taken.has(name)) break;
    for (let counter = 2; taken.has(name); counter += 1)
      name = withSuffix(candidate.name, `${compact}-${counter}`);
    names.set(candidate.key.id, name), taken.add(name);
  }
  return names;
}
function candidateName(key) {
  let alias = [...key.aliases].sort()[0];
  if (alias !== void 0) {
    let raw = alias.replace(/^alias\//, ""), name = sanitize(raw);
    if (name !== "") return { name, exact: name === raw };
  }
  return { name: `key-${(key.id.startsWith("mrk-") ? key.id : key.id.replace(/-/g, "")).slice(0, key.id.startsWith("mrk-") ? 12 : 8)}`, exact: !1 };
}
function sanitize(text) {
  return text.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[^a-zA-Z0-9]+/, "").slice(0, 128);
}
function withSuffix(name, suffix) {
  return `${name.slice(0, 128 - suffix.length - 1)}-${suffix}`;
}

// core/import/derive-principal-names.ts
var NAME_MAX = 64;
function derivePrincipalNames(arns, options) {
  let entries = [...new Set(arns)].map((arn) => ({ arn, ...describe(arn, options.accountName) }));
  entries.sort(
    (a, b) => +(b.account === options.account) - +(a.account === options.account) || a.rank - b.rank || a.arn.localeCompare(b.arn)
  );
  let names = /* @__PURE__ */ new Map(), taken = /* @__PURE__ */ new Set();
  for (let entry of entries) {
    let label = options.accountName(entry.account), name = [
      entry.base,
      `${entry.base}-${label}`,
      `${entry.base}-${entry.kind}-${label}`
    ].map(sanitize2).find((candidate) => !taken.has(candidate));
    for (let counter = 2; name === void 0; counter += 1) {
      let suffix = String(counter), next = `${sanitize2(entry.base).slice(0, NAME_MAX - suffix.length - 1)}-${suffix}`;
      taken.has(next) || (name = next);
    }
    names.set(entry.arn, name), taken.add(name);
  }
  return names;
}
function describe(arn, accountName) {
  let parsed = parsePrincipal(arn);
  switch (parsed.kind) {
    case "role":
      return { base: parsed.name, kind: "role", account: parsed.account, rank: 0 };
    case "user":
      return { base: parsed.name, kind: "user", account: parsed.account, rank: 1 };
    case "assumed-role":
      return {
        base: `${parsed.role}-${parsed.session}`,
        kind: "session",
        account: parsed.account,
        rank: 2
      };
    case "account":
      return {
        base: `${accountName(parsed.account)}-root`,
        kind: "root",
        account: parsed.account,
        rank: 3
      };
    default:
      return { base: "principal", kind: "other", account: "", rank: 4 };
  }
}
function sanitize2(text) {
  let name = text.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[^a-zA-Z0-9]+/, "").slice(0, NAME_MAX).replace(/[-_.]+$/, "");
  return name === "" ? "principal" : name;
}

// core/import/is-manifest-principal.ts
var IAM_PRINCIPAL = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/;
function isManifestPrincipal(arn) {
  return IAM_PRINCIPAL.test(arn);
}

// core/import/grant-problem.ts
var GRANT_NAME = /^[a-zA-Z0-9:/_-]{1,256}$/, GRANT_OPERATIONS = /* @__PURE__ */ new Set([
  "Decrypt",
  "Encrypt",
  "GenerateDataKey",
  "GenerateDataKeyWithoutPlaintext",
  "ReEncryptFrom",
  "ReEncryptTo",
  "Sign",
  "Verify",
  "GetPublicKey",
  "CreateGrant",
  "RetireGrant",
  "DescribeKey",
  "GenerateDataKeyPair",
  "GenerateDataKeyPairWithoutPlaintext",
  "GenerateMac",
  "VerifyMac",
  "DeriveSharedSecret"
]);
function grantProblem(grant) {
  if (grant.name === void 0) return "has no name (kms-action matches grants by name)";
  if (!GRANT_NAME.test(grant.name)) return "has a name the manifest does not accept";
  if (!isManifestPrincipal(grant.granteePrincipal))
    return "names a grantee that is not an IAM role, user or account";
  if (grant.retiringPrincipal !== void 0 && !isManifestPrincipal(grant.retiringPrincipal))
    return "names a retiring principal that is not an IAM role, user or account";
  if (grant.operations.some((operation) => !GRANT_OPERATIONS.has(operation)))
    return "has operations the manifest does not know";
}

// core/import/writable-in-manifest.ts
var TAG_NAME = /^(?![Aa][Ww][Ss]:)(?!kms-action:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u, TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u, ALIAS = /^alias\/(?![Aa][Ww][Ss]\/)[a-zA-Z0-9/_-]+$/;
function isWritableTag(name, value) {
  return TAG_NAME.test(name) && TAG_VALUE.test(value);
}
function isWritableAlias(name) {
  return ALIAS.test(name);
}

// core/import/write-intent-input.ts
function writeIntentInput(intent, nameOf) {
  let short = (action) => action.replace(/^kms:/, ""), input = {};
  intent.admins.length > 0 && (input.admins = intent.admins.map(nameOf));
  let users = [
    ...intent.users.map(nameOf),
    ...(intent.userGroups ?? []).map((group) => ({
      principals: group.principals.map(nameOf),
      actions: group.actions.map(short)
    }))
  ];
  users.length > 0 && (input.users = users), intent.viaService.length > 0 && (input.via_service = [...intent.viaService]), Object.keys(intent.encryptionContext).length > 0 && (input.encryption_context = { ...intent.encryptionContext }), intent.crossAccount.length > 0 && (input.cross_account = intent.crossAccount.map((entry) => ({
    principal: nameOf(entry.principal),
    actions: entry.actions.map(short)
  })));
  let organization = intent.organization;
  organization !== void 0 && (input.organization = organization.id !== void 0 && organization.actions === void 0 ? organization.id : {
    ...organization.id === void 0 ? {} : { id: organization.id },
    ...organization.paths === void 0 ? {} : { paths: [...organization.paths] },
    ...organization.actions === void 0 ? {} : { actions: organization.actions.map(short) }
  }), intent.services !== void 0 && intent.services.length > 0 && (input.services = intent.services.map(serviceInput));
  let mfa = [...intent.requireMfaFor].sort();
  return mfa.join() !== [...DEFAULT_REQUIRE_MFA_FOR].sort().join() && (input.require_mfa_for = mfa.map(short)), intent.extraStatements !== void 0 && intent.extraStatements.length > 0 && (input.extra_statements = intent.extraStatements.map((statement) => ({ ...statement }))), input;
}
function serviceInput(use) {
  let input = { service: use.service };
  return use.roleSuffix !== void 0 && (input.role_suffix = use.roleSuffix), use.sources.length === 0 || (use.service === "logs" ? input.log_groups = use.sources.map((arn) => arn.slice(arn.indexOf(":log-group:") + 11)) : use.service === "cloudtrail" ? input.trails = [...use.sources] : input.source_arns = [...use.sources]), input;
}

// core/import/key-input-of.ts
var LABEL = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/, ENVIRONMENT_TAGS = ["environment", "env", "stage"], SERVICE_TAGS = ["service"];
function keyInputOf(draft, nameOf) {
  let { key } = draft, input = { adopt: key.arn }, environment = tagValue(key.tags, ENVIRONMENT_TAGS), service = tagValue(key.tags, SERVICE_TAGS) ?? (draft.services.length === 1 ? draft.services[0] : void 0);
  environment !== void 0 && (input.environment = environment), service !== void 0 && (input.service = service), key.description !== "" && (input.description = key.description), key.keySpec !== DEFAULT_KEY_SPEC && (input.key_spec = key.keySpec), (key.keyUsage !== DEFAULT_KEY_USAGE || key.keySpec !== DEFAULT_KEY_SPEC) && (input.key_usage = key.keyUsage), key.origin === "EXTERNAL" && (input.origin = "EXTERNAL"), key.multiRegion && (input.multi_region = !0);
  let replicas = (key.multiRegionConfiguration?.type === "PRIMARY" ? key.multiRegionConfiguration.replicas.map((replica) => replica.region) : []).filter((region) => region !== key.region);
  if (replicas.length > 0 && (input.replicas = [...new Set(replicas)].sort()), canRotateAutomatically(key) && key.rotation !== void 0) {
    let period = key.rotation.periodInDays;
    input.rotation = key.rotation.enabled ? {
      enabled: !0,
      ...period !== void 0 && period >= 90 && period <= 2560 ? { period_in_days: period } : {}
    } : { enabled: !1 };
  }
  if (key.state === "Disabled" && (input.state = "disabled"), key.state === "PendingDeletion") {
    input.state = "pending_deletion";
    let window = key.pendingDeletionWindowInDays;
    window !== void 0 && window >= 7 && window <= 30 && (input.deletion_window_in_days = window);
  }
  let aliases = key.aliases.map((alias) => alias.name).filter(isWritableAlias).sort();
  aliases.length > 0 && (input.aliases = aliases);
  let tags = Object.fromEntries(
    Object.entries(key.tags).filter(
      ([tag, value]) => !tag.startsWith("kms-action:") && !tag.toLowerCase().startsWith("aws:") && isWritableTag(tag, value)
    ).sort(([a], [b]) => a.localeCompare(b))
  );
  Object.keys(tags).length > 0 && (input.tags = tags), draft.policy.form === "intent" || draft.policy.form === "intent-rewritten" ? input.policy = writeIntentInput(draft.policy.intent, nameOf) : draft.policy.form === "document" && (input.policy = { document: draft.policy.document });
  let grants = [], grantNames = /* @__PURE__ */ new Set();
  for (let grant of key.grants ?? [])
    grantProblem(grant) !== void 0 || grant.name === void 0 || grantNames.has(grant.name) || (grantNames.add(grant.name), grants.push({
      name: grant.name,
      grantee: nameOf(grant.granteePrincipal),
      ...grant.retiringPrincipal === void 0 ? {} : { retiring_principal: nameOf(grant.retiringPrincipal) },
      operations: [...grant.operations].sort(),
      ...grant.encryptionContextSubset === void 0 ? {} : { encryption_context_subset: grant.encryptionContextSubset },
      ...grant.encryptionContextEquals === void 0 ? {} : { encryption_context_equals: grant.encryptionContextEquals }
    }));
  return grants.length > 0 && (input.grants = grants), input;
}
function tagValue(tags, names) {
  for (let [tag, value] of Object.entries(tags))
    if (names.includes(tag.toLowerCase()) && LABEL.test(value))
      return value;
}

// core/import/describe-access-changes.ts
function describeAccessChanges(changes) {
  let described = changes.slice(0, 3).map((change) => {
    let verb = change.change === "gains" ? "would gain" : change.change === "loses" ? "would lose" : "would get other conditions on";
    return `${change.principal} ${verb} ${change.action}`;
  }), more = changes.length - described.length;
  return `${described.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
}

// core/import/fit-organization.ts
var MAX_ORGANIZATIONS = 4;
function fitOrganization(statements, placement) {
  let choices = userActionChoices(keyUsageActions(placement.keySpec, placement.keyUsage)), byOrganization = /* @__PURE__ */ new Map();
  for (let statement of statements) {
    if (statement.Effect !== "Allow" || !anyone(statement)) continue;
    let member = memberOf(statement);
    if (member === void 0) continue;
    let id = JSON.stringify(member), entry = byOrganization.get(id) ?? { member, actions: /* @__PURE__ */ new Set() }, patterns = toList(statement.Action);
    for (let action of choices)
      patterns.some((pattern) => matchWildcard(pattern, action, !0)) && entry.actions.add(action);
    byOrganization.set(id, entry);
  }
  return [...byOrganization.values()].slice(0, MAX_ORGANIZATIONS).flatMap(({ member, actions }) => [
    member,
    ...actions.size > 0 && actions.size < choices.length ? [{ ...member, actions: KMS_ACTIONS.filter((action) => actions.has(action)) }] : []
  ]);
}
function anyone(statement) {
  let block = statement.Principal;
  return block === "*" ? !0 : block !== void 0 && toList(block.AWS).join() === "*";
}
function memberOf(statement) {
  for (let [operator, entries] of Object.entries(statement.Condition ?? {}))
    for (let [key, value] of Object.entries(entries)) {
      let op = operator.toLowerCase(), name = key.toLowerCase(), values = toList(value).map(String);
      if (op === "stringequals" && name === "aws:principalorgid" && values.length === 1)
        return { id: values[0] ?? "" };
      if (op === "foranyvalue:stringlike" && name === "aws:principalorgpaths" && values.every((path) => path.endsWith("/*")))
        return { paths: values.map((path) => path.slice(0, -1)).sort() };
    }
}

// core/import/statements-cover.ts
function statementsCover(container, covered, partition) {
  return policiesEquivalent(
    { Version: "2012-10-17", Statement: [...container] },
    { Version: "2012-10-17", Statement: [...container, ...covered] },
    { partition }
  );
}

// core/import/fit-service-uses.ts
var SOURCE_NAMESPACE = {
  cloudtrail: "cloudtrail",
  cloudwatch: "cloudwatch",
  events: "events",
  guardduty: "guardduty",
  logs: "logs",
  "route53-dnssec": "route53",
  s3: "s3",
  sns: "sns"
}, MAX_SINGLE_SOURCES = 16, AUTOSCALING_ROLE = "/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling";
function fitServiceUses(statements, key) {
  let arns = conditionArns(statements), uses = [];
  for (let service of SERVICE_NAMES) {
    let fits = (use) => statementsCover(statements, generateServiceStatements([use], key), key.partition);
    if (service === "autoscaling") {
      for (let roleSuffix of autoscalingSuffixes(statements)) {
        let use = roleSuffix === "" ? { service, sources: [] } : { service, sources: [], roleSuffix };
        fits(use) && uses.push(use);
      }
      continue;
    }
    let namespace = SOURCE_NAMESPACE[service], own = namespace === void 0 ? [] : arns.filter((arn) => arn.split(":")[2] === namespace && !arn.includes("*"));
    if (own.length > 0 && fits({ service, sources: own })) {
      uses.push({ service, sources: [...own].sort() });
      continue;
    }
    let alone = own.length > MAX_SINGLE_SOURCES ? [] : own.filter((arn) => fits({ service, sources: [arn] }));
    alone.length > 0 ? uses.push({ service, sources: alone.sort() }) : fits({ service, sources: [] }) && uses.push({ service, sources: [] });
  }
  let generated = generateServiceStatements(uses, key), covered = /* @__PURE__ */ new Set();
  return statements.forEach((statement, index) => {
    uses.length > 0 && statementsCover(generated, [statement], key.partition) && covered.add(index);
  }), { uses, covered };
}
function conditionArns(statements) {
  let found = /* @__PURE__ */ new Set();
  for (let statement of statements)
    for (let entries of Object.values(statement.Condition ?? {}))
      for (let value of Object.values(entries))
        for (let item of toList(value))
          typeof item == "string" && item.startsWith("arn:") && found.add(item);
  return [...found];
}
function autoscalingSuffixes(statements) {
  let suffixes = /* @__PURE__ */ new Set();
  for (let statement of statements) {
    let block = statement.Principal;
    if (!(block === void 0 || block === "*"))
      for (let principal of toList(block.AWS)) {
        let at = principal.indexOf(AUTOSCALING_ROLE);
        if (at < 0) continue;
        let rest = principal.slice(at + AUTOSCALING_ROLE.length);
        rest === "" ? suffixes.add("") : rest.startsWith("_") && suffixes.add(rest.slice(1));
      }
  }
  return [...suffixes];
}

// core/import/infer-core-intent.ts
var ADMIN_MARKERS = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:EnableKey"];
function inferCoreIntent(statements, placement) {
  let partition = placement.partition ?? "aws", root = `arn:${partition}:iam::${placement.account}:root`, reasons = [], rejected = /* @__PURE__ */ new Set(), requireMfaFor = /* @__PURE__ */ new Set(), grants = /* @__PURE__ */ new Map(), grantedBy = /* @__PURE__ */ new Map(), found = { backstop: !1 };
  if (statements.forEach((statement, index) => {
    let label = statement.Sid === void 0 ? `#${String(index + 1)}` : `"${statement.Sid}"`, reject = (reason) => {
      reasons.push(reason), rejected.add(index);
    };
    for (let field of ["NotPrincipal", "NotAction", "NotResource"])
      if (statement[field] !== void 0) {
        reject(`statement ${label} uses ${field}, which the intent form has no word for`);
        return;
      }
    let resources = toList(statement.Resource);
    if (resources.length !== 1 || resources[0] !== "*") {
      reject(`statement ${label} names resources other than "*"`);
      return;
    }
    let principalReasons = [], principals = principalsOf(statement, label, principalReasons);
    if (principals === void 0) {
      principalReasons.forEach(reject);
      return;
    }
    let actions = expandActions(toList(statement.Action));
    if (statement.Effect === "Deny") {
      if (principals.length === 1 && principals[0] === "*" && isMfaGuard(statement))
        for (let action of actions) requireMfaFor.add(action);
      else
        reject(`Deny statement ${label} is not the MFA guard (require_mfa_for)`);
      return;
    }
    let conditionReasons = [], conditions = allowConditions(
      statement,
      label,
      placement.region,
      partition,
      conditionReasons
    );
    if (conditions === void 0) {
      conditionReasons.forEach(reject);
      return;
    }
    if (principals.includes("*")) {
      reject(`statement ${label} allows anyone ("*")`);
      return;
    }
    for (let principal of principals) {
      if (principal === root) {
        actions.size === KMS_ACTIONS.length && conditionless(conditions) ? found.backstop = !0 : reject(`statement ${label} gives the account root restricted access`);
        continue;
      }
      grants.set(principal, [...grants.get(principal) ?? [], { ...conditions, actions }]), grantedBy.set(principal, [...grantedBy.get(principal) ?? [], index]);
    }
  }), !found.backstop)
    return reasons.push(
      `no statement gives the account root (${root}) kms:*; the generated policy always keeps that backstop`
    ), { reasons: unique(reasons), rejected, fatal: !0 };
  let { intent, leftovers } = classify(grants, placement, requireMfaFor);
  for (let { principal, reason } of leftovers) {
    reasons.push(reason);
    for (let index of grantedBy.get(principal) ?? []) rejected.add(index);
  }
  return reasons.length > 0 ? { reasons: unique(reasons), rejected, fatal: !1 } : { intent, reasons: [], rejected, fatal: !1 };
}
function principalsOf(statement, label, reasons) {
  let block = statement.Principal;
  if (block === void 0) {
    reasons.push(`statement ${label} names no principal`);
    return;
  }
  if (block === "*") return ["*"];
  let other = Object.keys(block).filter((type) => type !== "AWS");
  if (other.length > 0) {
    reasons.push(`statement ${label} names a ${other.join(" and ")} principal`);
    return;
  }
  let principals = [];
  for (let value of toList(block.AWS)) {
    let parsed = parsePrincipal(value);
    if (parsed.kind === "anyone") principals.push("*");
    else if (parsed.kind === "account")
      principals.push(`arn:${parsed.partition}:iam::${parsed.account}:root`);
    else if (parsed.kind === "unique-id") {
      reasons.push(
        `statement ${label} names ${value}, the unique id of a deleted ${parsed.type}: it grants nobody`
      );
      return;
    } else if (isManifestPrincipal(value)) principals.push(value);
    else {
      reasons.push(`statement ${label} names ${value}, which is not an IAM role, user or account`);
      return;
    }
  }
  return principals;
}
function expandActions(patterns) {
  return new Set(
    KMS_ACTIONS.filter(
      (action) => patterns.some((pattern) => matchWildcard(pattern, action, !0))
    )
  );
}
function isMfaGuard(statement) {
  let entries = Object.entries(statement.Condition ?? {});
  if (entries.length !== 1) return !1;
  let [operator = "", values = {}] = entries[0] ?? [], keys = Object.entries(values);
  return ["boolifexists", "bool"].includes(operator.toLowerCase()) && keys.length === 1 && keys[0]?.[0].toLowerCase() === "aws:multifactorauthpresent" && toList(keys[0][1]).join() === "false";
}
function allowConditions(statement, label, region, partition, reasons) {
  let conditions = {}, suffix = dnsSuffixOf(partition), endpointTail = `.${region}.${suffix}`, serviceOf = (entry) => {
    if (!entry.endsWith(endpointTail)) return;
    let service = entry.slice(0, -endpointTail.length);
    return SERVICE_NAME.test(service) ? service : void 0;
  };
  for (let [operator, entries] of Object.entries(statement.Condition ?? {}))
    for (let [key, value] of Object.entries(entries)) {
      let op = operator.toLowerCase(), name = key.toLowerCase(), values = toList(value).map(String);
      if (op === "stringequals" && name === "kms:viaservice") {
        let services = values.map(serviceOf);
        if (services.some((service) => service === void 0)) {
          reasons.push(
            `statement ${label} allows kms:ViaService ${values.join(", ")}, not services of the key's Region ${region}`
          );
          return;
        }
        conditions.viaService = services.filter((service) => service !== void 0).sort();
      } else if (op === "stringequals" && name.startsWith("kms:encryptioncontext:") && values.length === 1)
        conditions.encryptionContext = {
          ...conditions.encryptionContext,
          [key.slice(22)]: values[0] ?? ""
        };
      else if (op === "bool" && name === "kms:grantisforawsresource" && values.join() === "true")
        conditions.grantForAwsResource = !0;
      else {
        reasons.push(
          `statement ${label} has the condition ${operator} ${key}, which the intent form has no word for`
        );
        return;
      }
    }
  return conditions;
}
function conditionless(conditions) {
  return conditions.viaService === void 0 && conditions.encryptionContext === void 0 && conditions.grantForAwsResource === void 0;
}
function classify(grants, placement, requireMfaFor) {
  let adminActions = expandActions(keyAdminActions(placement)), usage = keyUsageActions(placement.keySpec, placement.keyUsage), userCrypto = expandActions(usage.userActions), userActions = expandActions([
    ...usage.userActions,
    ...usage.awsServices ? KEY_USER_GRANT_ACTIONS : [],
    "kms:DescribeKey"
  ]), admins = [], users = [], crossAccount = [], leftovers = [], choices = new Set(userActionChoices(usage)), userGroups = [], viaService, encryptionContext;
  for (let [principal, list] of [...grants].sort(([a], [b]) => a.localeCompare(b))) {
    let plain = union(list.filter((grant) => conditionless(grant)).map((grant) => grant.actions)), all = union(list.map((grant) => grant.actions)), isAdmin = ADMIN_MARKERS.some((action) => plain.has(action)), crypto = list.filter(
      (grant) => [...grant.actions].some((action) => userCrypto.has(action))
    ), isUser = [...userCrypto].every(
      (action) => union(crypto.map((g) => g.actions)).has(action)
    );
    isAdmin && admins.push(principal), isUser && users.push(principal);
    for (let grant of crypto)
      isUser && grant.viaService !== void 0 && (viaService ??= grant.viaService), grant.encryptionContext !== void 0 && (encryptionContext ??= grant.encryptionContext);
    let rest = [...all].filter(
      (action) => !(isAdmin && adminActions.has(action)) && !(isUser && userActions.has(action))
    );
    if (rest.length === 0) continue;
    if (isAdmin && rest.includes("kms:CreateGrant")) {
      leftovers.push({
        principal,
        reason: `administrator ${principal} may call kms:CreateGrant (kms:Create* includes it), so it can grant itself use of the key; generated administrators have no CreateGrant, so adopting the intent form would take it away`
      });
      continue;
    }
    let own = accountOf(principal) === placement.account;
    if (own && !isAdmin && !isUser && rest.every((action) => choices.has(action))) {
      userGroups.push({ principals: [principal], actions: rest.sort() });
      for (let grant of crypto) viaService ??= grant.viaService;
      continue;
    }
    own ? leftovers.push({
      principal,
      reason: `${principal} may call ${describeActions(rest.sort())}, beyond what key administrators and users get; cross_account is for principals of other accounts`
    }) : crossAccount.push({ principal, actions: rest.sort() });
  }
  return { intent: {
    admins,
    users,
    viaService: viaService ?? [],
    encryptionContext: encryptionContext ?? {},
    crossAccount,
    requireMfaFor: [...requireMfaFor].sort(),
    ...userGroups.length > 0 ? { userGroups } : {}
  }, leftovers };
}
function accountOf(arn) {
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}
function describeActions(actions) {
  let shown2 = actions.slice(0, 4).join(", ");
  return actions.length > 4 ? `${shown2} and ${String(actions.length - 4)} more` : shown2;
}
function union(sets) {
  let result = /* @__PURE__ */ new Set();
  for (let set of sets) for (let value of set) result.add(value);
  return result;
}
function unique(values) {
  return [...new Set(values)];
}
var SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

// core/import/infer-policy-intent.ts
function inferPolicyIntent(policy, placement) {
  let partition = placement.partition ?? "aws", live = policy.Statement, services = fitServiceUses(live, {
    account: placement.account,
    region: placement.region,
    partition
  }), withServices = (intent) => services.uses.length > 0 ? { ...intent, services: services.uses } : intent, rest = live.filter((_, index) => !services.covered.has(index)), core = inferCoreIntent(rest, placement);
  if (core.intent !== void 0) {
    let intent = withServices(core.intent), generated = generateKeyPolicy(intent, placement);
    if (policiesEquivalent(policy, generated, { partition }))
      return { form: "intent", intent, generated, equivalent: !0 };
    let changes = diffAccess(policy, generated, {
      account: placement.account,
      partition,
      key: { partition, account: placement.account, region: placement.region },
      actions: KMS_ACTIONS
    });
    if (changes.length === 0) return { form: "intent", intent, generated, equivalent: !1 };
    let reason = `the closest intent form would change access: ${describeAccessChanges(changes)}`, fitted2 = fitWithExtras(policy, rest, /* @__PURE__ */ new Set(), placement, withServices, [reason]);
    return fitted2?.form === "intent" ? fitted2 : {
      form: "document",
      reasons: [reason, ...fitted2?.reasons ?? []],
      closest: intent
    };
  }
  if (core.fatal || core.rejected.size === 0) return { form: "document", reasons: core.reasons };
  let fitted = fitWithExtras(policy, rest, core.rejected, placement, withServices, core.reasons);
  return fitted?.form === "document" ? { ...fitted, reasons: [...core.reasons, ...fitted.reasons] } : fitted ?? { form: "document", reasons: core.reasons };
}
var MAX_FIT_ROUNDS = 4;
function fitWithExtras(policy, rest, rejected, placement, withServices, why) {
  let partition = placement.partition ?? "aws", reasons = [...why], live = policy.Statement, left = new Set(rejected), closest, best;
  for (let round = 0; round < MAX_FIT_ROUNDS && best === void 0; round += 1) {
    let keptAt = rest.flatMap((_, index) => left.has(index) ? [] : [index]), attempt = inferCoreIntent(
      keptAt.map((index) => rest[index]),
      placement
    );
    if (attempt.intent === void 0) {
      if (attempt.fatal || attempt.rejected.size === 0) break;
      reasons.push(...attempt.reasons);
      for (let index of attempt.rejected) left.add(keptAt[index] ?? -1);
      continue;
    }
    let base = withServices(attempt.intent);
    closest = base;
    for (let organization of [void 0, ...fitOrganization(live, placement)]) {
      let candidate = organization === void 0 ? base : { ...base, organization }, generated2 = generateKeyPolicy(candidate, placement).Statement;
      if (!statementsCover(live, generated2, partition)) continue;
      let extras = live.filter(
        (statement) => !statementsCover(generated2, [statement], partition)
      );
      (best === void 0 || extras.length < best.extras.length) && (best = { intent: candidate, extras });
    }
    if (best !== void 0) break;
    let excess = new Set(
      generateKeyPolicy(base, placement).Statement.filter((statement) => !statementsCover(live, [statement], partition)).flatMap(awsPrincipalsOf)
    ), more = rest.flatMap(
      (statement, index) => !left.has(index) && awsPrincipalsOf(statement).some((principal) => excess.has(principal)) ? [index] : []
    );
    if (more.length === 0) break;
    reasons.push(
      `the intent form would give ${[...excess].sort().join(", ")} other grants than the live statements`
    );
    for (let index of more) left.add(index);
  }
  if (best === void 0)
    return closest === void 0 ? void 0 : { form: "document", reasons: [], closest };
  if (best.extras.length > live.length - best.extras.length)
    return {
      form: "document",
      reasons: [
        `${String(best.extras.length)} of the ${String(live.length)} statements would stay as written, more than the intent form would generate`
      ],
      closest: best.intent
    };
  let intent = {
    ...best.intent,
    extraStatements: extraStatements(best.extras, generateKeyPolicy(best.intent, placement))
  }, generated = generateKeyPolicy(intent, placement);
  return policiesEquivalent(policy, generated, { partition }) ? {
    form: "intent",
    intent,
    generated,
    equivalent: !0,
    extraReasons: [...new Set(reasons)]
  } : { form: "document", reasons: [], closest: best.intent };
}
function awsPrincipalsOf(statement) {
  let block = statement.Principal;
  return block === void 0 || block === "*" ? [] : toList(block.AWS);
}
function extraStatements(extras, generated) {
  let taken = new Set(generated.Statement.map((statement) => statement.Sid?.toLowerCase()));
  return extras.map((statement) => {
    if (statement.Sid === void 0 || !taken.has(statement.Sid.toLowerCase())) return statement;
    let rest = { ...statement };
    return delete rest.Sid, rest;
  });
}

// core/import/render-import-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function renderImportYaml(manifest, drafts, listing, context, findings) {
  let doc = new import_yaml.Document(manifest), count = (form) => drafts.filter((draft) => draft.policy.form === form).length, withExtras = drafts.filter(
    (draft) => (draft.policy.form === "intent" || draft.policy.form === "intent-rewritten") && (draft.policy.intent.extraStatements?.length ?? 0) > 0
  ).length, withPlanNotes = drafts.filter((draft) => draft.planNotes.length > 0).length;
  doc.commentBefore = comment([
    `Imported by \`kms-action import\` from account ${listing.account} (${context.accountName}), Region ${listing.region}.`,
    `${plural(drafts.length, "customer managed key")}: ${String(count("intent") + count("intent-rewritten"))} with the policy in intent form${withExtras === 0 ? "" : ` (${String(withExtras)} with extra_statements)`}, ${String(count("document"))} as raw documents, ${String(count("unmanaged"))} with the policy not managed.`,
    "Review the comments above the keys: they mark what a human should decide.",
    withPlanNotes === 0 ? "`kms-action plan` on this file shows only the adoption of each key (its ownership tags)." : `\`kms-action plan\` on this file shows the adoption of each key (its ownership tags), and for ${plural(withPlanNotes, "key")} the changes their "plan:" comments name.`,
    "Declare `service:` and `environment:` on each key (lint rule shared-key); they are filled in only where a tag or a single kms:ViaService says so."
  ]);
  let defaults = doc.get("defaults", !0);
  (0, import_yaml.isMap)(defaults) && (defaults.flow = !0, setComment(doc.contents, "defaults", ["Where keys you add are created."]));
  let principals = doc.get("principals", !0);
  (0, import_yaml.isMap)(principals) && setComment(doc.contents, "principals", [
    "Every IAM principal the key policies and grants name, named after its ARN: rename freely."
  ]);
  let keys = doc.get("keys", !0);
  if ((0, import_yaml.isMap)(keys))
    for (let draft of drafts) {
      let entry = keys.get(draft.name, !0);
      if (!(0, import_yaml.isMap)(entry)) continue;
      for (let field of ["rotation", "aliases", "tags", "via_service"])
        flowIfPresent(entry, field);
      styleIntent(entry.get("policy", !0));
      let grants = entry.get("grants", !0);
      if ((0, import_yaml.isSeq)(grants)) for (let item of grants.items) (0, import_yaml.isMap)(item) && (item.flow = !0);
      let at = draft.commentedIntentAt ?? draft.notes.length, lines = [
        ...draft.notes.slice(0, at),
        ...draft.commentedIntent === void 0 ? [] : commentedIntent(draft.commentedIntent, context.nameOf),
        ...draft.notes.slice(at),
        ...draft.planNotes.map((note) => `plan: ${note}`),
        ...findings.get(draft.name) ?? []
      ];
      lines.length > 0 && setComment(keys, draft.name, lines);
    }
  let trailer = [];
  if (listing.awsManaged.length > 0) {
    trailer.push(
      `AWS managed keys in ${listing.region}, not imported (AWS owns their policy and rotation; give these services customer managed keys instead):`
    );
    for (let key of listing.awsManaged)
      trailer.push(
        `  ${key.aliases.join(", ") || "(no alias)"}  ${key.arn}${key.description === void 0 || key.description === "" ? "" : `  ${key.description}`}`
      );
  }
  if (context.skipped.length > 0) {
    trailer.push("Keys managed by other manifests, not imported:");
    for (let key of context.skipped) trailer.push(`  ${key.arn}  (${key.owner})`);
  }
  return trailer.length > 0 && (doc.comment = comment(trailer)), (0, import_yaml.visit)(doc, {
    Pair: (_, pair) => {
      (0, import_yaml.isScalar)(pair.key) && pair.key.value === "Version" && (0, import_yaml.isScalar)(pair.value) && (pair.value.type = "QUOTE_DOUBLE");
    }
  }), doc.toString({ lineWidth: 0, flowCollectionPadding: !1 });
}
function commentedIntent(intent, nameOf) {
  let doc = new import_yaml.Document({ policy: writeIntentInput(intent, nameOf) });
  return styleIntent(doc.get("policy", !0)), doc.toString({
    lineWidth: 0,
    flowCollectionPadding: !1
  }).trimEnd().split(`
`).map((line) => `  ${line}`);
}
function flowIfPresent(map, field) {
  let node = map.get(field, !0);
  ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && (node.flow = !0);
}
function styleIntent(policy) {
  if ((0, import_yaml.isMap)(policy)) {
    for (let field of ["admins", "users", "via_service", "encryption_context", "require_mfa_for"])
      flowIfPresent(policy, field);
    for (let field of ["cross_account", "services"]) {
      let list = policy.get(field, !0);
      if ((0, import_yaml.isSeq)(list)) for (let item of list.items) (0, import_yaml.isMap)(item) && (item.flow = !0);
    }
  }
}
function setComment(map, field, lines) {
  if (!(0, import_yaml.isMap)(map)) return;
  let pair = map.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === field);
  pair === void 0 || !(0, import_yaml.isScalar)(pair.key) || (pair.key.commentBefore = comment(lines));
}
function comment(lines) {
  return lines.map((line) => ` ${line.replace(/[\r\n]+/g, " ")}`).join(`
`);
}
function plural(count, noun) {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}

// core/import/build-import-manifest.ts
var LABEL2 = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;
function buildImportManifest(listing, options) {
  let owner = `${options.repository}/${options.manifestPath}`, accountName = options.accountName ?? `account-${listing.account}`;
  if (!LABEL2.test(accountName))
    throw new RangeError(
      `account name must be letters, digits, '_' or '-' (at most 64, starting with a letter or digit), got '${accountName}'`
    );
  let nameAccount = (account) => account === listing.account ? accountName : `account-${account}`, skipped = [], imported = [];
  for (let key of listing.keys) {
    let manifest2 = key.ownership?.manifest;
    manifest2 !== void 0 && manifest2 !== owner ? skipped.push({ arn: key.arn, owner: manifest2 }) : imported.push(key);
  }
  let names = deriveKeyNames(
    imported.map((key) => ({
      id: key.id,
      aliases: key.aliases.map((alias) => alias.name),
      ...key.ownership?.key === void 0 ? {} : { logicalName: key.ownership.key }
    }))
  ), drafts = imported.map((key) => draftKey(key, names.get(key.id) ?? key.id, listing, options)).sort((a, b) => a.name.localeCompare(b.name)), ownRoot = `arn:${listing.partition}:iam::${listing.account}:root`, arns = /* @__PURE__ */ new Set();
  for (let draft of drafts)
    for (let arn of principalsOfDraft(draft))
      arn !== ownRoot && isManifestPrincipal(arn) && arns.add(arn);
  let principalNames = derivePrincipalNames(arns, {
    account: listing.account,
    accountName: nameAccount
  }), nameOf = (arn) => principalNames.get(arn) ?? arn, accounts = { [accountName]: listing.account };
  for (let arn of [...arns].sort()) {
    let account = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
    account !== void 0 && (accounts[nameAccount(account)] = account);
  }
  let principals = Object.fromEntries(
    [...principalNames].map(([arn, name]) => [name, arn]).sort(([a], [b]) => a.localeCompare(b))
  ), keys = {};
  for (let draft of drafts) keys[draft.name] = keyInputOf(draft, nameOf);
  let manifest = {
    version: 1,
    defaults: { account: accountName, region: listing.region },
    accounts,
    ...Object.keys(principals).length === 0 ? {} : { principals },
    keys
  };
  if (drafts.length === 0)
    throw new RangeError(
      `account ${listing.account} has no customer managed keys to import in ${listing.region}`
    );
  let file = options.manifestPath, plain = renderImportYaml(
    manifest,
    drafts,
    listing,
    { accountName, skipped, nameOf },
    /* @__PURE__ */ new Map()
  ), checked = readManifest(file, plain, options);
  if (!checked.ok) {
    let first = checked.problems[0];
    throw new Error(
      `the imported manifest is not valid (${plural2(checked.problems.length, "problem")}), first: ${first === void 0 ? "" : `${first.path}: ${first.message}`}`
    );
  }
  let findings = /* @__PURE__ */ new Map();
  for (let finding of runLint(checked.desired)) {
    if (finding.key === void 0 || finding.rule === "shared-key") continue;
    let list = findings.get(finding.key) ?? [], line = `lint ${finding.rule} (${finding.severity}): ${finding.message}`;
    list.includes(line) || list.push(line), findings.set(finding.key, list);
  }
  let yaml = renderImportYaml(
    manifest,
    drafts,
    listing,
    { accountName, skipped, nameOf },
    findings
  );
  return {
    manifest,
    yaml,
    keys: drafts.map((draft) => ({
      name: draft.name,
      arn: draft.key.arn,
      policy: draft.policy.form,
      notes: [...draft.notes, ...findings.get(draft.name) ?? []],
      planNotes: draft.planNotes
    })),
    skipped
  };
}
function draftKey(key, name, listing, options) {
  let notes = [], planNotes = [], draft = {
    name,
    key,
    policy: { form: "unmanaged" },
    services: [],
    notes,
    planNotes
  };
  key.state === "PendingDeletion" ? notes.push(
    `pending deletion${key.deletionDate === void 0 ? "" : `: KMS deletes it on ${key.deletionDate.slice(0, 10)}`}. Keep \`state: pending_deletion\` to let it go (then remove this entry), or set \`state: enabled\` to cancel the deletion.`
  ) : key.state === "Disabled" ? notes.push(
    "disabled: every use of it fails. Decide: keep it disabled, enable it, or schedule its deletion (`state: pending_deletion`)."
  ) : key.state !== "Enabled" && notes.push(
    `key state ${key.state}: \`state:\` left out; check the key before the first apply.`
  ), key.origin !== "AWS_KMS" && notes.push(`key material origin ${key.origin}: kms-action cannot create such a key again.`), key.multiRegionConfiguration?.type === "REPLICA" && notes.push(
    `replica of ${key.multiRegionConfiguration.primary.arn}: manage it through its primary key's \`replicas:\`, and remove this entry.`
  );
  let repeatedName = key.policyText === void 0 ? void 0 : findDuplicateJsonKeys(key.policyText)[0];
  if (key.policy === void 0)
    notes.push(
      key.policyText === void 0 ? "the key policy could not be read: `policy:` left out, so kms-action does not manage it." : "the key policy is not a JSON object with statements: `policy:` left out, so kms-action does not manage it."
    );
  else if (repeatedName !== void 0)
    notes.push(
      `the live key policy text has \`${repeatedName.name}\` twice in one object (line ${repeatedName.first.line}, column ${repeatedName.first.column} and line ${repeatedName.line}, column ${repeatedName.column}): JSON readers differ on which one counts (RFC 8259 section 4), so its meaning is uncertain: \`policy:\` left out, so kms-action does not manage it.`
    );
  else {
    let parsed = parseKeyPolicy(key.policy);
    if (!parsed.ok || parsed.problems.some((problem) => problem.severity === "error")) {
      let problem = parsed.problems.find((entry) => entry.severity === "error");
      notes.push(
        `the live key policy is not valid for kms-action (${problem === void 0 ? "unknown problem" : `${problem.path || "/"}: ${problem.message}`}): \`policy:\` left out, so kms-action does not manage it.`
      );
    } else {
      let placement = {
        account: key.account,
        region: key.region,
        partition: listing.partition,
        multiRegion: key.multiRegion,
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        origin: key.origin
      }, inferred = inferPolicyIntent(parsed.policy, placement);
      if (inferred.form === "intent" && inferred.equivalent) {
        draft.policy = { form: "intent", intent: inferred.intent };
        let extras = inferred.intent.extraStatements?.length ?? 0;
        extras > 0 && notes.push(
          `policy: ${plural2(extras, "statement")} ${extras === 1 ? "stays" : "stay"} as written under extra_statements (the whole generated policy means the same as the live one): ${(inferred.extraReasons ?? []).join("; ")}.`
        );
      } else inferred.form === "intent" && options.rewritePolicies === !0 ? (draft.policy = { form: "intent-rewritten", intent: inferred.intent }, planNotes.push(
        "policy: the intent form gives every principal the same access as the live policy, but not in the same words: the first apply rewrites the key policy (update-policy with no access change)."
      )) : inferred.form === "intent" ? (draft.policy = { form: "document", document: key.policy }, draft.commentedIntent = inferred.intent, notes.push(
        "policy kept as the live document. The intent form below gives every principal the same access (every KMS action checked); switching to it makes apply rewrite the policy text into its generated form:"
      ), draft.commentedIntentAt = notes.length) : (draft.policy = { form: "document", document: key.policy }, notes.push(`policy kept as a raw document: ${inferred.reasons.join("; ")}.`), inferred.closest !== void 0 && (draft.commentedIntent = inferred.closest, notes.push("The closest intent form (it does not mean the same as the live policy):"), draft.commentedIntentAt = notes.length));
      draft.services = inferred.form === "intent" ? [...inferred.intent.viaService] : viaServicesOf(key.policy), draft.services.length > 1 && notes.push(
        `this key serves ${String(draft.services.length)} services (${draft.services.join(", ")}): consider one key per service.`
      ), inferred.form === "intent" && inferred.intent.requireMfaFor.length === 0 && notes.push(
        "no MFA guard: remove `require_mfa_for: []` to deny ScheduleKeyDeletion and DisableKey without MFA (the default; OIDC sessions never carry MFA, so plan a break-glass path)."
      ), inferred.form === "intent" && inferred.intent.admins.length === 0 && inferred.intent.users.length === 0 && inferred.intent.crossAccount.length === 0 && (inferred.intent.userGroups ?? []).length === 0 && (inferred.intent.services ?? []).length === 0 && inferred.intent.organization === void 0 && (inferred.intent.extraStatements ?? []).length === 0 && notes.push(
        "the policy only names the account root: IAM policies decide who may use the key. Name its admins and users here so the key policy decides."
      );
    }
  }
  for (let grant of key.grants ?? []) {
    let why = grantProblem(grant);
    why !== void 0 && planNotes.push(
      `grant ${grant.name ?? grant.grantId} to ${grant.granteePrincipal} (${grant.operations.join(", ")}) ${why}: the plan lists it as an undeclared grant to revoke (destructive, held back without --allow-destructive).`
    );
  }
  for (let [tag, value] of Object.entries(key.tags))
    tag.startsWith("kms-action:") || tag.toLowerCase().startsWith("aws:") || isWritableTag(tag, value) || planNotes.push(
      `tag ${JSON.stringify(tag)} has characters the manifest does not accept: left out, so the plan removes it.`
    );
  for (let alias of key.aliases)
    isWritableAlias(alias.name) || notes.push(`alias ${alias.name} left out: not a valid alias name.`);
  return draft;
}
function principalsOfDraft(draft) {
  let arns = [], intent = draft.policy.form === "intent" || draft.policy.form === "intent-rewritten" ? draft.policy.intent : draft.commentedIntent;
  if (intent !== void 0 && arns.push(
    ...intent.admins,
    ...intent.users,
    ...(intent.userGroups ?? []).flatMap((group) => group.principals),
    ...intent.crossAccount.map((entry) => entry.principal)
  ), draft.policy.form === "document")
    for (let statement of draft.policy.document.Statement)
      for (let block of [statement.Principal, statement.NotPrincipal])
        block === void 0 || block === "*" || arns.push(...toList(block.AWS));
  for (let grant of draft.key.grants ?? [])
    grantProblem(grant) === void 0 && (arns.push(grant.granteePrincipal), grant.retiringPrincipal !== void 0 && arns.push(grant.retiringPrincipal));
  return arns;
}
function viaServicesOf(document) {
  let services = /* @__PURE__ */ new Set();
  for (let statement of document.Statement)
    if (statement.Effect === "Allow") {
      for (let [operator, entries] of Object.entries(statement.Condition ?? {}))
        if (!(!operator.toLowerCase().startsWith("string") || operator.toLowerCase().includes("not"))) {
          for (let [conditionKey, values] of Object.entries(entries))
            if (conditionKey.toLowerCase() === "kms:viaservice")
              for (let value of toList(values)) services.add(String(value).split(".")[0] ?? "");
        }
    }
  return [...services].filter((service) => service !== "").sort();
}
function plural2(count, noun) {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}

// cli/import-command.ts
var IMPORT_HELP = `Usage: kms-action import [--region <region>] [--account-name <name>] [options] > kms.yaml

Reads every customer managed key of one account and Region and writes a manifest that
adopts them: descriptions, rotation, state, tags, aliases, grants and key policies (in
intent form when it reproduces the live access, else as the raw document), principals and
accounts named, and comments where a human should decide. Read-only: nothing is changed.
'kms-action plan' on the result shows the adoption of each key (its ownership tags).

Options:
      --region <region>        Region to import (default: $AWS_REGION or $AWS_DEFAULT_REGION)
      --account <id>           account to import (default: the account of the credentials,
                               or of --role-to-assume when it names one)
      --account-name <name>    name of the account under accounts: (default: account-<id>)
      --include-aws-managed    also describe AWS managed keys (always listed in a comment, never imported)
      --rewrite-policies       write the intent form whenever it gives the same access, even when
                               apply would then rewrite the policy text (default: keep the live
                               document and show the intent form in a comment)
      --repository <o/r>       repository of the manifest (default: $GITHUB_REPOSITORY or "local"):
                               keys another manifest owns are left out
      --manifest-path <path>   path of the manifest in the repository (default: kms.yaml)
${AWS_OPTIONS_HELP}
  -h, --help                   show this help

Exit codes: 0 manifest written, 1 nothing to import, 2 usage, 4 AWS error.
`, ROLE_ACCOUNT = /^arn:aws[a-z-]*:iam::([0-9]{12}):role\//, ACCOUNT_ID = /^[0-9]{12}$/, ACCOUNT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;
async function importCommand(args, io) {
  let { values } = parseArgs4({
    args,
    options: {
      region: { type: "string" },
      account: { type: "string" },
      "account-name": { type: "string" },
      "include-aws-managed": { type: "boolean" },
      "rewrite-policies": { type: "boolean" },
      repository: { type: "string" },
      "manifest-path": { type: "string", default: "kms.yaml" },
      ...AWS_OPTIONS,
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(IMPORT_HELP), 0;
  let region = values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  if (region === void 0)
    throw new UsageError("--region is required when AWS_REGION is not set");
  if (!/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/.test(region))
    throw new UsageError(`--region must be an AWS Region code such as us-east-1, got '${region}'`);
  let accountName = values["account-name"];
  if (accountName !== void 0 && !ACCOUNT_NAME.test(accountName))
    throw new UsageError(
      `--account-name must be 1 to 64 letters, digits, '_' or '-', starting with a letter or digit, got '${accountName}'`
    );
  if (values.account !== void 0 && !ACCOUNT_ID.test(values.account))
    throw new UsageError(`--account must be a 12-digit account id, got '${values.account}'`);
  let manifestPath = values["manifest-path"], repository = repositoryOf(values.repository, io.env), role = values["role-to-assume"], credentialsFor = role === void 0 ? () => {
  } : assumeRolePerAccount({
    roleTemplate: role,
    sessionName: "kms-action-import",
    region
  }), roleAccount = role === void 0 ? void 0 : ROLE_ACCOUNT.exec(role)?.[1];
  if (roleAccount !== void 0 && values.account !== void 0 && roleAccount !== values.account)
    throw new UsageError(
      `--role-to-assume is a role in account ${roleAccount}, but --account is ${values.account}: use '{account}' in the role ARN`
    );
  let account = values.account ?? roleAccount ?? await callerAccountOf(region);
  await checkCallerIdentity(account, region, credentialsFor(account));
  let stats = createApiCallStats(), clients = createAwsClients({ credentialsFor, stats });
  try {
    let progress = reportProgress(io, void 0), listing = await listAccountKeys({
      clients,
      account,
      region,
      includeAwsManaged: values["include-aws-managed"] === !0,
      onProgress: progress.onProgress
    }).finally(progress.end), owner = `${repository}/${manifestPath}`;
    if (listing.keys.filter(
      (key) => key.ownership === void 0 || key.ownership.manifest === owner
    ).length === 0)
      return io.stderr(
        `kms-action: nothing to import: account ${account} has no customer managed keys in ${region}` + (listing.keys.length > 0 ? ` that no other manifest manages (${String(listing.keys.length)} managed elsewhere)` : "") + (listing.awsManaged.length > 0 ? `; ${String(listing.awsManaged.length)} AWS managed keys are never imported` : "") + `.
`
      ), values.stats === !0 && io.stderr(renderStats(stats)), 1;
    let result = buildImportManifest(listing, {
      repository,
      manifestPath,
      ...accountName === void 0 ? {} : { accountName },
      ...values["rewrite-policies"] === !0 ? { rewritePolicies: !0 } : {}
    });
    io.stdout(result.yaml);
    let forms = (form) => result.keys.filter((key) => key.policy === form).length;
    return io.stderr(
      `Imported ${countNoun(result.keys.length, "key")} from account ${account}, ${region}: policies ${String(forms("intent") + forms("intent-rewritten"))} in intent form, ${String(forms("document"))} raw, ${String(forms("unmanaged"))} not managed; ${String(listing.awsManaged.length)} AWS managed and ${countNoun(result.skipped.length, "key")} of other manifests listed in comments.
`
    ), values.stats === !0 && io.stderr(renderStats(stats)), 0;
  } finally {
    clients.destroy();
  }
}

// cli/plan-command.ts
import { parseArgs as parseArgs5 } from "node:util";

// core/render/render-findings-text.ts
var COLORS = {
  error: "\x1B[31m",
  warning: "\x1B[33m",
  notice: "\x1B[36m"
}, BOLD = "\x1B[1m", DIM = "\x1B[2m", RESET = "\x1B[0m";
function renderFindingsText(findings, options = {}) {
  let paint = (code, text) => options.color === !0 ? `${code}${text}${RESET}` : text;
  if (findings.length === 0) return `No lint findings.
`;
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let group = finding.key === void 0 ? "" : finding.key;
    groups.set(group, [...groups.get(group) ?? [], finding]);
  }
  return `${[...groups.entries()].map(([key, group]) => {
    let heading = key === "" ? group[0]?.file ?? "" : `key ${key}`, lines = group.map((finding) => {
      let where = `${finding.file}:${finding.line}:${finding.column}`, severity = paint(COLORS[finding.severity], finding.severity.padEnd(7));
      return `  ${where}  ${severity}  ${sanitize3(finding.message)}  ${paint(DIM, finding.rule)}
      ${paint(DIM, `help: ${sanitize3(finding.help)}`)}`;
    });
    return `${paint(BOLD, heading)}
${lines.join(`
`)}`;
  }).join(`

`)}

${summarizeFindings(findings)}
`;
}
function summarizeFindings(findings) {
  let count = (severity) => findings.filter((finding) => finding.severity === severity).length, parts = ["error", "warning", "notice"].map((severity) => [severity, count(severity)]).filter(([, n]) => n > 0).map(([severity, n]) => `${n} ${severity}${n === 1 ? "" : "s"}`), total = findings.length;
  return `${total} finding${total === 1 ? "" : "s"}: ${parts.join(", ")}.`;
}
function sanitize3(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

// cli/plan-command.ts
var PLAN_HELP = `Usage: kms-action plan [-f kms.yaml] [--format text|markdown|json] [--detailed-exitcode]
                       [--out plan.json] [--target <key name>]...

Reads the live keys the manifest owns and shows the changes that apply would make, in
order, with their risk, the key policy diff and who gains or loses access. Read-only.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --format <format>      text (default), markdown or json
      --detailed-exitcode    exit 3 when the plan has changes
      --out <file>           save the plan (manifest digest, live-state digest, changes) for
                             apply --plan <file>; not saved when the plan has problems
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${TARGET_HELP}
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 no changes (or changes without --detailed-exitcode), 1 the plan has problems
that block apply, 2 invalid manifest or usage, 3 changes (--detailed-exitcode), 4 AWS error.
`;
async function planCommand(args, io) {
  let { values } = parseArgs5({
    args,
    options: {
      ...PLAN_OPTIONS,
      ...TARGET_OPTION,
      format: { type: "string", default: "text" },
      "detailed-exitcode": { type: "boolean" },
      out: { type: "string" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(PLAN_HELP), 0;
  let format = parseFormat(values.format, ["text", "markdown", "json"]), prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values["role-to-assume"],
      targets: values.target ?? [],
      progress: format !== "json"
    },
    io
  );
  try {
    let { plan } = prepared, findings = runLint(prepared.desired);
    return format === "json" ? io.stdout(`${JSON.stringify(renderPlanJson(plan, renderFindingsJson(findings)), null, 2)}
`) : format === "markdown" ? io.stdout(renderPlanMarkdown(plan, { now: /* @__PURE__ */ new Date() })) : (io.stdout(renderPlanText(plan, { now: /* @__PURE__ */ new Date() })), findings.length > 0 && io.stdout(`
${renderFindingsText(findings)}`)), values.stats === !0 && io.stderr(renderStats(prepared.stats)), values.out !== void 0 && (plan.problems.length > 0 ? io.stderr(`Plan not saved to ${values.out}: it has problems that block apply.
`) : (await writeSavedPlan(values.out, io.cwd, prepared), io.stderr(
      `Saved the plan to ${values.out}: apply exactly it with kms-action apply --plan ${values.out}
`
    ))), plan.problems.length > 0 ? 1 : values["detailed-exitcode"] === !0 && plan.changes.length > 0 ? 3 : 0;
  } finally {
    prepared.clients.destroy();
  }
}

// cli/lint-policy-command.ts
import { basename as basename2, dirname as dirname2, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
import { parseArgs as parseArgs6 } from "node:util";

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
var ALL_RULE_METADATA = [...LINT_RULES, lintConfigChange];
function findingsSarifText(findings) {
  let log = renderFindingsSarif(findings, { rules: ALL_RULE_METADATA, version: cliVersion() });
  return `${JSON.stringify(log, null, 2)}
`;
}
function useColor(io) {
  return io.isTty && (io.env.NO_COLOR ?? "") === "";
}
async function lintPolicyCommand(args, io) {
  let { values, positionals } = parseArgs6({
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
    findings.length === 0 ? `${file}: no lint findings
` : renderFindingsText(findings, { color: useColor(io) })
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
  let absolute = resolve3(cwd, file), path = relative2(cwd, absolute).split(sep2).join("/"), inside = path !== "" && !path.startsWith("../") && !isAbsolute2(path), [root, name] = inside ? [cwd, path] : [dirname2(absolute), basename2(absolute)], read;
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

// cli/list-manifests-command.ts
import { parseArgs as parseArgs7 } from "node:util";
import { resolve as resolve4 } from "node:path";

// core/manifest/find-shared-accounts.ts
function findSharedAccounts(manifests) {
  let count = /* @__PURE__ */ new Map();
  for (let manifest of manifests)
    for (let account of manifest.accounts) count.set(account, (count.get(account) ?? 0) + 1);
  return [...count].filter(([, manifestsWithIt]) => manifestsWithIt > 1).map(([account]) => account).sort();
}

// core/manifest/list-manifest-placement.ts
function listManifestPlacement(desired) {
  let accounts = /* @__PURE__ */ new Set(), regions = /* @__PURE__ */ new Set();
  for (let key of desired.keys) {
    accounts.add(key.account), regions.add(key.region);
    for (let replica of key.replicaRegions) regions.add(replica);
  }
  return {
    accounts: [...accounts].sort(),
    regions: [...regions].sort(),
    keys: desired.keys.length
  };
}

// core/render/render-manifest-list-json.ts
function renderManifestListJson(manifests) {
  let sorted = [...manifests].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), accountSet = (manifest) => manifest.accounts.length === 0 ? "no-account" : manifest.accounts.join("-"), users = /* @__PURE__ */ new Map();
  for (let manifest of sorted)
    users.set(accountSet(manifest), (users.get(accountSet(manifest)) ?? 0) + 1);
  return {
    format_version: 1,
    manifests: sorted.map((manifest) => {
      let set = accountSet(manifest), { path, accounts, regions, keys, valid } = manifest;
      return {
        path,
        accounts,
        regions,
        keys,
        valid,
        concurrency_group: users.get(set) === 1 ? set : `${set}-${path}`
      };
    })
  };
}

// adapters/fs/find-files-named.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var SKIPPED_DIRECTORY = (name) => name.startsWith(".") || name === "node_modules";
async function findFilesNamed(root, name, limits) {
  let paths = [], visited = 0, pending = [{ relative: "", depth: 0 }];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    let entries;
    try {
      entries = await readdir(join(root, next.relative), { withFileTypes: !0 });
    } catch (error) {
      if (isErrno(error, "ENOENT") || isErrno(error, "EACCES")) continue;
      throw error;
    }
    if (visited += entries.length, visited > limits.maxEntries)
      return { kind: "too-many-entries", visited, limit: limits.maxEntries };
    for (let entry of entries) {
      let relative3 = next.relative === "" ? entry.name : `${next.relative}/${entry.name}`;
      entry.isSymbolicLink() || (entry.isFile() && entry.name === name ? paths.push(relative3) : entry.isDirectory() && !SKIPPED_DIRECTORY(entry.name) && next.depth < limits.maxDepth && pending.push({ relative: relative3, depth: next.depth + 1 }));
    }
  }
  return { kind: "found", paths: paths.sort() };
}
function isErrno(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}

// cli/find-repository-manifests.ts
var MAX_MATRIX_JOBS = 256, MANIFEST_SEARCH_LIMITS = { maxDepth: 16, maxEntries: 2e5 };
async function findRepositoryManifests(root) {
  let problems = [], found = await findFilesNamed(root, DEFAULT_MANIFEST_PATH, MANIFEST_SEARCH_LIMITS);
  found.kind === "too-many-entries" && problems.push(
    `the search for ${DEFAULT_MANIFEST_PATH} files stopped after ${found.limit} directory entries (${found.visited} seen): list the manifests in ${APP_CONFIG_PATH} (manifests: [...]) and run from a smaller checkout`
  );
  let paths = new Set(found.kind === "found" ? found.paths : []), config = await readRegularFile(root, APP_CONFIG_PATH, MAX_CONFIG_BYTES);
  switch (config.kind) {
    case "missing":
      break;
    case "symlink":
      problems.push(
        `${APP_CONFIG_PATH} must be a regular file, but ${config.path} is a symbolic link`
      );
      break;
    case "not-a-file":
      problems.push(`${APP_CONFIG_PATH} must be a regular file, got a ${config.type}`);
      break;
    case "too-large":
      problems.push(
        `${APP_CONFIG_PATH} is ${config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`
      );
      break;
    case "file": {
      let parsed = parseAppConfig(new TextDecoder().decode(config.content), {
        maxManifests: MAX_MATRIX_JOBS
      });
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        break;
      }
      for (let path of parsed.manifests)
        paths.add(
          path.split("/").filter((part) => part !== "" && part !== ".").join("/")
        );
    }
  }
  return { paths: [...paths].sort(), problems };
}

// cli/list-manifests-command.ts
var LIST_MANIFESTS_HELP = `Usage: kms-action list-manifests [--json] [--root <dir>]

Lists the manifests of a repository checkout with the accounts and Regions of their keys,
for a GitHub Actions matrix (one job per manifest, one concurrency group per account set).
Manifests: every file named kms.yaml (symbolic links never followed; hidden directories
and node_modules skipped) plus the paths .github/kms-action.yml lists. No AWS calls.

Options:
      --json           one line of JSON for $GITHUB_OUTPUT and fromJSON (docs/json-output.md)
      --root <dir>     the repository root (default: the working directory)
  -h, --help           show this help

Exit codes: 0 listed (a manifest that does not compile is listed with "valid": false),
2 the list cannot be trusted (a listed manifest missing or behind a symbolic link, an
invalid .github/kms-action.yml, a checkout too large to search) or usage.
`;
async function listManifestsCommand(args, io) {
  let { values } = parseArgs7({
    args,
    options: {
      json: { type: "boolean" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(LIST_MANIFESTS_HELP), 0;
  let root = resolve4(io.cwd, values.root ?? "."), found = await findRepositoryManifests(root), problems = [...found.problems], manifests = [];
  for (let path of found.paths) {
    let read = await readRegularFile(root, path, 1048576);
    if (read.kind === "missing") problems.push(`manifest ${path} does not exist`);
    else if (read.kind === "symlink")
      problems.push(
        `manifest ${path} is reached through the symbolic link ${read.path}: list the file itself`
      );
    else if (read.kind === "not-a-file")
      problems.push(`manifest ${path} is a ${read.type}, not a file`);
    else if (read.kind === "too-large") manifests.push(invalid(path));
    else {
      let result = readManifest(path, read.content, { repository: "local", manifestPath: path });
      manifests.push(
        result.ok ? { path, valid: !0, ...listManifestPlacement(result.desired) } : invalid(path)
      );
    }
  }
  if (problems.length > 0)
    throw new UsageError(
      `cannot list the manifests of ${revealInvisible(root)}:
${problems.map((problem) => `  - ${revealInvisible(problem)}`).join(`
`)}`
    );
  let json = renderManifestListJson(manifests);
  values.json === !0 ? io.stdout(`${JSON.stringify(json)}
`) : io.stdout(renderText(json));
  for (let manifest of json.manifests.filter((entry) => !entry.valid))
    io.stderr(
      `${revealInvisible(`kms-action: ${manifest.path} does not compile: its job will report the errors (kms-action validate -f ${manifest.path})`)}
`
    );
  let shared = findSharedAccounts(manifests);
  return shared.length > 0 && io.stderr(
    `kms-action: account${shared.length === 1 ? "" : "s"} ${shared.join(", ")} ${shared.length === 1 ? "has" : "have"} keys in more than one manifest: their jobs are in separate concurrency groups and can call the account at the same time, sharing its API quotas; one manifest per account keeps jobs apart
`
  ), json.manifests.length > MAX_MATRIX_JOBS && io.stderr(
    `kms-action: ${json.manifests.length} manifests, but a matrix makes at most ${MAX_MATRIX_JOBS} jobs: split them over several matrix jobs
`
  ), 0;
}
function invalid(path) {
  return { path, valid: !1, accounts: [], regions: [], keys: 0 };
}
function renderText(json) {
  return json.manifests.length === 0 ? `No manifests found.
` : `${json.manifests.map(
    (manifest) => revealInvisible(
      manifest.valid ? `${manifest.path}  accounts: ${manifest.accounts.join(", ") || "-"}  regions: ${manifest.regions.join(", ") || "-"}  (${manifest.keys} key${manifest.keys === 1 ? "" : "s"})` : `${manifest.path}  (does not compile)`
    )
  ).join(`
`)}
`;
}

// cli/validate-command.ts
import { parseArgs as parseArgs8 } from "node:util";
var VALIDATE_HELP = `Usage: kms-action validate [-f kms.yaml] [--format text|json|sarif] [--fail-on error] [--base base.yaml]

Checks the manifest against the schema (schemas/kms.schema.json) and resolves it:
defaults, account and principal names, aliases, adoptions, generated key policies.
Then lints it against KMS best practice (docs/rules.md). Makes no AWS call.

Options:
  -f, --file <path>        manifest to read (default: kms.yaml)
      --format <format>    text (default), json or sarif (lint findings for code scanning)
      --fail-on <level>    exit 1 when a finding is at least: error (default), warning,
                           notice, or never
      --base <path>        the base branch's manifest: lint severities and suppressions
                           come from it, each key is linted at least as its base
                           environment, and relaxing them or relabelling a key shows as a
                           lint-config-change finding
      --repository <o/r>   repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
  -h, --help               show this help

Exit codes: 0 valid (no finding at the failing level), 1 findings at the failing level,
2 invalid manifest or usage.
`;
async function validateCommand(args, io) {
  let { values } = parseArgs8({
    args,
    options: {
      file: { type: "string", short: "f", default: "kms.yaml" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: "error" },
      base: { type: "string" },
      repository: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(VALIDATE_HELP), 0;
  let format = parseFormat(values.format, ["text", "json", "sarif"]), failOn = parseFailOn(values["fail-on"]), repository = repositoryOf(values.repository, io.env), manifestFile = await readManifestFile(values.file, io.cwd, io.env, "-f"), result = readManifest(manifestFile.file, manifestFile.content, {
    repository,
    manifestPath: manifestFile.manifestPath
  }), problems = result.ok ? [] : result.problems, findings = lintReadManifest(
    result,
    values.base === void 0 ? void 0 : { desired: await readBase(values.base, repository, io) }
  );
  if (format === "json")
    io.stdout(`${JSON.stringify(renderValidateJson(result, findings), null, 2)}
`);
  else if (!result.ok)
    io.stderr(renderProblemsText(problems, manifestFile.text)), findings.length > 0 && format === "text" && io.stdout(
      `${manifestFile.file}: invalid; lint of the rest: ${findings.length} finding${findings.length === 1 ? "" : "s"}

${renderFindingsText(findings, { color: useColor(io) })}`
    );
  else if (format === "sarif")
    io.stdout(findingsSarifText(findings));
  else {
    let count = result.desired.keys.length, lint = findings.length === 0 ? "no lint findings" : `${findings.length} lint finding${findings.length === 1 ? "" : "s"}`;
    io.stdout(`${manifestFile.file}: valid (${count} key${count === 1 ? "" : "s"}), ${lint}
`), findings.length > 0 && io.stdout(`
${renderFindingsText(findings, { color: useColor(io) })}`);
  }
  return result.ok ? reachesFailOn(findings, failOn) ? 1 : 0 : 2;
}
async function readBase(file, repository, io) {
  let baseFile = await readManifestFile(file, io.cwd, io.env, "--base"), base = readManifest(baseFile.file, baseFile.content, {
    repository,
    manifestPath: baseFile.manifestPath
  });
  if (base.ok) return base.desired;
  io.stderr(
    `kms-action: the base manifest ${file} is invalid (${base.problems.length} problem${base.problems.length === 1 ? "" : "s"}); lint severities and suppressions fall back to the built-in defaults
`
  );
}

// cli/run-cli.ts
var COMMANDS = {
  validate: {
    run: validateCommand,
    summary: "check the manifest (schema, names, aliases, policies); no AWS calls"
  },
  plan: {
    run: planCommand,
    summary: "show the changes apply would make to the live keys (read-only)"
  },
  apply: { run: applyCommand, summary: "plan afresh and apply the changes in safe order" },
  drift: {
    run: driftCommand,
    summary: "report drift between the live keys and the manifest; optionally undo out-of-band deletions"
  },
  access: {
    run: accessCommand,
    summary: "show who can do what with each key, from its key policy; no AWS calls"
  },
  "lint-policy": {
    run: lintPolicyCommand,
    summary: "lint a key policy JSON document kept outside a manifest; no AWS calls"
  },
  "list-manifests": {
    run: listManifestsCommand,
    summary: "list the manifests of a repository with their accounts, for a CI matrix; no AWS calls"
  },
  import: {
    run: importCommand,
    summary: "write a manifest that adopts the existing keys of an account and Region (read-only)"
  }
};
function mainHelp() {
  let width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return `Usage: kms-action <command> [options]

GitOps for AWS KMS customer managed keys.

Commands:
${Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`
  ).join(`
`)}

Run 'kms-action <command> --help' for the options of a command.
AWS endpoint, Region and credentials come from the AWS SDK's standard chain
(AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL, ...).
`;
}
async function runCli(argv, io) {
  let [name, ...args] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help")
    return io.stdout(mainHelp()), name === void 0 ? 2 : 0;
  if (name === "--version" || name === "-v")
    return io.stdout(`${cliVersion()}
`), 0;
  let command = COMMANDS[name];
  if (command === void 0)
    return io.stderr(`kms-action: unknown command '${name}'

${mainHelp()}`), 2;
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, io);
  }
}
function reportError(error, io) {
  return error instanceof ManifestError ? (io.stderr(renderProblemsText(error.problems)), 2) : error instanceof UsageError || isParseArgsError(error) ? (io.stderr(`kms-action: ${errorMessage(error)}
Run 'kms-action --help' for usage.
`), 2) : error instanceof PlanError ? (io.stderr(`kms-action: ${error.message}
`), 2) : error instanceof AwsAccessError ? (io.stderr(`kms-action: AWS error: ${error.message}
`), 4) : (io.stderr(
    `kms-action: internal error: ${errorMessage(error)}
${error instanceof Error ? error.stack ?? "" : ""}
Please report this at the project's issue tracker.
`
  ), 4);
}
function isParseArgsError(error) {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

// cli/index.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stdout.isTTY && process.stdin.isTTY,
  stderrIsTty: process.stderr.isTTY,
  prompt: async (question) => {
    let terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await terminal.question(question);
    } finally {
      terminal.close();
    }
  }
});
