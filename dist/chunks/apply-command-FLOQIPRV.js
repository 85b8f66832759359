import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  isAwsGrantRevoke
} from "./chunk-75VBSE4Z.js";
import {
  TARGET_HELP,
  TARGET_OPTION,
  sha256
} from "./chunk-O3YIXWU5.js";
import {
  renderPlanText
} from "./chunk-4NHWCL2S.js";
import {
  AWS_OPTIONS_HELP,
  PLAN_OPTIONS,
  preparePlan,
  renderStats
} from "./chunk-POR23H5F.js";
import {
  digestLiveStateWithoutAwsGrants,
  identifyChange
} from "./chunk-DV5KBW3G.js";
import "./chunk-ODLHYEZR.js";
import {
  applyPlan
} from "./chunk-YDOS34QD.js";
import "./chunk-OYYC2BEA.js";
import "./chunk-N5XFL46V.js";
import "./chunk-A4JPLLK3.js";
import "./chunk-JV3DINU2.js";
import "./chunk-AYFF7TSP.js";
import "./chunk-GNUHT7F6.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-7J6WFNQB.js";
import {
  describeChange
} from "./chunk-67NWA6VW.js";
import "./chunk-IEWPRWQS.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-C3TMTZPU.js";
import "./chunk-NVRQHMDY.js";
import "./chunk-EFAHECC7.js";
import "./chunk-G5JIHOCA.js";
import "./chunk-TJWVZCXE.js";
import "./chunk-BDFDA2XX.js";
import {
  cliVersion
} from "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-U5RTCZMQ.js";
import {
  readRegularFile
} from "./chunk-JD6MCHYC.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import "./chunk-SRQPVIDI.js";
import "./chunk-II7W7C4Z.js";
import "./chunk-5PJNXYGC.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-JV3QVPE7.js";
import "./chunk-4OQQTHGJ.js";
import {
  UsageError,
  errorMessage
} from "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";

// cli/apply-command.ts
import { parseArgs } from "node:util";

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
  let savedIds = new Set(saved.changes.map((change) => change.id)), named = new Set(current.revokeGrants ?? []), changes = current.changes.filter(
    (change) => !isAwsGrantRevoke(change) || change.action === "revoke-grant" && named.has(change.grantId) || savedIds.has(identifyChange(change))
  ), currentIds = new Set(changes.map(identifyChange)), added = changes.filter((change) => !savedIds.has(identifyChange(change))), gone = saved.changes.filter((change) => !currentIds.has(change.id));
  if (added.length > 0 || gone.length > 0 || saved.changes.length !== changes.length) {
    let list = (entries) => listSome(entries.map((entry) => `${entry.address} ${entry.action}`)), parts = [
      added.length > 0 ? `not in the saved plan: ${list(added)}` : "",
      gone.length > 0 ? `saved but no longer planned: ${list(gone)}` : ""
    ].filter((part) => part !== ""), version = saved.tool_version === current.toolVersion ? "" : ` (saved by kms-action ${saved.tool_version}, this is ${current.toolVersion})`;
    reasons.push(
      `the changes planned now differ from the saved ones${version}${parts.length > 0 ? `: ${parts.join("; ")}` : ""}`
    );
  }
  let misdescribed = misdescribedChanges(saved.changes, changes);
  return misdescribed.length > 0 && reasons.push(
    `the saved plan describes ${misdescribed.length === 1 ? "a change" : `${String(misdescribed.length)} changes`} otherwise than the change${misdescribed.length === 1 ? "" : "s"} it approves (the file was edited, or saved by another version): ${listSome(misdescribed)}`
  ), reasons;
}
function misdescribedChanges(saved, current) {
  let byId = new Map(current.map((change) => [identifyChange(change), change])), out = [];
  for (let entry of saved) {
    let change = byId.get(entry.id);
    if (change === void 0) continue;
    let summary = describeChange(change), fields = [
      entry.address === change.address ? "" : "address",
      entry.action === change.action ? "" : "action",
      entry.risk === change.risk ? "" : "risk",
      entry.summary === summary ? "" : "summary"
    ].filter((field) => field !== "");
    fields.length !== 0 && out.push(
      `${change.address} ${change.action} (${change.risk}) saved with another ${fields.join(", ")}: ${JSON.stringify(`${entry.address} ${entry.action} (${entry.risk}): ${entry.summary}`).slice(0, 300)}`
    );
  }
  return out;
}
function listSome(entries) {
  let shown2 = entries.slice(0, 10).join(", ");
  return entries.length > 10 ? `${shown2} and ${String(entries.length - 10)} more` : shown2;
}

