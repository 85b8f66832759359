import { roleSessionProbe } from '../lint/policy/role-session-probe.ts';
import { parsePrincipal } from '../policy/parse-principal.ts';

/** Placeholder session name: a Deny exempting sessions by exact name then still applies. */
const APPLY_SESSION = 'kms-action-apply';

/** The caller fields of one request the applying principal may make. */
export interface ApplierRequest {
  principal: string;
  /** `aws:MultiFactorAuthPresent`; omitted: the key is absent. */
  mfaPresent?: boolean;
  keys?: Record<string, string>;
}

/**
 * The requests the caller of the apply may make, for the evaluator: the applier check counts
 * a change as denied when any of them is denied (SPEC section 8: every guard fails closed).
 *
 * A role never calls AWS itself: a session of it does, so a role ARN is evaluated as a session
 * of that role (a Deny whose NotPrincipal lists the role but not the session applies to it:
 * IAM User Guide, "NotPrincipal"), with the role's ARN, path included, as `aws:PrincipalArn`.
 * A session ARN (from GetCallerIdentity) does not carry its role's path, so its
 * `aws:PrincipalArn` stays unknown.
 *
 * MFA (IAM User Guide, "AWS global condition context keys", aws:MultiFactorAuthPresent): a
 * session signs with temporary credentials, whose requests carry the key, `false` without MFA
 * (the apply runs unattended: a GitHub OIDC session never has MFA), so a role or a session is
 * evaluated with `false`. Any other applier (an IAM user, the account root) may sign with
 * long-term access keys (the key is absent) or with temporary credentials of its own from
 * GetSessionToken (`false` without MFA): both requests are evaluated, so a Deny on
 * `Bool ... false` and one on `Null ... true` both count.
 */
export function applierRequests(applier: string): [ApplierRequest, ...ApplierRequest[]] {
  const parsed = parsePrincipal(applier);
  if (parsed.kind === 'role')
    return [{ ...roleSessionProbe(applier, APPLY_SESSION), mfaPresent: false }];
  if (parsed.kind === 'assumed-role') return [{ principal: applier, mfaPresent: false }];
  return [{ principal: applier }, { principal: applier, mfaPresent: false }];
}
