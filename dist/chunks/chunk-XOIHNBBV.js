import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  FAIL_ON_LEVELS
} from "./chunk-EI2BIT7Y.js";
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";
import {
  UsageError
} from "./chunk-OXRK6FS4.js";

// action/action-context.ts
function toActionContext(context, env) {
  let payload = context.payload, repository = record(payload.repository), pull = record(payload.pull_request), pullRequest = pull === void 0 ? void 0 : pullRequestInfo(pull, repository), defaultBranch = repository?.default_branch, before = payload.before;
  return {
    eventName: context.eventName,
    sha: context.sha,
    ref: context.ref,
    runId: context.runId,
    serverUrl: context.serverUrl,
    repo: context.repo,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    pullRequest,
    defaultBranch: typeof defaultBranch == "string" ? defaultBranch : void 0,
    ...typeof before == "string" ? { before } : {}
  };
}
function pullRequestInfo(pull, repository) {
  let head = record(pull.head), base = record(pull.base), headRepo = record(head?.repo), number = pull.number, baseRepoName = repository?.full_name ?? record(base?.repo)?.full_name;
  return {
    number: typeof number == "number" ? number : 0,
    url: text(pull.html_url),
    headSha: text(head?.sha),
    baseSha: text(base?.sha),
    baseRef: text(base?.ref),
    // A deleted fork has no head repository: treat it as a fork.
    fromFork: headRepo === void 0 || headRepo.full_name !== baseRepoName
  };
}
function record(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function text(value) {
  return typeof value == "string" ? value : "";
}
function runUrl(context) {
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
}

// action/get-action-inputs.ts
import { posix } from "node:path";
var MODES = ["plan", "apply", "drift"], ON_DRIFT = ["report", "cancel-deletion"], ROLE = /^arn:aws(-cn|-us-gov)?:iam::(\{account\}|[0-9]{12}):role\/[\w+=,.@/-]+$/, REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$/;
function getActionInputs(getInput) {
  let optional = (name) => {
    let value = getInput(name).trim();
    return value === "" ? void 0 : value;
  }, mode = optional("mode"), manifest = optional("manifest") ?? "kms.yaml", roleToAssume = optional("role-to-assume"), planRoleToAssume = optional("plan-role-to-assume"), applyRole = optional("apply-role"), awsRegion = optional("aws-region"), duration = optional("role-duration-seconds") ?? "3600", roleSessionName = optional("role-session-name"), githubToken = optional("github-token");
  if (githubToken === void 0)
    throw new UsageError(
      "input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token"
    );
  if (revealInvisible(manifest) !== manifest)
    throw new UsageError(
      `input 'manifest' must be a path without control or invisible characters, got '${revealInvisible(manifest)}'`
    );
  if (manifest.startsWith("/") || manifest.split(/[\\/]/).includes(".."))
    throw new UsageError(
      `input 'manifest' must be a path inside the repository, relative to its root, got '${manifest}'`
    );
  let spelled = posix.normalize(manifest.replace(/\\/g, "/"));
  if (spelled.endsWith("/") || spelled === ".")
    throw new UsageError(
      `input 'manifest' must name the manifest file, without a trailing '/', got '${manifest}'`
    );
  for (let [name, value] of [
    ["role-to-assume", roleToAssume],
    ["plan-role-to-assume", planRoleToAssume],
    ["apply-role", applyRole]
  ])
    if (value !== void 0 && !ROLE.test(value))
      throw new UsageError(
        `input '${name}' must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got '${value}'`
      );
  if (awsRegion !== void 0 && !REGION.test(awsRegion))
    throw new UsageError(
      `input 'aws-region' must be an AWS Region name such as 'us-east-1', got '${awsRegion}'`
    );
  let roleDurationSeconds = Number(duration);
  if (!/^[0-9]+$/.test(duration) || roleDurationSeconds < 900 || roleDurationSeconds > 43200)
    throw new UsageError(
      `input 'role-duration-seconds' must be a whole number between 900 and 43200, got '${duration}'`
    );
  if (roleSessionName !== void 0 && (roleSessionName.length < 2 || roleSessionName.length > 64 || !/^[\w+=,.@-]+$/.test(roleSessionName)))
    throw new UsageError(
      `input 'role-session-name' must be 2 to 64 characters of letters, digits and + = , . @ _ -, got ${roleSessionName.length}: '${roleSessionName}'`
    );
  return {
    mode: oneOf("mode", mode, MODES),
    // One spelling per file: the path is part of the ownership tag `kms-action:manifest`.
    manifest: spelled,
    roleToAssume,
    planRoleToAssume,
    applyRole,
    awsRegion,
    audience: optional("audience") ?? "sts.amazonaws.com",
    roleDurationSeconds,
    roleSessionName,
    maskAwsAccountId: booleanInput("mask-aws-account-id", optional("mask-aws-account-id"), !1),
    githubToken,
    failOn: oneOf("fail-on", optional("fail-on"), FAIL_ON_LEVELS) ?? "error",
    allowDestructive: booleanInput("allow-destructive", optional("allow-destructive"), !1),
    onDrift: oneOf("on-drift", optional("on-drift"), ON_DRIFT) ?? "report",
    applyOutsideDefaultBranch: booleanInput(
      "apply-outside-default-branch",
      optional("apply-outside-default-branch"),
      !1
    ),
    comment: booleanInput("comment", optional("comment"), !0)
  };
}
function oneOf(name, value, allowed) {
  if (value !== void 0) {
    if (allowed.includes(value)) return value;
    throw new UsageError(`input '${name}' must be one of ${allowed.join(", ")}, got '${value}'`);
  }
}
function booleanInput(name, value, fallback) {
  if (value === void 0) return fallback;
  if (["true", "True", "TRUE"].includes(value)) return !0;
  if (["false", "False", "FALSE"].includes(value)) return !1;
  throw new UsageError(`input '${name}' must be true or false, got '${value}'`);
}

// action/mode-of-event.ts
function modeOfEvent(eventName) {
  if (eventName === "pull_request") return "plan";
  if (eventName === "push") return "apply";
  if (eventName === "schedule") return "drift";
}

// action/refuse-unsupported-event.ts
var SUPPORTED_EVENTS = ["pull_request", "push", "schedule", "workflow_dispatch"];
function refuseUnsupportedEvent(eventName) {
  if (!SUPPORTED_EVENTS.includes(eventName))
    return eventName === "pull_request_target" ? "kms-action refuses to run on a 'pull_request_target' event: that event checks out the base branch (the plan would not show the pull request's changes), and a workflow that checks out the pull request's head instead runs a fork's files with this repository's secrets and OIDC token. Trigger the workflow with 'on: pull_request': branches of this repository are planned, pull requests from forks are validated and linted without credentials." : `kms-action does not run on a '${eventName}' event: it runs on pull_request (plan), push to the default branch (apply), schedule (drift) and workflow_dispatch (with the input mode). Trigger the workflow with one of those events.`;
}

// action/is-default-branch-push.ts
function isDefaultBranchPush(context) {
  return context.eventName === "push" && context.defaultBranch !== void 0 && context.ref === `refs/heads/${context.defaultBranch}`;
}

// action/role-for-mode.ts
function roleForMode(mode, inputs) {
  return (mode === "plan" || mode === "drift" && inputs.onDrift !== "cancel-deletion") && inputs.planRoleToAssume !== void 0 ? { arn: inputs.planRoleToAssume, input: "plan-role-to-assume" } : inputs.roleToAssume === void 0 ? void 0 : { arn: inputs.roleToAssume, input: "role-to-assume" };
}

export {
  toActionContext,
  runUrl,
  getActionInputs,
  isDefaultBranchPush,
  modeOfEvent,
  refuseUnsupportedEvent,
  roleForMode
};
