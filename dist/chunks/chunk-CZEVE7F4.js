import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  APP_CONFIG_PATH,
  DEFAULT_MANIFEST_PATH,
  MAX_CONFIG_BYTES,
  MAX_MANIFESTS,
  parseAppConfig
} from "./chunk-5BZOW744.js";
import {
  GITHUB_LIMITS,
  composeGitHubBody,
  hasMarkerLine
} from "./chunk-MGOT42HD.js";
import {
  renderPlanMarkdown
} from "./chunk-F2SUTSNJ.js";
import {
  assumeRolePerAccount
} from "./chunk-JV3DINU2.js";
import {
  prepareAwsPlan
} from "./chunk-GNUHT7F6.js";
import {
  countNoun
} from "./chunk-IEWPRWQS.js";
import {
  runLint
} from "./chunk-P6QZPTO3.js";
import {
  readManifest
} from "./chunk-EFAHECC7.js";
import {
  compareLintConfig
} from "./chunk-EUYH6NZ5.js";
import {
  escapeMarkdown,
  inlineCode,
  plainText,
  tableCode
} from "./chunk-4OQQTHGJ.js";
import {
  errorMessage
} from "./chunk-OXRK6FS4.js";

// app/describe-read-error.ts
function describeReadError(path, ref, file, explicit) {
  let at = `at ${ref.slice(0, 7)}`;
  switch (file.kind) {
    case "missing":
      return {
        message: `${path} does not exist ${at}`,
        help: explicit ? `add ${path}, or remove it from \`manifests\` in .github/kms-action.yml` : `restore ${path}: the base branch has it, and removing a manifest orphans its keys (to delete keys, set \`state: pending_deletion\` first)`
      };
    case "too-large":
      return {
        message: `${path} is ${file.size} bytes, over the 1 MiB (${1048576} bytes) limit`,
        help: "split the keys across several manifests and list them in .github/kms-action.yml"
      };
    case "not-a-file":
      return file.type === "symlink" ? {
        message: `${path} is a symbolic link ${at}: kms-action reads only a regular file, never through a link (the Action and the CLI refuse it too)`,
        help: `commit the manifest itself at ${path}, or list the file the link points to in \`manifests\` in .github/kms-action.yml`
      } : {
        message: `${path} is a ${file.type} ${at}, not a file`,
        help: "point `manifests` in .github/kms-action.yml at the manifest file itself"
      };
    case "error":
      return {
        message: `GitHub answered ${file.status ?? "without a status"} when the app read ${path} ${at}: ${file.message}`,
        help: file.status === 403 || file.status === 401 ? "the app needs the `contents: read` permission on this repository: accept it in the installation settings (Settings \u2192 GitHub Apps), then re-run this check" : "re-run this check once GitHub answers again"
      };
  }
}

