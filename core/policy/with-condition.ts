import type { ConditionBlock, PolicyStatement } from './types.ts';

/** Merges condition blocks operator by operator (keys never collide between the blocks we build). */
export function withCondition(
  statement: PolicyStatement,
  ...blocks: (ConditionBlock | undefined)[]
): PolicyStatement {
  const condition: ConditionBlock = {};
  for (const block of blocks) {
    if (block === undefined) continue;
    for (const [operator, values] of Object.entries(block)) {
      condition[operator] = { ...condition[operator], ...values };
    }
  }
  return Object.keys(condition).length === 0 ? statement : { ...statement, Condition: condition };
}
