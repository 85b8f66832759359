import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  renderPlanMermaid
} from "./chunk-HH6VCJ65.js";
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
  describeChange,
  describeVerdict
} from "./chunk-67NWA6VW.js";
import {
  countNoun
} from "./chunk-IEWPRWQS.js";
import {
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  tableCode
} from "./chunk-4OQQTHGJ.js";

// core/render/render-kept-grants-markdown.ts
var MAX_LISTED = 50, MAX_RULES = 20, MAX_WARNED_RULES = 10, MAX_REASON = 100;
function renderKeptGrantsMarkdown(plan) {
  let kept = plan.keptGrants ?? [], warning = rulesWarning(plan.unexpectedKeepRules ?? []);
  if (kept.length === 0) return { warning, details: [] };
  let unexpected = [
    ...new Set(kept.filter(isUnexpectedKeep).map((entry) => entry.grant.granteePrincipal))
  ];
  unexpected.length > 0 && warning.push(
    "> [!WARNING]",
    `> **\`keep_grants\` keeps grants to principals AWS does not operate, or of another account**, never revoked: ${unexpected.slice(0, MAX_LISTED).map(inlineCode).join(
      ", "
    )}${unexpected.length > MAX_LISTED ? ` and ${String(unexpected.length - MAX_LISTED)} more` : ""}. Keep rules are meant for the grants AWS services make for your own resources; check that each of these grants is wanted.`,
    ""
  );
  let details = [
    "<details>",
    `<summary>\u{1F512} Kept by <code>keep_grants</code>: ${countNoun(kept.length, "live grant")}, never revoked</summary>`,
    ""
  ], rules = groupKeptGrants(kept), listed = 0;
  for (let [index, group] of rules.entries()) {
    if (index === MAX_RULES) {
      details.push(`- ${countNoun(rules.length - MAX_RULES, "more rule")}: see the JSON plan`);
      break;
    }
    let { rule } = group;
    details.push(
      `- ${inlineCode(rule.grantee)}${rule.source === "defaults" ? " (from `defaults`)" : ""} keeps ${countNoun(group.grants.length, "grant")} on ${countNoun(group.keys, "key")}: ${escapeMarkdown(rule.reason)}`
    );
    for (let entry of group.grants) {
      if (listed === MAX_LISTED) break;
      listed += 1, details.push(`  - ${grantLine(entry)}`);
    }
  }
  return listed < kept.length && details.push("", `${String(kept.length - listed)} more not listed here: see the JSON plan.`), details.push("", "</details>", ""), { warning, details };
}
function rulesWarning(rules) {
  return rules.length === 0 ? [] : [
    "> [!WARNING]",
    "> **`keep_grants` names principals AWS does not operate for the key's account**: a grant to them, made before or after this review, is never revoked, not even with `--allow-destructive`. Keep rules are meant for the grants AWS services make for your own resources; check that each is wanted.",
    ...rules.slice(0, MAX_WARNED_RULES).map((rule) => {
      let where = rule.source === "defaults" ? `from \`defaults\`, ${countNoun(rule.keys, "key")}` : rule.keys === 1 ? `key ${inlineCode(rule.firstKey)}` : `${countNoun(rule.keys, "key")}, first ${inlineCode(rule.firstKey)}`, reason = rule.reason.length > MAX_REASON ? `${rule.reason.slice(0, MAX_REASON)}\u2026` : rule.reason;
      return `> - ${inlineCode(rule.grantee)} (${where}): ${escapeMarkdown(reason)}`;
    }),
    ...rules.length > MAX_WARNED_RULES ? [`> - and ${countNoun(rules.length - MAX_WARNED_RULES, "more rule")}: see the manifest`] : [],
    ""
  ];
}
function grantLine(entry) {
  return `${inlineCode(entry.key)}: ${inlineCode(entry.grantId)} to ${inlineCode(entry.grant.granteePrincipal)}: ${escapeMarkdown(entry.grant.operations.join(", "))}`;
}

// core/render/render-drift-alarms-markdown.ts
function renderDriftAlarmsMarkdown(plan, options) {
  let alarms = findDriftAlarms(plan, {
    drift: options.drift ?? !1,
    ...options.now === void 0 ? {} : { now: options.now }
  });
  if (alarms.length === 0) return [];
  let out = ["> [!CAUTION]", "> **Changed outside this repository**", ">"];
  for (let alarm of alarms)
    out.push(`> - ${inlineCode(alarm.address)}: ${escapeMarkdown(describeDriftAlarm(alarm))}`);
  return out.push(""), out;
}

// core/render/render-plan-callouts-markdown.ts
function renderPlanCalloutsMarkdown(plan, options) {
  let out = [];
  if (plan.problems.length > 0) {
    out.push(
      "> [!CAUTION]",
      `> **${countNoun(plan.problems.length, "problem")} ${plan.problems.length === 1 ? "blocks" : "block"} this plan: apply will refuse it.**`,
      ">"
    );
    for (let problem of plan.problems) {
      let where = problem.line === void 0 ? "" : ` (line ${problem.line})`;
      out.push(
        `> - ${inlineCode(problem.code)} ${escapeMarkdown(problem.message)}${where}<br>Fix: ${escapeMarkdown(problem.help)}`
      );
    }
    out.push("");
  }
  options.omitAlarms !== !0 && out.push(...renderDriftAlarmsMarkdown(plan, options));
  let widening = plan.changes.filter((change) => change.widens !== void 0);
  if (widening.length > 0) {
    out.push(
      "> [!WARNING]",
      "> **Review: access widened** beyond the key's account (another account, an organisation, anyone or an AWS service):",
      ">"
    );
    for (let change of widening)
      for (let entry of change.widens ?? [])
        out.push(`> - ${inlineCode(change.address)}: ${escapeMarkdown(describeWidening(entry))}`);
    out.push("");
  }
  let destructive = plan.changes.filter((change) => change.risk === "destructive");
  if (destructive.length > 0) {
    out.push(
      "> [!WARNING]",
      "> **Destructive changes** (applied only with `allow-destructive`):",
      ">"
    );
    for (let change of destructive)
      out.push(`> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}`);
    out.push("");
  }
  return out;
}

