import type { Change } from '../plan/plan-types.ts';
import type { AccessVerdict } from '../policy/diff-access.ts';

/** One-line, plain-text description of what a change does (renderers escape it as they need). */
export function describeChange(change: Change): string {
  switch (change.action) {
    case 'create':
      return `create ${change.after.keySpec} key${change.after.multiRegion ? ' (multi-Region)' : ''}: ${change.after.description || '(no description)'}`;
    case 'adopt':
      return 'adopt the existing key: add the kms-action ownership tags';
    case 'retag':
      return `rename the key ${change.before} -> ${change.after} (re-tag kms-action:key; the key, its aliases and grants stay)`;
    case 'update-description':
      return `description: ${JSON.stringify(change.before)} -> ${JSON.stringify(change.after)}`;
    case 'update-rotation': {
      const show = (setting: { enabled: boolean; periodInDays?: number }) =>
        setting.enabled
          ? `on${setting.periodInDays === undefined ? '' : ` every ${setting.periodInDays} days`}`
          : 'off';
      return `rotation: ${show(change.before)} -> ${show(change.after)}`;
    }
    case 'update-policy':
      return change.before === undefined ? 'set the key policy' : 'update the key policy';
    case 'tag': {
      const parts = [
        ...Object.entries(change.set).map(([name, value]) => `${name}=${JSON.stringify(value)}`),
        ...change.remove.map((name) => `-${name}`),
      ];
      return `tags: ${parts.join(', ')}`;
    }
    case 'enable':
      return `enable the key (${change.before} -> Enabled)`;
    case 'disable':
      return `disable the key (${change.before} -> Disabled)`;
    case 'schedule-deletion':
      return `schedule deletion in ${change.windowInDays} days`;
    case 'cancel-deletion':
      return 'cancel the scheduled deletion (the key comes back disabled)';
    case 'create-alias':
      return `create ${change.alias} -> ${change.after}`;
    case 'retarget':
      return `retarget ${change.alias}: ${change.before} -> ${change.after}`;
    case 'delete-alias':
      return `delete ${change.alias} (points to ${change.before})`;
    case 'create-grant':
      return `create grant ${change.after.name} for ${change.after.granteePrincipal}: ${change.after.operations.join(', ')}`;
    case 'revoke-grant':
      return `revoke grant ${change.before.name || change.grantId} of ${change.before.granteePrincipal}: ${change.before.operations.join(', ')}`;
    case 'create-replica':
      return `replicate the key to ${change.replicaRegion}, with ${change.replica.policy === undefined ? "KMS's default key policy" : 'the key policy for that Region'} and the replica's tags and description`;
  }
}

/** `yes`, `no`, `if mfa + encryption_context`, `via IAM policies`: an access verdict in words. */
export function describeVerdict(verdict: AccessVerdict): string {
  const iam = verdict.delegated_to_iam ? ' (or as IAM policies allow)' : '';
  if (verdict.allowed === 'conditional') {
    const words = verdict.requires.map((requirement) =>
      requirement === 'iam_policy_in_account'
        ? 'an IAM policy in its own account'
        : requirement === 'other_condition'
          ? 'another condition of the policy'
          : requirement,
    );
    return `only with ${words.join(' + ')}${iam}`;
  }
  if (verdict.allowed === 'no' && verdict.delegated_to_iam) return 'only as IAM policies allow';
  return verdict.allowed;
}
