import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  readRegularFile,
  renderFindingsJson
} from "./chunk-JK6K5Z5W.js";
import {
  LINT_RULES,
  buildSatisfyingRequest,
  capSeverity,
  compareLintConfig,
  escapeMarkdown,
  invalidPolicy,
  manifestTooLargeProblem,
  requestedKeyOf,
  require_dist,
  require_mod,
  resolveSeverity,
  revealInvisible,
  runLint,
  runPolicyRules,
  tableCode
} from "./chunk-DFQM77SO.js";
import {
  accessMatrixActionsFor,
  buildAccessMatrix,
  evaluateKeyPolicy,
  partitionOf,
  prepareKeyPolicy,
  toList
} from "./chunk-6AMXRTES.js";
import {
  ManifestError,
  UsageError,
  errorMessage
} from "./chunk-OXRK6FS4.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// core/manifest/select-named-keys.ts
function selectNamedKeys(desired, names) {
  let unknown = names.filter((name) => !desired.keys.some((key) => key.name === name));
  if (unknown.length > 0)
    throw new UsageError(
      `no key named ${unknown.map((name) => `'${name}'`).join(", ")} in ${desired.file}`
    );
  return desired.keys.filter((key) => names.length === 0 || names.includes(key.name));
}

// core/policy/build-keys-access.ts
function buildKeysAccess(keys) {
  return keys.flatMap(
    (key) => key.policy === void 0 ? [] : [
      {
        key: key.name,
        account: key.account,
        region: key.region,
        aliases: key.aliases,
        entries: buildAccessMatrix(key.policy.document, {
          account: key.account,
          actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
          partition: partitionOf(key),
          key: requestedKeyOf(key)
        })
      }
    ]
  );
}

// core/policy/explain-access.ts
function explainAccess(policy, principal, action, options) {
  let partition = options.partition ?? "aws", row = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal, entry = buildAccessMatrix(policy, {
    ...options,
    actions: [action],
    principals: [row]
  }).find((candidate) => candidate.principal === row) ?? {
    principal: row,
    action,
    allowed: "no",
    requires: [],
    delegated_to_iam: !1
  }, prepared = prepareKeyPolicy(policy), base = {
    principal: row,
    action,
    key: options.key ?? { partition, account: options.account }
  }, withMfa = { ...base, mfaPresent: !0 }, requests = [
    base,
    withMfa,
    ...policy.Statement.filter((statement) => statement.Effect === "Allow").map(
      (statement) => buildSatisfyingRequest(statement, withMfa, { kind: "insider" })
    )
  ], roles = /* @__PURE__ */ new Map(), RANK = { undecided: 0, delegates: 1, allows: 2, denies: 3 }, note = (label, role, because = []) => {
    let known = roles.get(label);
    (known === void 0 || RANK[known.role] < RANK[role]) && roles.set(label, { role, because });
  };
  for (let request of requests) {
    let decision = evaluateKeyPolicy(prepared, request, "exact"), role = decision.verdict === "explicit_deny" ? "denies" : "allows";
    for (let label of decision.statements) note(label, role);
    for (let label of decision.delegatedBy) note(label, "delegates");
    for (let undecided of decision.undecided)
      note(undecided.statement, "undecided", undecided.because);
  }
  let statements = policy.Statement.flatMap((statement, index) => {
    let sid = statement.Sid ?? `#${index}`, found = roles.get(sid);
    if (found === void 0) return [];
    let conditions = Object.entries(statement.Condition ?? {}).flatMap(
      ([operator, entries]) => Object.entries(entries).map(
        ([key, values]) => `${operator} ${key} = ${toList(values).map(String).join(" | ")}`
      )
    );
    return [{ index, sid, role: found.role, conditions, because: found.because }];
  });
  return { entry, statements };
}

