import { parsePrincipal } from '../policy/parse-principal.ts';

/** Placeholder session name: a Deny exempting sessions by exact name then still applies. */
const APPLY_SESSION = 'kms-action-apply';

/**
 * The caller of the apply writes, for the evaluator. A role never calls AWS itself: a session
 * of it does, so a role ARN is evaluated as a session of that role (a Deny whose NotPrincipal
 * lists the role but not the session applies to it: IAM User Guide, "NotPrincipal"), with
 * the role's ARN, path included, as `aws:PrincipalArn`. A session ARN (from GetCallerIdentity)
 * does not carry its role's path, so its `aws:PrincipalArn` stays unknown.
 */
export function applierRequest(applier: string): {
  principal: string;
  keys?: Record<string, string>;
} {
  const parsed = parsePrincipal(applier);
  if (parsed.kind !== 'role') return { principal: applier };
  return {
    principal: `arn:${parsed.partition}:sts::${parsed.account}:assumed-role/${parsed.name}/${APPLY_SESSION}`,
    keys: { 'aws:PrincipalArn': applier },
  };
}