// app/read-repository-file.ts
async function readRepositoryFile(octokit, location, maxBytes) {
  let data;
  try {
    ({ data } = await octokit.rest.repos.getContent({
      owner: location.owner,
      repo: location.repo,
      path: location.path,
      ref: location.ref
    }));
  } catch (error) {
    let status = statusOf(error);
    return status === 404 ? { kind: "missing" } : { kind: "error", status, message: messageOf(error) };
  }
  if (Array.isArray(data)) return { kind: "not-a-file", type: "dir" };
  let file = contentFileOf(data);
  if (file === void 0)
    return {
      kind: "error",
      status: void 0,
      message: "the Contents API answered without a file"
    };
  if (file.type !== "file") return { kind: "not-a-file", type: file.type };
  if (file.path === void 0 || normalPath(file.path) !== normalPath(location.path))
    return { kind: "not-a-file", type: "symlink" };
  if (file.size > maxBytes) return { kind: "too-large", size: file.size };
  let encoded = file.encoding === "base64" ? file.content : "";
  if (encoded === "" && file.size > 0)
    try {
      encoded = (await octokit.rest.git.getBlob({
        owner: location.owner,
        repo: location.repo,
        file_sha: file.sha
      })).data.content;
    } catch (error) {
      return { kind: "error", status: statusOf(error), message: messageOf(error) };
    }
  let content = new Uint8Array(Buffer.from(encoded, "base64"));
  return content.byteLength > maxBytes ? { kind: "too-large", size: content.byteLength } : { kind: "file", content };
}
function contentFileOf(data) {
  if (typeof data != "object" || data === null) return;
  let { type, path, size, sha, encoding, content } = data;
  if (!(typeof type != "string" || typeof size != "number" || typeof sha != "string"))
    return {
      type,
      path: typeof path == "string" ? path : void 0,
      size,
      sha,
      encoding: typeof encoding == "string" ? encoding : "",
      content: typeof content == "string" ? content : ""
    };
}
function normalPath(path) {
  return path.split("/").filter((part) => part !== "" && part !== ".").join("/");
}
function statusOf(error) {
  if (typeof error == "object" && error !== null && "status" in error && typeof error.status == "number")
    return error.status;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// app/check-manifest.ts
async function checkManifest(octokit, target, entry, planner) {
  let location = { owner: target.owner, repo: target.repo, path: entry.path }, [head, base] = await Promise.all([
    readRepositoryFile(octokit, { ...location, ref: target.headSha }, 1048576),
    readRepositoryFile(octokit, { ...location, ref: target.baseSha }, 1048576)
  ]), report = {
    path: entry.path,
    problems: [],
    findings: [],
    notes: [],
    plan: { kind: "skipped", reason: "the manifest could not be read" }
  };
  if (head.kind !== "file")
    return head.kind === "missing" && !entry.explicit && base.kind !== "file" ? void 0 : {
      ...report,
      readError: describeReadError(entry.path, target.headSha, head, entry.explicit)
    };
  let options = { repository: `${target.owner}/${target.repo}`, manifestPath: entry.path }, result = readManifest(entry.path, head.content, options);
  if (!result.ok)
    return {
      ...report,
      problems: result.problems,
      plan: { kind: "skipped", reason: "the manifest is invalid" }
    };
  let baseDesired;
  if (base.kind === "file") {
    let baseResult = readManifest(entry.path, base.content, options);
    baseResult.ok ? baseDesired = baseResult.desired : report.notes.push(
      `The base branch's ${entry.path} is invalid, so lint severities and suppressions are the built-in defaults.`
    );
  } else base.kind !== "missing" && report.notes.push(
    `The base branch's ${entry.path} could not be read, so lint severities and suppressions are the built-in defaults.`
  );
  let comparison = compareLintConfig(baseDesired, result.desired), findings = [
    ...comparison.findings,
    ...runLint(result.desired, { config: comparison.config })
  ].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return {
    ...report,
    findings,
    keyCount: result.desired.keys.length,
    plan: await planOutcome(result.desired, planner)
  };
}
async function planOutcome(desired, planner) {
  if (planner === void 0) return { kind: "not-configured" };
  try {
    return { kind: "planned", plan: await planner(desired) };
  } catch (error) {
    return { kind: "failed", message: errorMessage(error) };
  }
}

// app/build-annotations.ts
var LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
}, MAX_TEXT = 4e3, MAX_TITLE = 255;
function buildAnnotations(report) {
  let annotations = [];
  report.readError !== void 0 && annotations.push({
    path: report.path,
    start_line: 1,
    end_line: 1,
    annotation_level: "failure",
    title: "kms-action: cannot read the manifest",
    message: clip(report.readError.message),
    raw_details: clip(`Fix: ${report.readError.help}`)
  });
  for (let problem of report.problems)
    annotations.push({
      path: report.path,
      start_line: problem.line,
      end_line: problem.line,
      annotation_level: "failure",
      title: "kms-action: invalid manifest",
      message: clip(problem.message),
      ...problem.hint === void 0 ? {} : { raw_details: clip(`Fix: ${problem.hint}`) }
    });
  for (let finding of report.findings)
    annotations.push({
      path: report.path,
      start_line: finding.line,
      end_line: finding.line,
      annotation_level: LEVEL[finding.severity],
      title: clip(
        `kms-action ${finding.rule}${finding.key === void 0 ? "" : ` (key ${finding.key})`}`,
        MAX_TITLE
      ),
      message: clip(finding.message),
      raw_details: clip(`Fix: ${finding.help}`)
    });
  return annotations;
}
function clip(raw, limit = MAX_TEXT) {
  let text = plainText(raw);
  if (text.length <= limit) return text;
  let end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 2)) ? limit - 2 : limit - 1;
  return `${text.slice(0, end)}\u2026`;
}