// core/render/render-plan-markdown.ts
var RISK_BADGE = {
  safe: "\u{1F7E2} safe",
  disruptive: "\u{1F7E0} disruptive",
  destructive: "\u{1F534} destructive"
};
function renderPlanMarkdown(plan, options = {}) {
  let out = [];
  out.push(`### kms-action plan for ${inlineCode(plan.file)}`, "");
  let partial = describePartialPlan(plan);
  if (partial !== void 0) {
    out.push("> [!NOTE]", `> ${escapeMarkdown(partial)}.`);
    for (let entry of plan.partial?.deferred ?? [])
      out.push(`> - ${inlineCode(entry.address)}: deferred (${escapeMarkdown(entry.reason)})`);
    out.push("");
  }
  for (let notice of plan.notices ?? [])
    out.push(
      "> [!NOTE]",
      `> ${inlineCode(notice.key)} (${inlineCode(notice.arn)}) waits for its key material: it is \`PendingImport\` (origin \`EXTERNAL\`), so it can be neither used nor enabled or disabled until the material is imported.`,
      "> Import it out of band: `aws kms get-parameters-for-import` (a wrapping key and an import token), wrap the material, then `aws kms import-key-material`; the next plan applies the declared state.",
      ""
    );
  let kept = renderKeptGrantsMarkdown(plan);
  if (out.push(...kept.warning), plan.changes.length === 0 && plan.problems.length === 0) {
    let { headline, detail } = describeNoChanges(plan, "the manifest"), waiting = (plan.notices?.length ?? 0) > 0;
    return out.push(`${waiting ? "\u23F3" : "\u2705"} **${headline}** ${detail}`, "", ...kept.details), out.join(`
`);
  }
  let blocks = groupPlanChanges(plan.changes);
  plan.changes.length > 0 && out.push(`**${describePlanSummary(plan, blocks, inlineCode)}**`, ""), out.push(...renderPlanCalloutsMarkdown(plan, options));
  let picture = renderPlanMermaid(plan);
  picture !== "" && out.push(picture);
  for (let block of blocks) out.push(...renderKeyBlock(block));
  return out.push(...kept.details), out.join(`
`);
}
function renderKeyBlock(block) {
  let changes = block.rows.reduce((total, row) => total + row.changes.length, 0), out = [
    "<details>",
    `<summary><code>${escapeHtml(block.symbol)}</code> <b>${escapeHtml(block.key)}</b> (${escapeHtml(block.account)}, ${escapeHtml(block.region)}): ${countNoun(changes, "change")}, ${RISK_BADGE[block.risk]}</summary>`,
    "",
    "| | Change | What | Risk |",
    "| --- | --- | --- | --- |"
  ];
  for (let row of block.rows) {
    let what = row.changes.map((change) => {
      let note = change.note === void 0 ? "" : `<br><sub>${escapeMarkdown(change.note)}</sub>`;
      return `${escapeMarkdown(describeChange(change))}${note}`;
    }).join("<br>");
    out.push(
      `| ${tableCode(row.symbol)} | ${tableCode(row.address)} | ${what} | ${RISK_BADGE[row.risk]} |`
    );
  }
  out.push("");
  for (let row of block.rows)
    for (let change of row.changes) out.push(...policyDetails(change));
  return out.push("</details>", ""), out;
}
function policyDetails(change) {
  if (change.action !== "create" && change.action !== "update-policy" && change.action !== "create-replica")
    return [];
  let out = [];
  if (change.access.length > 0) {
    out.push(
      change.action === "create" ? "**Access on the new key**" : change.action === "create-replica" ? "**Access on the new replica**" : "**Access changes**",
      "",
      "| Principal | Change | Action | Conditions |",
      "| --- | --- | --- | --- |"
    );
    for (let access of change.access)
      out.push(
        `| ${tableCode(describeAccessPrincipal(access.principal))} | ${access.change === "gains" ? "\u2795 gains" : access.change === "loses" ? "\u2796 loses" : "\u270F\uFE0F conditions change"} | ${tableCode(access.action)} | ${escapeMarkdown(describeVerdict(access.after))} |`
      );
    out.push("");
  }
  return change.action === "create-replica" || (change.action === "update-policy" ? change.policyDiff !== "" && out.push("**Key policy diff**", "", codeBlock(change.policyDiff, "diff"), "") : change.after.policy !== void 0 && out.push(
    "**Key policy**",
    "",
    codeBlock(JSON.stringify(change.after.policy, null, 2), "json"),
    ""
  )), out;
}

export {
  renderDriftAlarmsMarkdown,
  renderPlanMarkdown
};
