import type { Plan } from '../plan/plan-types.ts';
import type { AccessChange } from '../policy/diff-access.ts';
import {
  ACCESS_CLASS_ORDER,
  ACCESS_CLASS_TITLES,
  classifyPrincipal,
  describeAccess,
  hasAccess,
  type AccessClass,
} from './access-graph.ts';
import { escapeMermaidLabel } from './escape-mermaid.ts';
import type { KeyAccess } from './render-access.ts';
import { describeAccessPrincipal } from './describe-access-principal.ts';

/** Past this many nodes the picture is summarised: counts per class instead of names. */
export const MERMAID_NODE_LIMIT = 60;

/**
 * Past this many characters too (many edges, long escaped names): a PR comment has 65,536
 * characters in all, and Mermaid refuses to draw past 50,000 (its `maxTextSize`).
 */
export const MERMAID_TEXT_LIMIT = 20_000;

const EDGE_LABEL_LIMIT = 200;

export interface KeyAccessWithAliases extends KeyAccess {
  aliases: readonly string[];
}

/** A principal's edge to a key: how it is drawn and what its label says in words. */
export interface GraphEdge {
  principal: string;
  key: string;
  style: 'access' | 'gains' | 'loses' | 'conditions-change';
  label: string;
}

/** The picture before it becomes Mermaid text: no ids, no escaping yet. */
export interface AccessGraph {
  keys: { key: string; account: string; aliases: { alias: string; label?: string }[] }[];
  principals: Map<string, AccessClass>;
  edges: GraphEdge[];
}

/** Mermaid flowchart of every key of the manifest: aliases, principals by class, what they may do. */
export function renderAccessMermaid(keys: readonly KeyAccessWithAliases[]): string {
  const graph: AccessGraph = { keys: [], principals: new Map(), edges: [] };
  for (const entry of keys) {
    // A replica with its own policy is a node of its own: `name@Region`.
    const key = entry.replica === true ? { ...entry, key: `${entry.key}@${entry.region}` } : entry;
    graph.keys.push({
      key: key.key,
      account: key.account,
      aliases: key.aliases.map((alias) => ({ alias })),
    });
    const byPrincipal = new Map<string, typeof key.entries>();
    for (const entry of key.entries) {
      if (!hasAccess(entry)) continue;
      const list = byPrincipal.get(entry.principal) ?? [];
      list.push(entry);
      byPrincipal.set(entry.principal, list);
    }
    for (const [principal, entries] of byPrincipal) {
      addPrincipal(
        graph,
        principal,
        key.account,
        entries.map((entry) => entry.action),
      );
      graph.edges.push({
        principal,
        key: key.key,
        style: 'access',
        label: describeAccess(entries),
      });
    }
  }
  return renderGraph(graph).text;
}

const ALIAS_WORDS: Record<string, string> = {
  'create-alias': 'new alias',
  retarget: 'alias moves here',
  'delete-alias': 'alias removed',
};

const CHANGE_WORDS: Record<GraphEdge['style'], string> = {
  access: '',
  gains: 'gains',
  loses: 'loses',
  'conditions-change': 'new conditions for',
};

/**
 * The Markdown section of a plan that pictures the keys it touches: their alias changes and
 * who gains or loses what, in a ```mermaid fence, or a summary in a collapsed section when
 * the picture would pass `MERMAID_NODE_LIMIT` nodes or `MERMAID_TEXT_LIMIT` characters. Empty
 * when no alias or access changes.
 */
