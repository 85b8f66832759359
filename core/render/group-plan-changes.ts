import type { Change, Risk } from '../plan/plan-types.ts';

/** Terraform's symbols: create, update in place, destroy (or schedule deletion), replace. */
export type ChangeSymbol = '+' | '~' | '-' | '-/+';

/** One line of a key's block: a change, or a revoke and re-create of one grant (a replace). */
export interface ChangeRow {
  symbol: ChangeSymbol;
  address: string;
  /** In apply order; two for a replace. */
  changes: Change[];
  risk: Risk;
}

/** Everything a plan does to one key: its policy, rotation, aliases, grants and tags together. */
export interface KeyBlock {
  key: string;
  account: string;
  region: string;
  symbol: ChangeSymbol;
  risk: Risk;
  rows: ChangeRow[];
}

const RISK_ORDER: readonly Risk[] = ['safe', 'disruptive', 'destructive'];

/** The worst of some risks (`safe` for none). */
function worstRisk(risks: Iterable<Risk>): Risk {
  let worst: Risk = 'safe';
  for (const risk of risks) if (RISK_ORDER.indexOf(risk) > RISK_ORDER.indexOf(worst)) worst = risk;
  return worst;
}

/**
 * Groups a plan's changes per key, the riskiest key first (then in the order its first
 * change applies); within a key, changes keep the apply order, which the plan (and its
 * JSON) keeps as it is.
 */
export function groupPlanChanges(changes: readonly Change[]): KeyBlock[] {
  const blocks = new Map<string, KeyBlock>();
  for (const change of changes) {
    const id = `${change.account}\n${change.region}\n${change.key}`;
    const block = blocks.get(id) ?? {
      key: change.key,
      account: change.account,
      region: change.region,
      symbol: '~',
      risk: 'safe',
      rows: [],
    };
    blocks.set(id, block);
    const row = block.rows.find(
      (candidate) =>
        candidate.address === change.address &&
        candidate.changes.length === 1 &&
        isGrantReplace(candidate.changes[0], change),
    );
    if (row !== undefined) {
      row.changes.push(change);
      row.symbol = '-/+';
      row.risk = worstRisk([row.risk, change.risk]);
    } else {
      block.rows.push({
        symbol: symbolOf(change),
        address: change.address,
        changes: [change],
        risk: change.risk,
      });
    }
  }
  for (const block of blocks.values()) {
    block.risk = worstRisk(block.rows.map((row) => row.risk));
    const actions = block.rows.flatMap((row) => row.changes.map((change) => change.action));
    block.symbol = actions.includes('create')
      ? '+'
      : actions.includes('schedule-deletion')
        ? '-'
        : '~';
  }
  // Array.prototype.sort is stable: keys of one risk keep their apply order.
  return [...blocks.values()].sort(
    (a, b) => RISK_ORDER.indexOf(b.risk) - RISK_ORDER.indexOf(a.risk),
  );
}

function isGrantReplace(first: Change | undefined, next: Change): boolean {
  const pair = [first?.action, next.action].sort().join();
  return pair === 'create-grant,revoke-grant';
}

function symbolOf(change: Change): ChangeSymbol {
  switch (change.action) {
    case 'create':
    case 'create-alias':
    case 'create-grant':
    case 'create-replica':
      return '+';
    case 'schedule-deletion':
    case 'delete-alias':
    case 'revoke-grant':
      return '-';
    default:
      return '~';
  }
}
