import type { Change } from './plan-types.ts';

/**
 * Whether `change` revokes a grant to a grantee AWS operates (`awsGrantee`, see
 * core/plan/is-aws-grantee.ts). Only `kms-action apply --revoke-grant <grant id>` makes such a
 * change; the Action has no such input, so it never makes one, and it counts neither as
 * reviewed nor as unreviewed there (EBS creates these grants whenever an instance starts).
 */
export function isAwsGrantRevoke(change: Change): boolean {
  return change.action === 'revoke-grant' && change.awsGrantee === true;
}
