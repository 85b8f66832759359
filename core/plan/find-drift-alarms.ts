import type { AccessChange } from '../policy/diff-access.ts';
import type { Change, GrantSpec, Plan } from './plan-types.ts';

/** Something done to a managed key outside the repository that a reviewer must see first. */
export type DriftAlarm =
  | {
      kind: 'pending-deletion';
      key: string;
      address: string;
      /** `2026-12-07` (as KMS returned it when it does not read as a date), when known. */
      deletionDate?: string;
      /** Whole days until the deletion, when the date and the current time are known. */
      daysLeft?: number;
    }
  | { kind: 'disabled'; key: string; address: string }
  | { kind: 'policy-edited'; key: string; address: string; access: AccessChange[] }
  | { kind: 'undeclared-grant'; key: string; address: string; grant: GrantSpec };

const DAY_MS = 86_400_000;

/**
 * The drift alarms of a plan: a key scheduled for deletion or disabled while the manifest
 * says it is enabled, a live grant nobody declared, and, for a drift check (where every
 * change undoes something done outside the repository), a key policy edited out of band.
 * In a pull request plan a policy change is the pull request's own, so it raises no alarm.
 */
export function findDriftAlarms(plan: Plan, options: { drift: boolean; now?: Date }): DriftAlarm[] {
  const alarms: DriftAlarm[] = [];
  const cancelled = new Set<string>();
  const created = new Set(
    plan.changes
      .filter((change) => change.action === 'create' || change.action === 'create-grant')
      .map((change) => change.address),
  );
  for (const change of plan.changes) {
    const where = { key: change.key, address: change.address };
    if (change.action === 'cancel-deletion') {
      cancelled.add(change.key);
      alarms.push({ kind: 'pending-deletion', ...where, ...deletionOf(change, options.now) });
    } else if (
      change.action === 'enable' &&
      !cancelled.has(change.key) &&
      !created.has(`key.${change.key}`)
    ) {
      alarms.push({ kind: 'disabled', ...where });
    } else if (change.action === 'update-policy' && options.drift && change.before !== undefined) {
      alarms.push({ kind: 'policy-edited', ...where, access: change.access });
    } else if (change.action === 'revoke-grant' && !created.has(change.address)) {
      alarms.push({ kind: 'undeclared-grant', ...where, grant: change.before });
    }
  }
  return alarms;
}

function deletionOf(
  change: Extract<Change, { action: 'cancel-deletion' }>,
  now: Date | undefined,
): { deletionDate?: string; daysLeft?: number } {
  if (change.deletionDate === undefined) return {};
  const at = Date.parse(change.deletionDate);
  if (Number.isNaN(at)) return { deletionDate: change.deletionDate };
  const deletionDate = new Date(at).toISOString().slice(0, 10);
  if (now === undefined) return { deletionDate };
  return { deletionDate, daysLeft: Math.max(0, Math.ceil((at - now.getTime()) / DAY_MS)) };
}
