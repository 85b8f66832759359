import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  describeDriftAlarm,
  describeNoChanges,
  describePartialPlan,
  describePlanSummary,
  describeWidening,
  findDriftAlarms,
  groupKeptGrants,
  groupPlanChanges,
  isUnexpectedKeep
} from "./chunk-N5XFL46V.js";
import {
  describeAccessPrincipal
} from "./chunk-A4JPLLK3.js";
import {
  diffPolicyText
} from "./chunk-7J6WFNQB.js";
import {
  describeChange,
  describeVerdict
} from "./chunk-67NWA6VW.js";
import {
  countNoun
} from "./chunk-IEWPRWQS.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";

// core/render/render-kept-grants-text.ts
function renderKeptGrantsText(plan) {
  let kept = plan.keptGrants ?? [], rules = plan.unexpectedKeepRules ?? [], lines = [];
  if (rules.length > 0 && lines.push(
    "keep_grants names principals AWS does not operate for the key's account: a grant to them, made before or after this plan, is never revoked:",
    ...rules.map(
      (rule) => revealInvisible(
        `  ! ${rule.grantee} (${rule.source === "defaults" ? `defaults, ${countNoun(rule.keys, "key")}` : rule.keys === 1 ? `key ${rule.firstKey}` : `${countNoun(rule.keys, "key")}, first ${rule.firstKey}`}): ${rule.reason}`
      )
    ),
    ""
  ), kept.length === 0) return lines;
  lines.push(
    `Kept by keep_grants (${countNoun(kept.length, "live grant")}, never revoked, not even with --allow-destructive):`
  );
  for (let { rule, grants, keys } of groupKeptGrants(kept)) {
    lines.push(
      revealInvisible(
        `  kept by ${rule.grantee}${rule.source === "defaults" ? " (defaults)" : ""}, ${countNoun(grants.length, "grant")} on ${countNoun(keys, "key")}: ${rule.reason}`
      )
    );
    for (let entry of grants) {
      let unexpected = isUnexpectedKeep(entry);
      lines.push(
        revealInvisible(
          `    ${unexpected ? "!" : "="} ${entry.address}: grant ${entry.grantId} to ${entry.grant.granteePrincipal} (${entry.grant.operations.join(", ")})${unexpected ? " [not an AWS-operated grantee of this account: check it is wanted]" : ""}`
        )
      );
    }
  }
  return lines.push(""), lines;
}

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
  lines.push(...renderKeptGrantsText(plan));
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
    return terminalLines(lines);
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
  return terminalLines(lines);
}
function changeDetails(change) {
  let lines = [`        ${describeChange(change)}`];
  if (change.note !== void 0 && lines.push(`        note: ${change.note}`), change.action !== "create" && change.action !== "update-policy" && change.action !== "create-replica")
    return lines;
  for (let access of change.access)
    lines.push(
      `        access: ${describeAccessPrincipal(access.principal)} ${access.change} ${access.action} (${describeVerdict(access.after)})`
    );
  if (change.action === "create-replica") return lines;
  let diff = change.action === "update-policy" ? change.policyDiff : change.after.policy === void 0 ? "" : diffPolicyText(void 0, change.after.policy);
  for (let line of diff.split(`
`))
    (line.startsWith("+") || line.startsWith("-") || line.startsWith("@@")) && lines.push(`        ${line}`);
  return lines;
}

export {
  renderPlanText
};
