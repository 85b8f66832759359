import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  countNoun,
  describeChange,
  describeVerdict
} from "./chunk-O2GON2TM.js";
import {
  diffAccess
} from "./chunk-NHXHU6JS.js";
import {
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  revealInvisible,
  tableCode
} from "./chunk-DFQM77SO.js";
import {
  parseOrganizationPrincipal
} from "./chunk-6AMXRTES.js";

// core/render/access-graph.ts
var ACCESS_CLASS_ORDER = [
  "administer",
  "use",
  "grants",
  "other-accounts",
  "services",
  "anyone"
], ACCESS_CLASS_TITLES = {
  administer: "administer",
  use: "use",
  grants: "grants for AWS resources",
  "other-accounts": "other accounts",
  services: "services",
  anyone: "anyone"
}, SERVICE = /\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com)$/, ADMIN_ACTIONS = /* @__PURE__ */ new Set(["kms:putkeypolicy", "kms:schedulekeydeletion", "kms:disablekey"]);
function classifyPrincipal(principal, account, actions) {
  if (principal === "*") return "anyone";
  if (!principal.startsWith("arn:"))
    return /^\d{12}$/.test(principal) ? principal === account ? "administer" : "other-accounts" : SERVICE.test(principal) ? "services" : "other-accounts";
  if ((principal.split(":")[4] ?? "") !== account) return "other-accounts";
  let lower = [...actions].map((action) => action.toLowerCase());
  return lower.some((action) => ADMIN_ACTIONS.has(action)) ? "administer" : lower.length > 0 && lower.every((action) => action === "kms:creategrant") ? "grants" : "use";
}
function hasAccess(entry) {
  return entry.allowed !== "no";
}
function describeAccess(entries) {
  let groups = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    let requires = entry.allowed === "conditional" ? entry.requires.join("+") : "", names = groups.get(requires) ?? [];
    names.push(entry.action.replace(/^kms:/, "")), groups.set(requires, names);
  }
  return [...groups].map(([requires, names]) => `${names.join(", ")}${requires === "" ? "" : ` if ${requires}`}`).join(" / ");
}

// core/render/escape-mermaid.ts
var MERMAID_LABEL_LIMIT = 80, SAFE = /^[A-Za-z0-9 ._:/@+=,-]$/;
function escapeMermaidLabel(text, limit = MERMAID_LABEL_LIMIT) {
  let chars = Array.from(revealInvisible(text)), half = Math.floor(limit / 2) - 1;
  return `"${(chars.length > limit ? [...chars.slice(0, half), "\u2026", ...chars.slice(-half)] : chars).map((char) => SAFE.test(char) ? char : `#${String(char.codePointAt(0) ?? 63)};`).join("")}"`;
}

// core/render/describe-access-principal.ts
function describeAccessPrincipal(principal) {
  return parseOrganizationPrincipal(principal)?.description ?? principal;
}