// core/policy/explain-keys-access.ts
function explainKeysAccess(desired, keys, principal, action) {
  if (!/^(kms:)?[A-Za-z]{1,64}$/.test(action))
    throw new UsageError(
      `the action must be a KMS action such as Decrypt or kms:Decrypt, got '${action}'`
    );
  let kmsAction = action.startsWith("kms:") ? action : `kms:${action}`;
  return keys.flatMap((key) => {
    let policy = key.policy;
    return policy === void 0 ? [] : [
      {
        key: key.name,
        account: key.account,
        region: key.region,
        ...explainAccess(policy.document, principal, kmsAction, {
          account: key.account,
          partition: partitionOf(key),
          key: requestedKeyOf(key)
        }),
        locate: (index) => ({
          file: desired.file,
          line: desired.locate(
            policy.kind === "intent" ? ["keys", key.name, "policy"] : ["keys", key.name, "policy", "document", "Statement", index]
          ).line
        })
      }
    ];
  });
}

// core/render/render-access.ts
function buildAccessJson(keys) {
  return {
    format_version: 1,
    keys: keys.map((key) => ({
      key: key.key,
      account: key.account,
      region: key.region,
      entries: key.entries.map((entry) => ({
        principal: entry.principal,
        action: entry.action,
        allowed: entry.allowed,
        requires: entry.requires,
        delegated_to_iam: entry.delegated_to_iam
      }))
    }))
  };
}
function renderAccessJson(keys) {
  return `${JSON.stringify(buildAccessJson(keys), null, 2)}
`;
}
function renderAccessText(keys) {
  return keys.map((key) => {
    let { actions, rows } = table(key), headers = ["principal", ...actions.map((action) => action.replace(/^kms:/, ""))], lines = rows.map(([principal, cells]) => [revealInvisible(principal), ...cells]), widths = headers.map(
      (header2, column) => Math.max(header2.length, ...lines.map((line) => (line[column] ?? "").length))
    ), format = (line) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd(), header = format(headers);
    return `${revealInvisible(`${key.key} (${key.account} ${key.region})`)}
${header}
${lines.map(format).join(`
`)}
`;
  }).join(`
`).concat(LEGEND);
}
function renderAccessMarkdown(keys) {
  return keys.map((key) => {
    let { actions, rows } = table(key), header = `| Principal | ${actions.map((action) => tableCode(action)).join(" | ")} |`, rule = `| --- | ${actions.map(() => "---").join(" | ")} |`, lines = rows.map(
      ([principal, cells]) => `| ${tableCode(principal)} | ${cells.map(escapeMarkdown).join(" | ")} |`
    );
    return `#### ${escapeMarkdown(key.key)} (${escapeMarkdown(key.account)}, ${escapeMarkdown(key.region)})

${header}
${rule}
${lines.join(`
`)}
`;
  }).join(`
`).concat(`
${LEGEND}`);
}
var LEGEND = `yes = allowed by the key policy; no = denied; if:<requirements> = allowed only with mfa, encryption_context, via_service, grant_for_aws_resource or iam_policy_in_account; iam_policy_in_account = a principal of another account: an IAM policy in its own account must allow it too; iam = left to the IAM policies of that account. A statement counts only where its Resource names this key.
`;
function table(key) {
  let actions = [...new Set(key.entries.map((entry) => entry.action))], principals = [...new Set(key.entries.map((entry) => entry.principal))], cell = new Map(
    key.entries.map((entry) => [`${entry.principal}\0${entry.action}`, entry])
  ), rows = principals.map((principal) => [
    principal,
    actions.map((action) => {
      let entry = cell.get(`${principal}\0${action}`);
      if (entry === void 0) return "-";
      let verdict = entry.allowed === "conditional" ? `if:${entry.requires.join("+")}` : entry.allowed;
      return entry.delegated_to_iam && entry.allowed !== "yes" ? `${verdict}/iam` : verdict;
    })
  ]);
  return { actions, rows };
}

