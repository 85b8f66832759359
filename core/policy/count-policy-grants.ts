import { toList } from './to-list.ts';
import type { KeyPolicyDocument, PrincipalBlock } from './types.ts';

/**
 * How many single grants (principal x action x resource) `normalizeKeyPolicy` splits the
 * policy into, counted without splitting it: the product of each statement's distinct
 * principals, actions and resources as written (expand wildcards first, `expandPolicyActions`),
 * a whole `Not*` list counting as one. Linear in the
 * policy's size, so a caller can refuse a split that would not fit in memory.
 */
export function countPolicyGrants(policy: KeyPolicyDocument): number {
  let grants = 0;
  for (const statement of policy.Statement) {
    const principals = statement.Principal === undefined ? 1 : principalCount(statement.Principal);
    const actions = statement.Action === undefined ? 1 : distinct(statement.Action);
    const resources = statement.Resource === undefined ? 1 : distinct(statement.Resource);
    grants += Math.max(principals, 1) * Math.max(actions, 1) * Math.max(resources, 1);
  }
  return grants;
}

function distinct(values: string | readonly string[]): number {
  return new Set(toList(values)).size;
}

function principalCount(block: PrincipalBlock): number {
  if (block === '*') return 1;
  return Object.values(block).reduce(
    (sum, values) => sum + distinct(values as string | readonly string[]),
    0,
  );
}