// core/render/render-access-mermaid.ts
var MERMAID_NODE_LIMIT = 60, MERMAID_TEXT_LIMIT = 2e4, EDGE_LABEL_LIMIT = 200;
function renderAccessMermaid(keys) {
  let graph = { keys: [], principals: /* @__PURE__ */ new Map(), edges: [] };
  for (let key of keys) {
    graph.keys.push({
      key: key.key,
      account: key.account,
      aliases: key.aliases.map((alias) => ({ alias }))
    });
    let byPrincipal = /* @__PURE__ */ new Map();
    for (let entry of key.entries) {
      if (!hasAccess(entry)) continue;
      let list = byPrincipal.get(entry.principal) ?? [];
      list.push(entry), byPrincipal.set(entry.principal, list);
    }
    for (let [principal, entries] of byPrincipal)
      addPrincipal(
        graph,
        principal,
        key.account,
        entries.map((entry) => entry.action)
      ), graph.edges.push({
        principal,
        key: key.key,
        style: "access",
        label: describeAccess(entries)
      });
  }
  return renderGraph(graph).text;
}
var ALIAS_WORDS = {
  "create-alias": "new alias",
  retarget: "alias moves here",
  "delete-alias": "alias removed"
}, CHANGE_WORDS = {
  access: "",
  gains: "gains",
  loses: "loses",
  "conditions-change": "new conditions for"
};
function renderPlanMermaid(plan) {
  let graph = { keys: [], principals: /* @__PURE__ */ new Map(), edges: [] }, keyIndex = /* @__PURE__ */ new Map();
  for (let change of plan.changes) {
    let key = keyIndex.get(change.key);
    if (key === void 0 && (key = { key: change.key, account: change.account, aliases: [] }, keyIndex.set(change.key, key), graph.keys.push(key)), (change.action === "create-alias" || change.action === "retarget" || change.action === "delete-alias") && key.aliases.push({ alias: change.alias, label: ALIAS_WORDS[change.action] ?? change.action }), change.action === "update-policy" && addAccessChanges(graph, change.key, change.account, change.access), change.action === "create" && change.after.policy !== void 0) {
      let access = diffAccess(void 0, change.after.policy, { account: change.account });
      addAccessChanges(graph, change.key, change.account, access);
    }
  }
  let drawn = new Set(graph.edges.map((edge) => edge.key));
  if (graph.keys = graph.keys.filter((key) => key.aliases.length > 0 || drawn.has(key.key)), graph.keys.length === 0) return "";
  let { text: diagram, summarised } = renderGraph(graph), fenced = `\`\`\`mermaid
${diagram}\`\`\`
`;
  return summarised ? `<details><summary>Access picture: ${String(nodeCount(graph))} nodes, summarised per class (past ${String(MERMAID_NODE_LIMIT)} nodes or ${String(MERMAID_TEXT_LIMIT)} characters)</summary>

${fenced}
</details>
` : `#### Access picture

${fenced}`;
}
function addAccessChanges(graph, key, account, access) {
  let grouped = /* @__PURE__ */ new Map(), allowedAfter = /* @__PURE__ */ new Map();
  for (let change of access) {
    let styles = grouped.get(change.principal) ?? /* @__PURE__ */ new Map(), qualifiers = styles.get(change.change) ?? /* @__PURE__ */ new Map(), qualifier = qualifierOf(change);
    qualifiers.set(qualifier, [
      ...qualifiers.get(qualifier) ?? [],
      change.action.replace(/^kms:/, "")
    ]), styles.set(change.change, qualifiers), grouped.set(change.principal, styles);
    let allowed = allowedAfter.get(change.principal) ?? [];
    change.after.allowed !== "no" && allowed.push(change.action), allowedAfter.set(change.principal, allowed);
  }
  for (let [principal, styles] of grouped) {
    addPrincipal(graph, principal, account, allowedAfter.get(principal) ?? []);
    for (let [style, qualifiers] of styles) {
      let parts = [...qualifiers].map(
        ([qualifier, names]) => `${names.join(", ")}${qualifier === "" ? "" : ` ${qualifier}`}`
      );
      graph.edges.push({
        principal,
        key,
        style,
        label: `${CHANGE_WORDS[style]} ${parts.join(" / ")}`
      });
    }
  }
}
function qualifierOf(change) {
  let { after } = change, onlyIam = after.allowed === "no" && after.delegated_to_iam;
  return change.change === "gains" ? onlyIam ? "(through IAM policies only)" : after.allowed === "conditional" ? `if ${after.requires.join("+")}` : "" : change.change === "loses" ? onlyIam ? "(left to IAM policies)" : "" : after.allowed === "conditional" ? `now if ${after.requires.join("+")}` : "now always";
}
function addPrincipal(graph, principal, account, actions) {
  let found = classifyPrincipal(principal, account, actions), known = graph.principals.get(principal);
  (known === void 0 || ACCESS_CLASS_ORDER.indexOf(found) < ACCESS_CLASS_ORDER.indexOf(known)) && graph.principals.set(principal, found);
}
function nodeCount(graph) {
  return graph.keys.length + graph.keys.reduce((sum, key) => sum + key.aliases.length, 0) + graph.principals.size;
}
var ARROWS = {
  access: "-->",
  gains: "==>",
  loses: "-.->",
  "conditions-change": "-->"
};
function renderGraph(graph) {
  if (nodeCount(graph) > MERMAID_NODE_LIMIT)
    return { text: renderSummary(graph), summarised: !0 };
  let text = renderFull(graph);
  return text.length > MERMAID_TEXT_LIMIT ? { text: renderSummary(graph), summarised: !0 } : { text, summarised: !1 };
}
function renderFull(graph) {
  let next = 0, id = () => `n${String(next += 1)}`, lines = ["flowchart LR"], keyIds = /* @__PURE__ */ new Map();
  for (let key of graph.keys) {
    let keyId = id();
    keyIds.set(key.key, keyId), lines.push(`  ${keyId}[${escapeMermaidLabel(`key ${key.key}`)}]`);
    for (let alias of key.aliases) {
      let aliasId = id();
      lines.push(`  ${aliasId}(${escapeMermaidLabel(alias.alias)})`);
      let label = alias.label === void 0 ? "" : `|${escapeMermaidLabel(alias.label)}|`;
      lines.push(`  ${keyId} ---${label} ${aliasId}`);
    }
  }
  let principalIds = /* @__PURE__ */ new Map();
  ACCESS_CLASS_ORDER.forEach((accessClass, index) => {
    let members = [...graph.principals].filter(([, found]) => found === accessClass);
    if (members.length !== 0) {
      lines.push(
        `  subgraph g${String(index + 1)}[${escapeMermaidLabel(ACCESS_CLASS_TITLES[accessClass])}]`
      );
      for (let [principal] of members) {
        let principalId = id();
        principalIds.set(principal, principalId), lines.push(`    ${principalId}[${escapeMermaidLabel(describeAccessPrincipal(principal))}]`);
      }
      lines.push("  end");
    }
  });
  for (let edge of graph.edges) {
    let from = principalIds.get(edge.principal), to = keyIds.get(edge.key);
    from === void 0 || to === void 0 || lines.push(
      `  ${from} ${ARROWS[edge.style]}|${escapeMermaidLabel(edge.label, EDGE_LABEL_LIMIT)}| ${to}`
    );
  }
  return `${lines.join(`
`)}
`;
}
function renderSummary(graph) {
  let aliases = graph.keys.reduce((sum, key) => sum + key.aliases.length, 0), lines = [
    "flowchart LR",
    `%% Summarised: ${String(nodeCount(graph))} nodes, past ${String(MERMAID_NODE_LIMIT)} nodes or ${String(MERMAID_TEXT_LIMIT)} characters. kms-action access --key NAME draws fewer keys.`,
    `  n1[${escapeMermaidLabel(`${String(graph.keys.length)} keys, ${String(aliases)} aliases`)}]`
  ], next = 1;
  for (let accessClass of ACCESS_CLASS_ORDER) {
    let members = new Set(
      [...graph.principals].filter(([, found]) => found === accessClass).map(([name]) => name)
    );
    if (members.size === 0) continue;
    let count = (style) => new Set(
      graph.edges.filter((edge) => edge.style === style && members.has(edge.principal)).map((edge) => edge.principal)
    ).size, parts = [`${String(members.size)} principals`];
    for (let style of ["gains", "loses", "conditions-change"]) {
      let n = count(style);
      n > 0 && parts.push(
        `${String(n)} ${style === "conditions-change" ? "with new conditions" : style === "gains" ? "gain access" : "lose access"}`
      );
    }
    next += 1, lines.push(
      `  n${String(next)}[${escapeMermaidLabel(`${ACCESS_CLASS_TITLES[accessClass]}: ${parts.join(", ")}`)}]`
    ), lines.push(`  n${String(next)} --> n1`);
  }
  return `${lines.join(`
`)}
`;
}

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
  switch (alarm.kind) {
    case "pending-deletion": {
      let date = alarm.deletionDate === void 0 ? "" : ` on ${alarm.deletionDate}`, left = alarm.daysLeft === void 0 ? "" : ` (${countNoun(alarm.daysLeft, "day")} left)`;
      return `key ${alarm.key} is scheduled for deletion${date}${left}; the manifest says it is enabled, so apply cancels the deletion`;
    }
    case "disabled":
      return `key ${alarm.key} is disabled; the manifest says it is enabled, so every encrypt and decrypt call with it fails until it is enabled again`;
    case "policy-edited":
      return `the key policy of ${alarm.key} was edited outside this repository (${countNoun(alarm.access.length, "access change")}; apply restores the declared policy)`;
    case "undeclared-grant": {
      let name = alarm.grant.name === "" ? "" : ` ${alarm.grant.name}`;
      return `key ${alarm.key} has a grant${name} nobody declared: ${alarm.grant.granteePrincipal} may ${alarm.grant.operations.join(", ")}`;
    }
  }
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
  if (plan.changes.length === 0 && plan.problems.length === 0) {
    let { headline, detail } = describeNoChanges(plan, "the manifest"), waiting = (plan.notices?.length ?? 0) > 0;
    return out.push(`${waiting ? "\u23F3" : "\u2705"} **${headline}** ${detail}`, ""), out.join(`
`);
  }
  let blocks = groupPlanChanges(plan.changes);
  plan.changes.length > 0 && out.push(`**${describePlanSummary(plan, blocks, inlineCode)}**`, ""), out.push(...renderPlanCalloutsMarkdown(plan, options));
  let picture = renderPlanMermaid(plan);
  picture !== "" && out.push(picture);
  for (let block of blocks) out.push(...renderKeyBlock(block));
  return out.join(`
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
  if (change.action !== "create" && change.action !== "update-policy") return [];
  let out = [];
  if (change.access.length > 0) {
    out.push(
      change.action === "create" ? "**Access on the new key**" : "**Access changes**",
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
  return change.action === "update-policy" ? change.policyDiff !== "" && out.push("**Key policy diff**", "", codeBlock(change.policyDiff, "diff"), "") : change.after.policy !== void 0 && out.push(
    "**Key policy**",
    "",
    codeBlock(JSON.stringify(change.after.policy, null, 2), "json"),
    ""
  ), out;
}

export {
  describeAccessPrincipal,
  renderAccessMermaid,
  findDriftAlarms,
  describeDriftAlarm,
  describeNoChanges,
  describePartialPlan,
  describePlanSummary,
  describeWidening,
  groupPlanChanges,
  renderDriftAlarmsMarkdown,
  renderPlanMarkdown
};
