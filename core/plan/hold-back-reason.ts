import type { Change } from './plan-types.ts';

export interface HoldBackOptions {
  /** `--allow-destructive`: make destructive changes too. */
  allowDestructive: boolean;
  /** `--revoke-grant <grant id>`: the grants to AWS-operated grantees to revoke as well. */
  revokeGrants?: readonly string[];
}

/**
 * Why apply must not make `change`, or `undefined` when it may. A destructive change waits
 * for --allow-destructive. A grant to a grantee AWS operates (`awsGrantee`) also waits for its
 * grant id to be named: such grants serve the resources AWS services encrypt (an EBS volume
 * of a running instance, a database), and revoking one breaks that resource, so opting in to
 * some other destructive change (a key deletion) never revokes them on the side. Fails closed:
 * anything unnamed is held back.
 */
export function holdBackReason(change: Change, options: HoldBackOptions): string | undefined {
  // Checked before the risk: this guard must not depend on how the grant's revoke is rated.
  if (change.action === 'revoke-grant' && change.awsGrantee === true) {
    if (options.allowDestructive && (options.revokeGrants ?? []).includes(change.grantId))
      return undefined;
    return `grant ${change.grantId} is to ${change.before.granteePrincipal}, which AWS operates: AWS services create such grants for the resources they encrypt, so it is revoked only when named (kms-action apply --allow-destructive --revoke-grant ${change.grantId}); to keep it, add it to the key's keep_grants`;
  }
  if (change.risk !== 'destructive') return undefined;
  if (!options.allowDestructive)
    return 'destructive change: apply with --allow-destructive (allow-destructive: true in the Action) to make it';
  return undefined;
}
