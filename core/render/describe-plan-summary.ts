import type { Plan } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';
import type { ChangeSymbol, KeyBlock } from './group-plan-changes.ts';

const SYMBOL_WORDS: readonly [ChangeSymbol, string][] = [
  ['+', 'to create'],
  ['~', 'to update in place'],
  ['-/+', 'to replace'],
  ['-', 'to destroy'],
];

/**
 * The summary line: `3 changes: + 1 to create, ~ 2 to update in place; 2 safe, 1 disruptive,
 * 0 destructive`. Symbols count lines of the per-key blocks (a replace is one line of two
 * changes); risks count changes.
 */
export function describePlanSummary(
  plan: Plan,
  blocks: readonly KeyBlock[],
  showSymbol: (symbol: ChangeSymbol) => string = (symbol) => symbol,
): string {
  const counts = new Map<ChangeSymbol, number>();
  for (const block of blocks)
    for (const row of block.rows) counts.set(row.symbol, (counts.get(row.symbol) ?? 0) + 1);
  const symbols = SYMBOL_WORDS.filter(([symbol]) => (counts.get(symbol) ?? 0) > 0).map(
    ([symbol, words]) => `${showSymbol(symbol)} ${counts.get(symbol) ?? 0} ${words}`,
  );
  const { byRisk } = plan.summary;
  return `${countNoun(plan.changes.length, 'change')}: ${symbols.join(', ')}; ${byRisk.safe} safe, ${byRisk.disruptive} disruptive, ${byRisk.destructive} destructive`;
}
