import type { Change, ChangeAction } from './plan-types.ts';

/**
 * Apply order: keys first (created, brought back from deletion, enabled), then their policy,
 * description, rotation and tags, then aliases and grants, and the disruptive and
 * destructive changes last, so a failure half way leaves nothing less safe than before.
 */
const ORDER: readonly ChangeAction[] = [
  'create',
  'cancel-deletion',
  'enable',
  'adopt',
  'retag',
  'update-policy',
  'update-description',
  'update-rotation',
  'tag',
  'create-replica',
  'create-alias',
  'retarget',
  'create-grant',
  'disable',
  'delete-alias',
  'revoke-grant',
  'schedule-deletion',
];

const rank = new Map(ORDER.map((action, index) => [action, index]));

/** Stable sort by apply order, then by account, region and address. */
export function orderChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(
    (a, b) =>
      (rank.get(a.action) ?? 0) - (rank.get(b.action) ?? 0) ||
      a.account.localeCompare(b.account) ||
      a.region.localeCompare(b.region) ||
      a.address.localeCompare(b.address),
  );
}
