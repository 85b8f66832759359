import { parsePrincipal } from '../../policy/parse-principal.ts';

/** Placeholder session name: a Deny exempting sessions by exact name still applies to it. */
const PROBE_SESSION = 'kms-action-probe';

/**
 * The caller that stands for `principal` in a lockout question. A role never calls AWS
 * itself: a session of it does, and a Deny whose NotPrincipal lists the role (and its
 * account) but not the session applies to that session (IAM User Guide, "NotPrincipal":
 * "the assumed-role user is identified by the role session name"). So a role is asked about
 * as a session of it, with the role's ARN, path included, as `aws:PrincipalArn`, as the plan
 * asks about its applier (core/plan/applier-request.ts). Any other principal stands for
 * itself. MFA stays the question's own (an administrator may sign in with MFA).
 */
export function roleSessionProbe(
  principal: string,
  session: string = PROBE_SESSION,
): {
  principal: string;
  keys?: Readonly<Record<string, string>>;
} {
  const parsed = parsePrincipal(principal);
  if (parsed.kind !== 'role') return { principal };
  return {
    principal: `arn:${parsed.partition}:sts::${parsed.account}:assumed-role/${parsed.name}/${session}`,
    keys: { 'aws:PrincipalArn': principal },
  };
}