// app/decide-conclusion.ts
function decideConclusion(report) {
  return report.readError !== void 0 || report.problems.length > 0 || report.findings.some((finding) => finding.severity === "error") || report.plan.kind === "planned" && report.plan.plan.problems.length > 0 ? "failure" : report.findings.some((finding) => finding.severity === "warning") || report.plan.kind === "failed" ? "neutral" : "success";
}

// app/views/render-check-summary.ts
var ICON = {
  success: "\u2705",
  neutral: "\u26A0\uFE0F",
  failure: "\u274C"
}, SEVERITY = {
  error: "\u{1F534} error",
  warning: "\u{1F7E0} warning",
  notice: "\u{1F535} notice"
};
function renderCheckSummary(props) {
  let out = [], file = inlineCode(props.path);
  if (props.readError !== void 0)
    return out.push(
      `## ${ICON.failure} ${file} could not be checked`,
      "",
      escapeMarkdown(props.readError.message),
      "",
      `**Fix:** ${escapeMarkdown(props.readError.help)}`
    ), out.join(`
`);
  if (props.problems.length > 0) {
    out.push(
      `## ${ICON.failure} ${file} is invalid`,
      "",
      `${plural(props.problems.length, "problem")} must be fixed before it can be linted or planned:`,
      "",
      "| Line | Problem |",
      "| --- | --- |"
    );
    for (let problem of props.problems.slice(0, props.listLimit)) {
      let hint = problem.hint === void 0 ? "" : `<br>Fix: ${escapeMarkdown(problem.hint)}`;
      out.push(`| ${problem.line}:${problem.column} | ${escapeMarkdown(problem.message)}${hint} |`);
    }
    more(out, props.problems.length - props.listLimit);
  } else {
    let counts = countBySeverity(props.findings), keys = plural(props.keyCount ?? 0, "key");
    if (out.push(
      props.findings.length === 0 ? `## ${ICON[props.conclusion]} ${file}: ${keys}, no findings` : `## ${ICON[props.conclusion]} ${file}: ${keys}, ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")}`
    ), props.findings.length > 0) {
      out.push("", "| Line | Severity | Rule | Key | Finding |", "| --- | --- | --- | --- | --- |");
      for (let finding of props.findings.slice(0, props.listLimit))
        out.push(
          `| ${finding.line} | ${SEVERITY[finding.severity]} | ${tableCode(finding.rule)} | ${finding.key === void 0 ? "" : tableCode(finding.key)} | ${escapeMarkdown(finding.message)}<br>Fix: ${escapeMarkdown(finding.help)} |`
        );
      more(out, props.findings.length - props.listLimit);
    }
  }
  props.annotationsPosted < props.annotationsTotal && out.push(
    "",
    `Only the first ${props.annotationsPosted} of ${props.annotationsTotal} annotations are shown on the file; run ${inlineCode(`kms-action validate -f ${props.path}`)} for all of them.`
  );
  for (let note of props.notes) out.push("", "> [!NOTE]", `> ${escapeMarkdown(note)}`);
  return out.push("", planLine(props.plan)), out.join(`
`);
}
function planLine(plan) {
  switch (plan.kind) {
    case "not-configured":
      return "**Plan:** this app validates and lints; the plan against the live keys is posted by the kms-action GitHub Action in this repository's workflow.";
    case "skipped":
      return `**Plan:** not made: ${escapeMarkdown(plan.reason)}.`;
    case "failed":
      return `**Plan:** \u26A0\uFE0F could not be made: ${escapeMarkdown(plan.message)}`;
    case "planned":
      return plan.plan.changes.length === 0 && plan.plan.problems.length === 0 ? "**Plan:** no changes: the live keys match the manifest." : `**Plan:** ${plural(plan.plan.changes.length, "change")}${plan.plan.problems.length > 0 ? `, ${plural(plan.plan.problems.length, "problem")} blocking apply` : ""}: see the details below.`;
  }
}
function countBySeverity(findings) {
  let counts = { error: 0, warning: 0, notice: 0 };
  for (let finding of findings) counts[finding.severity] += 1;
  return counts;
}
function more(out, rest) {
  rest > 0 && out.push("", `\u2026and ${rest} more in the annotations.`);
}
function plural(value, noun) {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

// app/views/render-check-title.ts
function renderCheckTitle(props) {
  return plainText(title(props));
}
function title(props) {
  if (props.unreadable) return `Cannot read ${props.path}`;
  if (props.problems > 0) return `${props.path} is invalid: ${count(props.problems, "problem")}`;
  let parts = [
    props.errors > 0 ? count(props.errors, "error") : "",
    props.warnings > 0 ? count(props.warnings, "warning") : "",
    props.notices > 0 ? count(props.notices, "notice") : ""
  ].filter((part) => part !== "");
  return parts.length === 0 ? `${props.path}: ${count(props.keyCount ?? 0, "key")}, no findings` : `${props.path}: ${parts.join(", ")}`;
}
function count(value, noun) {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

// app/views/render-plan-details.ts
function renderPlanDetails(props) {
  return props.plan.kind !== "planned" ? "" : renderPlanMarkdown(props.plan.plan, props.now === void 0 ? {} : { now: props.now });
}

// app/create-check-run.ts
var ANNOTATIONS_PER_REQUEST = 50, MAX_ANNOTATIONS = 1e3, SUMMARY_LIST_LIMIT = 100;
function checkRunName(path) {
  return `kms-action: ${path}`;
}
async function createCheckRun(octokit, target, report) {
  let conclusion = decideConclusion(report), all = buildAnnotations(report), annotations = all.slice(0, MAX_ANNOTATIONS), title2 = renderCheckTitle({
    path: report.path,
    unreadable: report.readError !== void 0,
    problems: report.problems.length,
    errors: report.findings.filter((finding) => finding.severity === "error").length,
    warnings: report.findings.filter((finding) => finding.severity === "warning").length,
    notices: report.findings.filter((finding) => finding.severity === "notice").length,
    keyCount: report.keyCount
  }), fullReport = `the annotations of this check run (every finding) and in the output of ${inlineCode(`kms-action plan -f ${report.path}`)} (the whole plan)`, summary = composeGitHubBody({
    content: renderCheckSummary({
      path: report.path,
      conclusion,
      readError: report.readError,
      problems: report.problems,
      findings: report.findings,
      keyCount: report.keyCount,
      notes: report.notes,
      plan: report.plan,
      listLimit: SUMMARY_LIST_LIMIT,
      annotationsPosted: annotations.length,
      annotationsTotal: all.length
    }),
    fullReport,
    limit: GITHUB_LIMITS.checkRunOutput
  }), details = renderPlanDetails({ plan: report.plan, now: /* @__PURE__ */ new Date() }), text = details === "" ? "" : composeGitHubBody({ content: details, fullReport, limit: GITHUB_LIMITS.checkRunOutput }), output = (batch) => ({
    title: title2,
    summary,
    ...text === "" ? {} : { text },
    ...batch.length === 0 ? {} : { annotations: batch }
  }), batches = chunk(annotations, ANNOTATIONS_PER_REQUEST), { data } = await octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: checkRunName(report.path),
    head_sha: target.headSha,
    external_id: String(target.number),
    status: "completed",
    conclusion,
    output: output(batches[0] ?? [])
  });
  for (let batch of batches.slice(1))
    await octokit.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: data.id,
      output: output(batch)
    });
  return { id: data.id, conclusion };
}
function chunk(items, size) {
  let chunks = [];
  for (let index = 0; index < items.length; index += size)
    chunks.push(items.slice(index, index + size));
  return chunks;
}

