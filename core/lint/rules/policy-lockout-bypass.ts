import type { ManifestRule } from '../types.ts';

export const policyLockoutBypass: ManifestRule = {
  kind: 'manifest',
  id: 'policy-lockout-bypass',
  defaultSeverity: 'error',
  summary: 'The key skips the AWS key policy lockout safety check.',
  rationale:
    '`bypass_policy_lockout_safety_check: true` lets CreateKey and PutKeyPolicy set a policy that locks out the principal making the call. AWS recommends never setting it: a wrong policy then makes the key unmanageable until AWS Support steps in.',
  help: 'remove `bypass_policy_lockout_safety_check`; if a policy is refused, fix the policy so the applying role keeps `kms:PutKeyPolicy`',
  practice: {
    title: 'The account root stays as break-glass backstop (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html#KMS-PutKeyPolicy-request-BypassPolicyLockoutSafetyCheck',
  },
  check: (desired) =>
    desired.keys
      .filter((key) => key.bypassPolicyLockoutSafetyCheck)
      .map((key) => ({
        key: key.name,
        path: ['keys', key.name, 'bypass_policy_lockout_safety_check'],
        message: `key \`${key.name}\` bypasses the policy lockout safety check`,
      })),
};