export function renderPlanMermaid(plan: Pick<Plan, 'changes'>): string {
  const graph: AccessGraph = { keys: [], principals: new Map(), edges: [] };
  const keyIndex = new Map<string, AccessGraph['keys'][number]>();
  for (const change of plan.changes) {
    let key = keyIndex.get(change.key);
    if (key === undefined) {
      key = { key: change.key, account: change.account, aliases: [] };
      keyIndex.set(change.key, key);
      graph.keys.push(key);
    }
    if (
      change.action === 'create-alias' ||
      change.action === 'retarget' ||
      change.action === 'delete-alias'
    ) {
      key.aliases.push({ alias: change.alias, label: ALIAS_WORDS[change.action] ?? change.action });
    }
    if (change.action === 'update-policy') {
      addAccessChanges(graph, change.key, change.account, change.access);
    }
    // A new key's policy gives everyone it names what they gain.
    if (change.action === 'create' && change.after.policy !== undefined) {
      // The plan computed it (or noted that it was too large): no second matrix here.
      addAccessChanges(graph, change.key, change.account, change.access);
    }
  }
  // Keys whose changes touch neither aliases nor access (a description, tags) add nothing.
  const drawn = new Set(graph.edges.map((edge) => edge.key));
  graph.keys = graph.keys.filter((key) => key.aliases.length > 0 || drawn.has(key.key));
  if (graph.keys.length === 0) return '';
  const { text: diagram, summarised } = renderGraph(graph);
  const fenced = `\`\`\`mermaid\n${diagram}\`\`\`\n`;
  if (!summarised) return `#### Access picture\n\n${fenced}`;
  return `<details><summary>Access picture: ${String(nodeCount(graph))} nodes, summarised per class (past ${String(MERMAID_NODE_LIMIT)} nodes or ${String(MERMAID_TEXT_LIMIT)} characters)</summary>\n\n${fenced}\n</details>\n`;
}

function addAccessChanges(
  graph: AccessGraph,
  key: string,
  account: string,
  access: readonly AccessChange[],
): void {
  // principal -> style -> qualifier -> action names; and what each principal may do after.
  const grouped = new Map<string, Map<GraphEdge['style'], Map<string, string[]>>>();
  const allowedAfter = new Map<string, string[]>();
  for (const change of access) {
    const styles =
      grouped.get(change.principal) ?? new Map<GraphEdge['style'], Map<string, string[]>>();
    const qualifiers = styles.get(change.change) ?? new Map<string, string[]>();
    const qualifier = qualifierOf(change);
    qualifiers.set(qualifier, [
      ...(qualifiers.get(qualifier) ?? []),
      change.action.replace(/^kms:/, ''),
    ]);
    styles.set(change.change, qualifiers);
    grouped.set(change.principal, styles);
    const allowed = allowedAfter.get(change.principal) ?? [];
    if (change.after.allowed !== 'no') allowed.push(change.action);
    allowedAfter.set(change.principal, allowed);
  }
  for (const [principal, styles] of grouped) {
    addPrincipal(graph, principal, account, allowedAfter.get(principal) ?? []);
    for (const [style, qualifiers] of styles) {
      const parts = [...qualifiers].map(
        ([qualifier, names]) => `${names.join(', ')}${qualifier === '' ? '' : ` ${qualifier}`}`,
      );
      graph.edges.push({
        principal,
        key,
        style,
        label: `${CHANGE_WORDS[style]} ${parts.join(' / ')}`,
      });
    }
  }
}

/** What the words of an access change must add so the label does not overstate it. */
function qualifierOf(change: AccessChange): string {
  const { after } = change;
  const onlyIam = after.allowed === 'no' && after.delegated_to_iam;
  if (change.change === 'gains') {
    if (onlyIam) return '(through IAM policies only)';
    return after.allowed === 'conditional' ? `if ${after.requires.join('+')}` : '';
  }
  if (change.change === 'loses') return onlyIam ? '(left to IAM policies)' : '';
  return after.allowed === 'conditional' ? `now if ${after.requires.join('+')}` : 'now always';
}

function addPrincipal(graph: AccessGraph, principal: string, account: string, actions: string[]) {
  const found = classifyPrincipal(principal, account, actions);
  const known = graph.principals.get(principal);
  // A principal that is in several classes (for different keys) sits in the first of the order.
  if (
    known === undefined ||
    ACCESS_CLASS_ORDER.indexOf(found) < ACCESS_CLASS_ORDER.indexOf(known)
  ) {
    graph.principals.set(principal, found);
  }
}

function nodeCount(graph: AccessGraph): number {
  return (
    graph.keys.length +
    graph.keys.reduce((sum, key) => sum + key.aliases.length, 0) +
    graph.principals.size
  );
}