// app/views/render-config-check.ts
function renderConfigCheck(props) {
  return [
    `## \u274C ${escapeMarkdown(props.configPath)} is invalid`,
    "",
    ...props.problems.map((problem) => `- ${escapeMarkdown(problem)}`),
    "",
    "Until it is fixed, the manifests listed on the base branch (or `kms.yaml`) are checked. Expected form:",
    "",
    "```yaml",
    "manifests:",
    "  - kms.yaml",
    "  - accounts/staging/kms.yaml",
    "```"
  ].join(`
`);
}

// app/create-config-check-run.ts
async function createConfigCheckRun(octokit, target, problems) {
  await octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: `kms-action: ${APP_CONFIG_PATH}`,
    head_sha: target.headSha,
    external_id: String(target.number),
    status: "completed",
    conclusion: "failure",
    output: {
      title: `${APP_CONFIG_PATH} is invalid`,
      summary: composeGitHubBody({
        content: renderConfigCheck({ configPath: APP_CONFIG_PATH, problems }),
        fullReport: "the next check, once the problems above are fixed",
        limit: GITHUB_LIMITS.checkRunOutput
      })
    }
  });
}

// app/find-manifests.ts
async function findManifests(octokit, target) {
  let read = (ref) => readRepositoryFile(
    octokit,
    { owner: target.owner, repo: target.repo, path: APP_CONFIG_PATH, ref },
    MAX_CONFIG_BYTES
  ), [base, head] = await Promise.all([read(target.baseSha), read(target.headSha)]), fromBase = configuredPaths(base), fromHead = configuredPaths(head), baseChecks = fromBase.paths.length > 0 ? fromBase.paths.map((path) => ({ path, explicit: !0 })) : [{ path: DEFAULT_MANIFEST_PATH, explicit: !1 }], manifests = new Map(baseChecks.map((entry) => [entry.path, entry])), dropped = [];
  for (let path of fromHead.paths)
    manifests.size >= MAX_MANIFESTS && !manifests.has(path) ? dropped.push(path) : manifests.set(path, { path, explicit: !0 });
  let problems = [...fromHead.problems];
  return dropped.length > 0 && problems.push(
    `the base branch's manifests and those ${APP_CONFIG_PATH} adds are more than ${MAX_MANIFESTS}; not checked: ${dropped.join(", ")}`
  ), { manifests: [...manifests.values()], configProblems: problems };
}
function configuredPaths(file) {
  switch (file.kind) {
    case "missing":
      return { paths: [], problems: [] };
    case "too-large":
      return {
        paths: [],
        problems: [
          `${APP_CONFIG_PATH} is ${file.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`
        ]
      };
    case "not-a-file":
      return { paths: [], problems: [`${APP_CONFIG_PATH} is a ${file.type}, not a file`] };
    case "error":
      return {
        paths: [],
        problems: [
          `cannot read ${APP_CONFIG_PATH} (GitHub answered ${file.status ?? "no status"}: ${file.message}); the app needs the \`contents: read\` permission`
        ]
      };
    case "file": {
      let config = parseAppConfig(new TextDecoder().decode(file.content));
      return config.ok ? { paths: config.manifests, problems: [] } : { paths: [], problems: config.problems };
    }
  }
}

