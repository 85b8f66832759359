import { isServicePrincipal } from '../policy/is-service-principal.ts';
import { parsePrincipal } from '../policy/parse-principal.ts';
import { isAwsGrantee } from './is-aws-grantee.ts';
import type { LiveGrant } from './live-state.ts';

/**
 * Whether a live grant is one AWS holds for a resource of `account` (the key's account): its
 * grantee is operated by AWS (`isAwsGrantee`) and serves that account. An IAM or STS grantee
 * (`aws:ec2-infrastructure` sessions, service-linked roles) must be of that account; a service
 * principal serves the account its `SourceArn` constraint names, and a grant to a service
 * without that constraint is one the service made itself (DynamoDB, RDS). A grant issued by
 * another account (ListGrants' `IssuingAccount`: the account whose principal created it, e.g.
 * another account's DynamoDB table encrypted under this key) serves that account. A `SourceArn` that
 * names another account, or none (`arn:aws:s3:::bucket`), serves someone else or cannot be
 * told: a confused deputy, never kept by a rule naming only the service, always warned about
 * when kept, never written as a keep rule by import. Its revoke still needs its id named
 * (`awsGrantee`, like every grantee AWS operates): another account's resource encrypted
 * under this key breaks just the same when it is revoked.
 */
export function isOwnAwsGrant(
  grant: Pick<LiveGrant, 'granteePrincipal' | 'sourceArn' | 'issuingAccount'>,
  account: string,
): boolean {
  const grantee = grant.granteePrincipal;
  if (!isAwsGrantee(grantee)) return false;
  if (grant.issuingAccount !== undefined) {
    const issuer = parsePrincipal(grant.issuingAccount);
    if (!('account' in issuer) || issuer.account !== account) return false;
  }
  if (isServicePrincipal(grantee)) {
    return grant.sourceArn === undefined || arnAccount(grant.sourceArn) === account;
  }
  const parsed = parsePrincipal(grantee);
  return 'account' in parsed && parsed.account === account;
}

/** The account field of an ARN (`arn:partition:service:region:account:resource`), else ''. */
function arnAccount(arn: string): string {
  const parts = arn.split(':', 6);
  return parts.length === 6 && parts[0] === 'arn' ? (parts[4] ?? '') : '';
}