const ARROWS: Record<GraphEdge['style'], string> = {
  access: '-->',
  gains: '==>',
  loses: '-.->',
  'conditions-change': '-->',
};

function renderGraph(graph: AccessGraph): { text: string; summarised: boolean } {
  if (nodeCount(graph) > MERMAID_NODE_LIMIT)
    return { text: renderSummary(graph), summarised: true };
  const text = renderFull(graph);
  return text.length > MERMAID_TEXT_LIMIT
    ? { text: renderSummary(graph), summarised: true }
    : { text, summarised: false };
}

function renderFull(graph: AccessGraph): string {
  let next = 0;
  const id = () => `n${String((next += 1))}`;
  const lines = ['flowchart LR'];
  const keyIds = new Map<string, string>();
  for (const key of graph.keys) {
    const keyId = id();
    keyIds.set(key.key, keyId);
    lines.push(`  ${keyId}[${escapeMermaidLabel(`key ${key.key}`)}]`);
    for (const alias of key.aliases) {
      const aliasId = id();
      lines.push(`  ${aliasId}(${escapeMermaidLabel(alias.alias)})`);
      const label = alias.label === undefined ? '' : `|${escapeMermaidLabel(alias.label)}|`;
      lines.push(`  ${keyId} ---${label} ${aliasId}`);
    }
  }
  const principalIds = new Map<string, string>();
  ACCESS_CLASS_ORDER.forEach((accessClass, index) => {
    const members = [...graph.principals].filter(([, found]) => found === accessClass);
    if (members.length === 0) return;
    lines.push(
      `  subgraph g${String(index + 1)}[${escapeMermaidLabel(ACCESS_CLASS_TITLES[accessClass])}]`,
    );
    for (const [principal] of members) {
      const principalId = id();
      principalIds.set(principal, principalId);
      lines.push(`    ${principalId}[${escapeMermaidLabel(describeAccessPrincipal(principal))}]`);
    }
    lines.push('  end');
  });
  for (const edge of graph.edges) {
    const from = principalIds.get(edge.principal);
    const to = keyIds.get(edge.key);
    if (from === undefined || to === undefined) continue;
    lines.push(
      `  ${from} ${ARROWS[edge.style]}|${escapeMermaidLabel(edge.label, EDGE_LABEL_LIMIT)}| ${to}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Counts only: one node for the keys, one per class with its gains and losses in words. */
function renderSummary(graph: AccessGraph): string {
  const aliases = graph.keys.reduce((sum, key) => sum + key.aliases.length, 0);
  const lines = [
    'flowchart LR',
    `%% Summarised: ${String(nodeCount(graph))} nodes, past ${String(MERMAID_NODE_LIMIT)} nodes or ${String(MERMAID_TEXT_LIMIT)} characters. kms-action access --key NAME draws fewer keys.`,
    `  n1[${escapeMermaidLabel(`${String(graph.keys.length)} keys, ${String(aliases)} aliases`)}]`,
  ];
  let next = 1;
  for (const accessClass of ACCESS_CLASS_ORDER) {
    const members = new Set(
      [...graph.principals].filter(([, found]) => found === accessClass).map(([name]) => name),
    );
    if (members.size === 0) continue;
    const count = (style: GraphEdge['style']) =>
      new Set(
        graph.edges
          .filter((edge) => edge.style === style && members.has(edge.principal))
          .map((edge) => edge.principal),
      ).size;
    const parts = [`${String(members.size)} principals`];
    for (const style of ['gains', 'loses', 'conditions-change'] as const) {
      const n = count(style);
      if (n > 0)
        parts.push(
          `${String(n)} ${style === 'conditions-change' ? 'with new conditions' : style === 'gains' ? 'gain access' : 'lose access'}`,
        );
    }
    next += 1;
    lines.push(
      `  n${String(next)}[${escapeMermaidLabel(`${ACCESS_CLASS_TITLES[accessClass]}: ${parts.join(', ')}`)}]`,
    );
    lines.push(`  n${String(next)} --> n1`);
  }
  return `${lines.join('\n')}\n`;
}