// app/added-lines-of-patch.ts
function addedLinesOfPatch(patch) {
  let added = /* @__PURE__ */ new Set(), line = 0, inHunk = !1;
  for (let text of patch.split(`
`)) {
    let header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header !== null) {
      line = Number(header[1]), inHunk = !0;
      continue;
    }
    inHunk && (text.startsWith("+") ? (added.add(line), line += 1) : (text.startsWith(" ") || text === "") && (line += 1));
  }
  return added;
}

// app/list-changed-lines.ts
async function listChangedLines(octokit, target, paths) {
  let wanted = new Set(paths), changed = /* @__PURE__ */ new Map(), files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100
  });
  for (let file of files)
    wanted.has(file.filename) && changed.set(
      file.filename,
      file.patch === void 0 ? void 0 : addedLinesOfPatch(file.patch)
    );
  return changed;
}

// app/views/render-review-body.ts
function renderReviewBody(props) {
  let omitted = props.omitted > 0 ? ` ${props.omitted} more line${props.omitted === 1 ? "" : "s"} with findings are only in the check runs.` : "";
  return `**kms-action** found problems on ${props.comments} line${props.comments === 1 ? "" : "s"} this pull request changes.${omitted} The check runs list every finding of the manifests.`;
}

// app/views/render-review-comment.ts
var REVIEW_COMMENT_MARKER = "<!-- kms-action:review-comment -->", BADGE = {
  error: "\u{1F534} **error**",
  warning: "\u{1F7E0} **warning**",
  notice: "\u{1F535} **notice**"
};
function renderReviewComment(props) {
  return props.items.map((item) => {
    let help = item.help === void 0 ? "" : `

**Fix:** ${escapeMarkdown(item.help)}`;
    return `${BADGE[item.severity]} ${inlineCode(item.rule)}: ${escapeMarkdown(item.message)}${help}`;
  }).join(`

---

`);
}

