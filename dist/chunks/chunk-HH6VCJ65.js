import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  describeAccessPrincipal
} from "./chunk-A4JPLLK3.js";
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";

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

// core/render/render-access-mermaid.ts
var MERMAID_NODE_LIMIT = 60, MERMAID_TEXT_LIMIT = 2e4, EDGE_LABEL_LIMIT = 200;
function renderAccessMermaid(keys) {
  let graph = { keys: [], principals: /* @__PURE__ */ new Map(), edges: [] };
  for (let entry of keys) {
    let key = entry.replica === !0 ? { ...entry, key: `${entry.key}@${entry.region}` } : entry;
    graph.keys.push({
      key: key.key,
      account: key.account,
      aliases: key.aliases.map((alias) => ({ alias }))
    });
    let byPrincipal = /* @__PURE__ */ new Map();
    for (let entry2 of key.entries) {
      if (!hasAccess(entry2)) continue;
      let list = byPrincipal.get(entry2.principal) ?? [];
      list.push(entry2), byPrincipal.set(entry2.principal, list);
    }
    for (let [principal, entries] of byPrincipal)
      addPrincipal(
        graph,
        principal,
        key.account,
        entries.map((entry2) => entry2.action)
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
    key === void 0 && (key = { key: change.key, account: change.account, aliases: [] }, keyIndex.set(change.key, key), graph.keys.push(key)), (change.action === "create-alias" || change.action === "retarget" || change.action === "delete-alias") && key.aliases.push({ alias: change.alias, label: ALIAS_WORDS[change.action] ?? change.action }), change.action === "update-policy" && addAccessChanges(graph, change.key, change.account, change.access), change.action === "create" && change.after.policy !== void 0 && addAccessChanges(graph, change.key, change.account, change.access);
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

export {
  renderAccessMermaid,
  renderPlanMermaid
};
