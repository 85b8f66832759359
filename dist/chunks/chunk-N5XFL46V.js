import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  isOwnAwsGrant
} from "./chunk-7J6WFNQB.js";
import {
  countNoun
} from "./chunk-IEWPRWQS.js";

// core/render/describe-no-changes.ts
function describeNoChanges(plan, manifest) {
  let keys = plan.partial === void 0 ? "The live keys" : "The targeted keys", waiting = plan.notices?.length ?? 0;
  return waiting === 0 ? { headline: "No changes.", detail: `${keys} match ${manifest}.` } : {
    headline: "No changes to apply.",
    detail: waiting === 1 ? `${keys} match ${manifest}, but 1 key waits for its key material (see above) and is not usable yet.` : `${keys} match ${manifest}, but ${countNoun(waiting, "key")} wait for their key material (see above) and are not usable yet.`
  };
}

// core/render/describe-partial-plan.ts
function describePartialPlan(plan) {
  if (plan.partial !== void 0)
    return `partial plan (targets: ${plan.partial.targets.join(", ")}): the other keys of the manifest were not read or planned, and are not reported as orphans`;
}

// core/render/describe-plan-summary.ts
var SYMBOL_WORDS = [
  ["+", "to create"],
  ["~", "to update in place"],
  ["-/+", "to replace"],
  ["-", "to destroy"]
];
function describePlanSummary(plan, blocks, showSymbol = (symbol) => symbol) {
  let counts = /* @__PURE__ */ new Map();
  for (let block of blocks)
    for (let row of block.rows) counts.set(row.symbol, (counts.get(row.symbol) ?? 0) + 1);
  let symbols = SYMBOL_WORDS.filter(([symbol]) => (counts.get(symbol) ?? 0) > 0).map(
    ([symbol, words]) => `${showSymbol(symbol)} ${counts.get(symbol) ?? 0} ${words}`
  ), { byRisk } = plan.summary;
  return `${countNoun(plan.changes.length, "change")}: ${symbols.join(", ")}; ${byRisk.safe} safe, ${byRisk.disruptive} disruptive, ${byRisk.destructive} destructive`;
}

// core/render/group-plan-changes.ts
var RISK_ORDER = ["safe", "disruptive", "destructive"];
function worstRisk(risks) {
  let worst = "safe";
  for (let risk of risks) RISK_ORDER.indexOf(risk) > RISK_ORDER.indexOf(worst) && (worst = risk);
  return worst;
}
function groupPlanChanges(changes) {
  let blocks = /* @__PURE__ */ new Map();
  for (let change of changes) {
    let id = `${change.account}
${change.region}
${change.key}`, block = blocks.get(id) ?? {
      key: change.key,
      account: change.account,
      region: change.region,
      symbol: "~",
      risk: "safe",
      rows: []
    };
    blocks.set(id, block);
    let row = block.rows.find(
      (candidate) => candidate.address === change.address && candidate.changes.length === 1 && isGrantReplace(candidate.changes[0], change)
    );
    row !== void 0 ? (row.changes.push(change), row.symbol = "-/+", row.risk = worstRisk([row.risk, change.risk])) : block.rows.push({
      symbol: symbolOf(change),
      address: change.address,
      changes: [change],
      risk: change.risk
    });
  }
  for (let block of blocks.values()) {
    block.risk = worstRisk(block.rows.map((row) => row.risk));
    let actions = block.rows.flatMap((row) => row.changes.map((change) => change.action));
    block.symbol = actions.includes("create") ? "+" : actions.includes("schedule-deletion") ? "-" : "~";
  }
  return [...blocks.values()].sort(
    (a, b) => RISK_ORDER.indexOf(b.risk) - RISK_ORDER.indexOf(a.risk)
  );
}
function isGrantReplace(first, next) {
  return [first?.action, next.action].sort().join() === "create-grant,revoke-grant";
}
function symbolOf(change) {
  switch (change.action) {
    case "create":
    case "create-alias":
    case "create-grant":
    case "create-replica":
      return "+";
    case "schedule-deletion":
    case "delete-alias":
    case "revoke-grant":
      return "-";
    default:
      return "~";
  }
}