// app/review-comments.ts
var MAX_REVIEW_COMMENTS = 30;
async function syncReviewComments(octokit, target, comments, botLogin) {
  let ours = (await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100
  })).filter(
    (comment) => comment.user.login === botLogin && hasMarkerLine(comment.body, REVIEW_COMMENT_MARKER)
  ), stale = new Set(ours), fresh = [];
  for (let wanted of comments) {
    let same = ours.find(
      (comment) => stale.has(comment) && comment.path === wanted.path && comment.line === wanted.line && comment.body === wanted.body
    );
    same === void 0 ? fresh.push(wanted) : stale.delete(same);
  }
  let posted = fresh.slice(0, MAX_REVIEW_COMMENTS);
  posted.length > 0 && await octokit.rest.pulls.createReview({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    commit_id: target.headSha,
    event: "COMMENT",
    body: composeGitHubBody({
      content: renderReviewBody({
        comments: posted.length,
        omitted: fresh.length - posted.length
      }),
      fullReport: "the check runs",
      limit: GITHUB_LIMITS.comment
    }),
    comments: posted.map((comment) => ({
      path: comment.path,
      line: comment.line,
      side: "RIGHT",
      body: comment.body
    }))
  });
  for (let comment of stale)
    await octokit.rest.pulls.deleteReviewComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: comment.id
    });
  return { created: posted.length, kept: ours.length - stale.size, deleted: stale.size };
}

// app/select-review-comments.ts
function selectReviewComments(reports, changedLines) {
  let comments = [];
  for (let report of reports) {
    let added = changedLines.get(report.path);
    if (added === void 0) continue;
    let byLine = /* @__PURE__ */ new Map(), add = (line, item) => {
      added.has(line) && byLine.set(line, [...byLine.get(line) ?? [], item]);
    };
    for (let problem of report.problems)
      add(problem.line, {
        severity: "error",
        rule: "invalid-manifest",
        message: problem.message,
        help: problem.hint
      });
    for (let finding of report.findings)
      add(finding.line, {
        severity: finding.severity,
        rule: finding.rule,
        message: finding.message,
        help: finding.help
      });
    for (let [line, items] of [...byLine].sort(([a], [b]) => a - b)) {
      let body = composeGitHubBody({
        marker: REVIEW_COMMENT_MARKER,
        content: renderReviewComment({ items }),
        fullReport: `the check run ${inlineCode(checkRunName(report.path))}`,
        limit: GITHUB_LIMITS.comment
      });
      comments.push({ path: report.path, line, body });
    }
  }
  return comments;
}

// app/check-pull-request.ts
async function checkPullRequest(deps, target) {
  let { octokit } = deps, { manifests, configProblems } = await findManifests(octokit, target);
  configProblems.length > 0 && await createConfigCheckRun(octokit, target, configProblems);
  let reports = [];
  for (let entry of manifests) {
    let report = await checkManifestOrExplain(deps, target, entry);
    report !== void 0 && reports.push(report);
  }
  if (reports.length === 0) {
    deps.log.info(
      `no manifest in ${target.owner}/${target.repo}#${target.number}: nothing to check`
    );
    return;
  }
  for (let report of reports) await createCheckRun(octokit, target, report);
  let changed = await listChangedLines(
    octokit,
    target,
    reports.map((report) => report.path)
  ), sync = await syncReviewComments(
    octokit,
    target,
    selectReviewComments(reports, changed),
    await deps.botLogin()
  );
  deps.log.info(
    `${target.owner}/${target.repo}#${target.number}: ${countNoun(reports.length, "manifest")} checked; review comments ${sync.created} new, ${sync.kept} kept, ${sync.deleted} deleted`
  );
}
async function checkManifestOrExplain(deps, target, entry) {
  try {
    return await checkManifest(deps.octokit, target, entry, deps.planner);
  } catch (error) {
    return deps.log.error({ err: error }, `checking ${entry.path} failed`), {
      path: entry.path,
      readError: {
        message: `kms-action failed while checking ${entry.path}: ${errorMessage(error)}`,
        help: "re-run this check; if it fails again, report it with this message"
      },
      problems: [],
      findings: [],
      notes: [],
      plan: { kind: "skipped", reason: "the check failed" }
    };
  }
}