// cli/check-saved-plan.ts
function checkSavedPlan(saved, file, prepared, revokeGrants = []) {
  let reasons = compareSavedPlan(saved, {
    manifestPath: prepared.manifestFile.manifestPath,
    manifestSha256: sha256(prepared.manifestFile.content),
    owner: prepared.plan.owner,
    liveSha256: digestLiveStateWithoutAwsGrants(prepared.live),
    changes: prepared.plan.changes,
    toolVersion: cliVersion(),
    targets: prepared.plan.partial?.targets ?? null,
    revokeGrants
  });
  if (reasons.length !== 0)
    return terminalLines([
      `Nothing applied: the plan saved in ${file} is stale, and apply never applies a stale plan.`,
      ...reasons.map((reason) => `  - ${reason}`),
      `Run kms-action plan --out ${file} again, review the new plan, then apply --plan ${file}.`
    ]);
}

// cli/read-saved-plan.ts
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";

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
  let absolute = resolve(cwd, file), path = relative(cwd, absolute).split(sep).join("/"), inside = path !== "" && !path.startsWith("../") && !isAbsolute(path), read;
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

// cli/apply-command.ts
var APPLY_HELP = `Usage: kms-action apply [-f kms.yaml] [--auto-approve] [--allow-destructive] [--plan plan.json]
                        [--target <key name>]... [--revoke-grant <grant id>]...

Plans afresh against the live keys (never a stale plan) and applies the changes in safe
order: keys, policies, rotation, tags, state, aliases, grants; destructive changes last.
Stops at the first failure and reports what was done; the next run converges.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --auto-approve         apply without asking (required when not on a terminal)
      --allow-destructive    also make destructive changes (schedule key deletion,
                             revoke undeclared grants); otherwise they are held back
      --revoke-grant <id>    with --allow-destructive, also revoke this undeclared grant to a
                             grantee AWS operates (a service principal, an EC2 instance's
                             aws:ec2-infrastructure session); such grants serve AWS resources
                             (EBS volumes, databases) and are held back unless named (repeatable)
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
  let { values } = parseArgs({
    args,
    options: {
      ...PLAN_OPTIONS,
      ...TARGET_OPTION,
      "auto-approve": { type: "boolean" },
      "allow-destructive": { type: "boolean" },
      "revoke-grant": { type: "string", multiple: !0 },
      plan: { type: "string" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(APPLY_HELP), 0;
  let revokeGrants = values["revoke-grant"] ?? [];
  if (revokeGrants.length > 0 && values["allow-destructive"] !== !0)
    throw new UsageError(
      `--revoke-grant revokes a grant, a destructive change: pass --allow-destructive with it (got --revoke-grant ${revokeGrants.join(", ")})`
    );
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
      let stale = checkSavedPlan(saved, values.plan, prepared, revokeGrants);
      if (stale !== void 0)
        return io.stderr(stale), 1;
    }
    if (io.stdout(renderPlanText(plan)), plan.problems.length > 0)
      return io.stderr(`Nothing applied: fix the problems above first.
`), 1;
    let revocable = new Set(
      plan.changes.flatMap(
        (change) => isAwsGrantRevoke(change) && change.action === "revoke-grant" ? [change.grantId] : []
      )
    ), unknown = revokeGrants.filter((id) => !revocable.has(id));
    if (unknown.length > 0)
      throw new UsageError(
        `--revoke-grant names a grant the plan does not revoke as a grant to an AWS-operated grantee: ${unknown.join(", ")}. Name the grant id a revoke-grant change of the plan shows (other undeclared grants need only --allow-destructive)`
      );
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
      revokeGrants,
      onProgress: (event) => {
        io.stdout(progressLine(event));
      }
    });
    return io.stdout(renderApplyResult(result)), values.stats === !0 && io.stderr(renderStats(prepared.stats)), result.failed !== void 0 ? (io.stderr(terminalLines([`kms-action: AWS error: ${result.failed.error.message}`])), 4) : result.heldBack.length > 0 ? 3 : 0;
  } finally {
    prepared.clients.destroy();
  }
}
function progressLine(event) {
  switch (event.type) {
    case "start":
      return terminalLines([`  \u2026 ${event.change.address}: ${describeChange(event.change)}`]);
    case "done":
      return terminalLines([`  \u2713 ${event.change.address}`]);
    case "held-back":
      return terminalLines([`  \u23F8 ${event.change.address}: held back (${event.reason})`]);
  }
}
function renderApplyResult(result) {
  let lines = [
    "",
    `Applied ${result.applied.length} change${result.applied.length === 1 ? "" : "s"}.`
  ];
  if (result.heldBack.length > 0) {
    lines.push(
      `Held back ${result.heldBack.length} destructive change${result.heldBack.length === 1 ? "" : "s"}:`
    );
    for (let { change, reason } of result.heldBack)
      lines.push(`  - ${change.address}: ${describeChange(change)}`, `      ${reason}`);
  }
  if (result.failed !== void 0) {
    lines.push(`Failed at ${result.failed.change.address}; not attempted:`);
    for (let change of result.failed.notAttempted)
      lines.push(`  - ${change.address}: ${describeChange(change)}`);
    lines.push(
      "Fix the cause and run apply again: it plans afresh and continues from the live state."
    );
  }
  return terminalLines(lines);
}
export {
  APPLY_HELP,
  applyCommand
};