// core/render/describe-widening.ts
function describeWidening(widening) {
  return `${whoIs(widening)} gains ${widening.actions.join(", ")}`;
}
function whoIs({ principal, kind }) {
  switch (kind) {
    case "anyone":
      return "anyone (*)";
    case "service":
      return `service ${principal}`;
    case "organization":
      return `every principal of ${principal}`;
    case "other-account": {
      let account = /^\d{12}$/.test(principal) ? principal : principal.split(":")[4];
      return principal === account || principal.endsWith(":root") ? `account ${account ?? principal}` : `${principal} (account ${account ?? "?"})`;
    }
    case "unknown":
      return `${principal} (a principal form kms-action does not read, taken as foreign)`;
  }
}

// core/plan/find-drift-alarms.ts
function findDriftAlarms(plan, options) {
  let alarms = [], cancelled = /* @__PURE__ */ new Set(), created = new Set(
    plan.changes.filter((change) => change.action === "create" || change.action === "create-grant").map((change) => change.address)
  );
  for (let change of plan.changes) {
    let where = { key: change.key, address: change.address };
    change.action === "cancel-deletion" ? (cancelled.add(change.key), alarms.push({ kind: "pending-deletion", ...where, ...deletionOf(change, options.now) })) : change.action === "enable" && !cancelled.has(change.key) && !created.has(`key.${change.key}`) ? alarms.push({ kind: "disabled", ...where }) : change.action === "update-policy" && options.drift && change.before !== void 0 ? alarms.push({ kind: "policy-edited", ...where, access: change.access }) : change.action === "revoke-grant" && !created.has(change.address) && alarms.push({ kind: "undeclared-grant", ...where, grant: change.before });
  }
  return alarms;
}
function deletionOf(change, now) {
  if (change.deletionDate === void 0) return {};
  let at = Date.parse(change.deletionDate);
  if (Number.isNaN(at)) return { deletionDate: change.deletionDate };
  let deletionDate = new Date(at).toISOString().slice(0, 10);
  return now === void 0 ? { deletionDate } : { deletionDate, daysLeft: Math.max(0, Math.ceil((at - now.getTime()) / 864e5)) };
}

// core/render/describe-drift-alarm.ts
function describeDriftAlarm(alarm) {
  let key = subjectOf(alarm);
  switch (alarm.kind) {
    case "pending-deletion": {
      let date = alarm.deletionDate === void 0 ? "" : ` on ${alarm.deletionDate}`, left = alarm.daysLeft === void 0 ? "" : ` (${countNoun(alarm.daysLeft, "day")} left)`;
      return `${key} is scheduled for deletion${date}${left}; the manifest says it is enabled, so apply cancels the deletion`;
    }
    case "disabled":
      return `${key} is disabled; the manifest says it is enabled, so every encrypt and decrypt call with it fails until it is enabled again`;
    case "policy-edited":
      return `the key policy of ${alarm.key} was edited outside this repository (${countNoun(alarm.access.length, "access change")}; apply restores the declared policy)`;
    case "undeclared-grant": {
      let name = alarm.grant.name === "" ? "" : ` ${alarm.grant.name}`;
      return `${key} has a grant${name} nobody declared: ${alarm.grant.granteePrincipal} may ${alarm.grant.operations.join(", ")}`;
    }
  }
}
function subjectOf(alarm) {
  let replicaPrefix = `key.${alarm.key}.replica.`;
  return alarm.address.startsWith(replicaPrefix) ? `the ${alarm.address.slice(replicaPrefix.length)} replica of key ${alarm.key}` : `key ${alarm.key}`;
}

// core/render/group-kept-grants.ts
function groupKeptGrants(kept) {
  let groups = /* @__PURE__ */ new Map();
  for (let entry of kept) {
    let { rule } = entry, id = JSON.stringify([rule.grantee, rule.source, rule.reason]), group = groups.get(id);
    group === void 0 && (group = { rule, grants: [], keys: 0, seen: /* @__PURE__ */ new Set() }, groups.set(id, group)), group.grants.push(entry);
    let where = `${entry.key} ${entry.region}`;
    group.seen.has(where) || (group.seen.add(where), group.keys += 1);
  }
  return [...groups.values()].map(({ rule, grants, keys }) => ({ rule, grants, keys }));
}
function isUnexpectedKeep(entry) {
  return !isOwnAwsGrant(entry.grant, entry.account);
}

export {
  describeNoChanges,
  describePartialPlan,
  describePlanSummary,
  groupPlanChanges,
  groupKeptGrants,
  isUnexpectedKeep,
  describeWidening,
  findDriftAlarms,
  describeDriftAlarm
};