// app/parse-plan-accounts.ts
function parsePlanAccounts(value) {
  let example = `e.g. KMS_ACTION_PLAN_ACCOUNTS='{"acme/platform-keys": ["111122223333"]}'`;
  if (value === void 0 || value.trim() === "")
    throw new Error(
      `KMS_ACTION_PLAN_ROLE is set but KMS_ACTION_PLAN_ACCOUNTS is not: list the accounts each repository may plan against, ${example}`
    );
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new Error(
      `KMS_ACTION_PLAN_ACCOUNTS is not valid JSON (${error instanceof Error ? error.message : String(error)}), ${example}`,
      { cause: error }
    );
  }
  if (typeof parsed != "object" || parsed === null || Array.isArray(parsed))
    throw new Error(
      `KMS_ACTION_PLAN_ACCOUNTS must be a JSON object of repository -> account ids, ${example}`
    );
  let allowList = /* @__PURE__ */ new Map();
  for (let [repository, accounts] of Object.entries(parsed)) {
    if (repository !== "*" && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
      throw new Error(
        `KMS_ACTION_PLAN_ACCOUNTS: '${repository}' is not a repository ('owner/name') or '*'`
      );
    if (!Array.isArray(accounts) || !accounts.every((account) => typeof account == "string" && /^[0-9]{12}$/.test(account)))
      throw new Error(
        `KMS_ACTION_PLAN_ACCOUNTS: '${repository}' must list 12-digit account ids as strings, got ${JSON.stringify(accounts)}`
      );
    allowList.set(repository.toLowerCase(), new Set(accounts));
  }
  return allowList;
}

// app/create-aws-planner.ts
function createAwsPlanner(env) {
  let roleTemplate = env.KMS_ACTION_PLAN_ROLE;
  if (roleTemplate === void 0 || roleTemplate === "") return;
  let stsRegionOf = (desired) => env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? desired.keys[0]?.region ?? "us-east-1";
  assumeRolePerAccount({ roleTemplate, sessionName: "kms-action-app", region: "us-east-1" });
  let allowList = parsePlanAccounts(env.KMS_ACTION_PLAN_ACCOUNTS);
  return async (desired) => {
    let repository = desired.owner.split("/").slice(0, 2).join("/").toLowerCase(), allowed = allowList.get(repository) ?? allowList.get("*") ?? /* @__PURE__ */ new Set(), refused = [...new Set(desired.keys.map((key) => key.account))].filter(
      (account) => !allowed.has(account)
    );
    if (refused.length > 0)
      throw new Error(
        `not planned: this app may not read account${refused.length === 1 ? "" : "s"} ${refused.join(", ")} for ${repository} (KMS_ACTION_PLAN_ACCOUNTS); the Action plans with the repository\u2019s own role`
      );
    let region = stsRegionOf(desired), prepared = await prepareAwsPlan(desired, {
      credentialsFor: assumeRolePerAccount({ roleTemplate, sessionName: "kms-action-app", region }),
      stsRegion: region,
      applierFor: () => {
      }
    });
    return prepared.clients.destroy(), prepared.plan;
  };
}

// app/get-bot-login.ts
function createBotLoginLookup(app2) {
  let login;
  return () => (login ??= (async () => {
    let octokit = await app2.auth(), { data } = await octokit.rest.apps.getAuthenticated();
    if (data === null || data.slug === void 0) throw new Error("GET /app returned no slug");
    return `${data.slug}[bot]`;
  })().catch((error) => {
    throw login = void 0, error;
  }), login);
}

// app/target-of-check-run.ts
async function targetOfCheckRun(octokit, payload) {
  let { name, external_id: externalId } = payload.check_run;
  if (!name.startsWith("kms-action: ") || externalId === null || !/^[1-9]\d{0,9}$/.test(externalId))
    return;
  let owner = payload.repository.owner.login, repo = payload.repository.name, { data: pull } = await octokit.rest.pulls.get({
    owner,
    repo,
    pull_number: Number(externalId)
  });
  if (pull.state === "open")
    return { owner, repo, number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha };
}

// app/index.ts
function kmsActionApp(options) {
  return (app2) => {
    let botLogin = createBotLoginLookup(app2), deps = (context) => ({
      octokit: context.octokit,
      planner: options.planner,
      botLogin,
      log: context.log
    });
    app2.on(
      ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"],
      async (context) => {
        let { pull_request: pull, repository } = context.payload;
        await checkPullRequest(deps(context), {
          owner: repository.owner.login,
          repo: repository.name,
          number: pull.number,
          headSha: pull.head.sha,
          baseSha: pull.base.sha
        });
      }
    ), app2.on("check_run.rerequested", async (context) => {
      let target = await targetOfCheckRun(context.octokit, context.payload);
      target !== void 0 && await checkPullRequest(deps(context), target);
    });
  };
}
var app = (probot, options) => kmsActionApp({ planner: createAwsPlanner(process.env) })(probot, options), app_default = app;

export {
  createAwsPlanner,
  kmsActionApp,
  app_default
};
