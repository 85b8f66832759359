/**
 * The apply role per account, from a `{account}` template: the principal whose access the plan
 * predicts. Its ARN carries the role's path, which the session ARN of GetCallerIdentity does
 * not (a Deny on `aws:PrincipalArn` can depend on it). Without a template the applier is
 * unknown and not predicted.
 */
export function applyRoleOf(template: string | undefined): (account: string) => string | undefined {
  return (account) => template?.replace('{account}', account);
}
