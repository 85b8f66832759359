import type { AccessChange } from '../policy/diff-access.ts';

const MAX_DESCRIBED_CHANGES = 3;

/** At most three access changes in words ("role/app would gain kms:CreateGrant"), then how many more. */
export function describeAccessChanges(changes: readonly AccessChange[]): string {
  const described = changes.slice(0, MAX_DESCRIBED_CHANGES).map((change) => {
    const verb =
      change.change === 'gains'
        ? 'would gain'
        : change.change === 'loses'
          ? 'would lose'
          : 'would get other conditions on';
    return `${change.principal} ${verb} ${change.action}`;
  });
  const more = changes.length - described.length;
  return `${described.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
