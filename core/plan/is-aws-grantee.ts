import { isServicePrincipal } from '../policy/is-service-principal.ts';
import { parsePrincipal } from '../policy/parse-principal.ts';

/**
 * Whether a grant's grantee is operated by AWS, so that the grant most likely serves an AWS
 * resource (docs/grants.md quotes the sources):
 * - an AWS service principal (`dynamodb.us-west-2.amazonaws.com`): ListGrants shows one in
 *   `GranteePrincipal` for the grants services create, or in `GranteeServicePrincipal`;
 * - a session of an AWS-reserved role, whose name starts with `aws:` (EC2 grants the EBS
 *   volumes of an instance to `arn:aws:sts::<account>:assumed-role/aws:ec2-infrastructure/<instance id>`;
 *   IAM refuses `:` in the names of the roles customers create);
 * - a service-linked role (path `/aws-service-role/`, which only AWS creates).
 * ListGrants carries no field that says a service created the grant (`kms:GrantIsForAWSResource`
 * is a condition of the CreateGrant request, not stored with the grant), so this is decided by
 * the grantee alone: whoever made the grant, only AWS can act as such a grantee.
 */
export function isAwsGrantee(grantee: string): boolean {
  if (isServicePrincipal(grantee)) return true;
  const parsed = parsePrincipal(grantee);
  if (parsed.kind === 'assumed-role') return parsed.role.startsWith('aws:');
  if (parsed.kind === 'role')
    return /^arn:[a-z-]+:iam::\d{12}:role\/aws-service-role\//.test(grantee);
  return false;
}
