import { policiesEquivalent } from '../policy/policies-equivalent.ts';
import type { PolicyStatement } from '../policy/types.ts';

/**
 * Whether every single grant (principal, action, resource, conditions) of `covered` is also a
 * grant of `container`, by meaning (`policiesEquivalent` splits statements into such grants):
 * adding `covered` to `container` changes nothing.
 */
export function statementsCover(
  container: readonly PolicyStatement[],
  covered: readonly PolicyStatement[],
  partition: string,
): boolean {
  return policiesEquivalent(
    { Version: '2012-10-17', Statement: [...container] },
    { Version: '2012-10-17', Statement: [...container, ...covered] },
    { partition },
  );
}