// core/render/render-access-explanation.ts
function describeEntry({ entry }) {
  let requires = entry.requires.length > 0 ? ` (requires ${entry.requires.join(", ")})` : "", iam = entry.delegated_to_iam ? entry.allowed === "no" ? ", left to IAM policies of the account" : ", or as IAM policies of the account allow" : "";
  return `${entry.allowed}${requires}${iam}`;
}
function renderAccessExplanationText(explanations) {
  return explanations.map((explanation) => {
    let { entry } = explanation, head = `${explanation.key} (${explanation.account} ${explanation.region}) ${entry.principal} ${entry.action}: ${describeEntry(explanation)}`, lines = explanation.statements.map((statement) => {
      let { file, line } = explanation.locate(statement.index), detail = [
        ...statement.conditions,
        ...statement.because.length > 0 ? [`cannot be decided: ${statement.because.join(", ")}`] : []
      ].join("; ");
      return `  ${statement.role.padEnd(9)} ${statement.sid} (${file}:${line})${detail === "" ? "" : `  ${detail}`}`;
    });
    return lines.length === 0 && lines.push("  no statement applies: implicitly denied"), `${head}
${lines.join(`
`)}
`;
  }).join(`
`);
}
function buildAccessExplanationJson(explanations) {
  return {
    format_version: 1,
    explanations: explanations.map((explanation) => ({
      key: explanation.key,
      account: explanation.account,
      region: explanation.region,
      principal: explanation.entry.principal,
      action: explanation.entry.action,
      allowed: explanation.entry.allowed,
      requires: explanation.entry.requires,
      delegated_to_iam: explanation.entry.delegated_to_iam,
      statements: explanation.statements.map((statement) => ({
        sid: statement.sid,
        role: statement.role,
        ...explanation.locate(statement.index),
        conditions: statement.conditions,
        because: statement.because
      }))
    }))
  };
}
function renderAccessExplanationJson(explanations) {
  return `${JSON.stringify(buildAccessExplanationJson(explanations), null, 2)}
`;
}

// core/plan/select-target-keys.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var MAX_HINT_LENGTH = 256;
function selectTargetKeys(desired, targets) {
  if (targets.length === 0) return desired;
  let names = desired.keys.map((key) => key.name), known = new Set(names), unknown = [...new Set(targets)].filter((target) => !known.has(target));
  if (unknown.length > 0) {
    let details = unknown.map((target) => `'${target}'${nearMiss(target, names)}`);
    throw new UsageError(
      `--target must name a key under \`keys:\` of ${desired.file}, got ${details.join(", ")}; the keys are: ${names.length === 0 ? "(none)" : names.join(", ")}`
    );
  }
  let selected = new Set(targets);
  return {
    ...desired,
    keys: desired.keys.filter((key) => selected.has(key.name)),
    targets: [...selected].sort(),
    untargetedKeys: desired.keys.filter((key) => !selected.has(key.name)).map(({ name, account, region, aliases }) => ({ name, account, region, aliases }))
  };
}
function nearMiss(target, names) {
  if (names.length === 0 || target.length > MAX_HINT_LENGTH) return "";
  let candidate = (0, import_fastest_levenshtein.closest)(target, [...names]);
  return (0, import_fastest_levenshtein.distance)(target.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(candidate.length / 3)) ? ` (did you mean '${candidate}'?)` : "";
}

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
  let locate = createJsonLocator(text);
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
  ).flatMap(({ rule, issue }) => finding(rule, issue.position ?? locate(issue.path), issue)).sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
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

// core/lint/lint-read-manifest.ts
function lintReadManifest(result, base) {
  if (!result.ok) return result.lintable === void 0 ? [] : runLint(result.lintable);
  if (base === void 0) return runLint(result.desired);
  let comparison = compareLintConfig(base.desired, result.desired);
  return [...comparison.findings, ...runLint(result.desired, { config: comparison.config })].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}

// core/render/render-validate-json.ts
function renderValidateJson(result, findings) {
  return {
    format_version: 1,
    valid: result.ok,
    errors: result.ok ? [] : [...result.problems],
    findings: renderFindingsJson(findings)
  };
}

// cli/common-options.ts
function parseFormat(value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`--format must be one of ${allowed.join(", ")}, got '${value}'`);
}
function repositoryOf(option, env, optionName = "--repository") {
  let repository = option ?? env.GITHUB_REPOSITORY ?? "local";
  if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)?$/.test(repository))
    throw new UsageError(`${optionName} must look like 'owner/name', got '${repository}'`);
  return repository;
}

// adapters/fs/read-manifest-file.ts
import { basename, dirname as dirname2, isAbsolute as isAbsolute2, relative as relative2, resolve, sep as sep2 } from "node:path";

// adapters/fs/find-repository-root.ts
import { lstat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
var MAX_GIT_FILE_BYTES = 4096;
async function findRepositoryRoot(absoluteFile, env) {
  let start = dirname(absoluteFile);
  for (let directory = start; ; ) {
    if (await isRoot(join(directory, ".git"))) return { directory, source: "git" };
    let parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  let workspace = env.GITHUB_WORKSPACE;
  return workspace !== void 0 && isAbsolute(workspace) && isInside(workspace, absoluteFile) ? { directory: workspace, source: "workspace" } : { directory: start, source: "manifest-directory" };
}
function isInside(directory, file) {
  let path = relative(directory, file);
  return path !== "" && path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
async function isRoot(gitPath) {
  let info;
  try {
    info = await lstat(gitPath);
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return !1;
    throw error;
  }
  if (!info.isFile()) return !0;
  let read = await readRegularFile(dirname(gitPath), ".git", MAX_GIT_FILE_BYTES), first = ((read.kind === "file" ? new TextDecoder().decode(read.content) : "").split(`
`, 1)[0] ?? "").trim(), gitdir = first.startsWith("gitdir:") ? first.slice(7).trim() : "";
  if (gitdir === "")
    throw new Error(
      `${gitPath} is neither a directory nor a file of the form \`gitdir: <path>\` (as git writes for a worktree or a submodule), so the repository root is unknown; check the checkout`
    );
  let segments = gitdir.replace(/\\/g, "/").split("/");
  return segments.at(-2) === "worktrees" ? !0 : !segments.includes("modules");
}

// adapters/fs/read-manifest-file.ts
async function readManifestFile(file, cwd, env, fileOption) {
  let absolute = resolve(cwd, file), fromCwd = relative2(cwd, absolute).split(sep2).join("/"), inside = fromCwd !== "" && !fromCwd.startsWith("../") && !isAbsolute2(fromCwd), [root, path] = inside ? [cwd, fromCwd] : [dirname2(absolute), basename(absolute)], read, repositoryRoot;
  try {
    repositoryRoot = await findRepositoryRoot(absolute, env), read = await readRegularFile(root, path, 1048576);
  } catch (error) {
    throw new UsageError(`cannot read manifest ${file}: ${errorMessage(error)}`);
  }
  switch (read.kind) {
    case "missing":
      throw new UsageError(
        `manifest ${file} not found (working directory ${cwd}); pass its path with ${fileOption}`
      );
    case "symlink":
      throw new UsageError(
        `manifest ${file} must be a regular file reached without a symbolic link, but ${read.path} is a symbolic link: a link could point at any file of the machine. Pass the path of the file itself with ${fileOption}`
      );
    case "not-a-file":
      throw new UsageError(
        read.type === "directory" ? `${file} is a directory; pass the manifest file with ${fileOption}, e.g. ${file}/kms.yaml` : `manifest ${file} must be a regular file, got a ${read.type}; pass the manifest file with ${fileOption}`
      );
    case "too-large":
      throw new ManifestError([manifestTooLargeProblem(file, read.size)]);
    case "file":
      return {
        file,
        manifestPath: relative2(repositoryRoot.directory, absolute).split(sep2).join("/"),
        repositoryRoot,
        content: read.content,
        text: new TextDecoder().decode(read.content)
      };
  }
}

export {
  selectNamedKeys,
  buildKeysAccess,
  explainKeysAccess,
  buildAccessJson,
  renderAccessJson,
  renderAccessText,
  renderAccessMarkdown,
  renderAccessExplanationText,
  buildAccessExplanationJson,
  renderAccessExplanationJson,
  parseFormat,
  repositoryOf,
  readManifestFile,
  selectTargetKeys,
  lintKeyPolicy,
  parsePolicyKeyOptions,
  renderLintPolicyJson,
  lintReadManifest,
  renderValidateJson
};
