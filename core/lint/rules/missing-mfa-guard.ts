import { MFA_GUARDED_ACTIONS } from '../policy/action-sets.ts';
import { findPermission } from '../policy/find-permission.ts';
import { keyAccountOf } from '../policy/key-account-of.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import { toList } from '../../policy/to-list.ts';
import type { PolicyRule } from '../types.ts';

/**
 * ScheduleKeyDeletion or DisableKey succeeds without MFA for some principal: a named role or
 * user, or any IAM principal of an account the policy delegates to (the root backstop).
 * Decided by evaluating requests without MFA (no MFA key, as with long-term credentials and
 * OIDC sessions, and `aws:MultiFactorAuthPresent: false`), so a `BoolIfExists` Deny guard, an
 * Allow that requires MFA, and NotPrincipal exemptions are all read as AWS reads them.
 */
export const missingMfaGuard: PolicyRule = {
  kind: 'policy',
  id: 'missing-mfa-guard',
  defaultSeverity: 'warning',
  summary: 'Scheduling deletion or disabling the key does not require MFA.',
  rationale:
    'Ransomware shield: stolen credentials without MFA must not be able to disable the key or schedule its deletion. An explicit Deny of `kms:ScheduleKeyDeletion` and `kms:DisableKey` with `BoolIfExists: {aws:MultiFactorAuthPresent: false}` stops them for every principal, whatever IAM policies say. The plan flags changes the (MFA-less) pipeline then cannot make, with the break-glass procedure.',
  help: 'keep `require_mfa_for: [ScheduleKeyDeletion, DisableKey]` (the default), or add a Deny of those actions with `"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`',
  practice: {
    title: 'ScheduleKeyDeletion and DisableKey denied without MFA (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent',
  },
  check: (target) => {
    const { document } = target;
    const account = keyAccountOf(target);
    const principals = listPolicyPrincipals(document);
    const probes = new Map<string, { principal: string; delegation: boolean }>();
    const addProbe = (principal: string, delegation: boolean): void => {
      probes.set(principal.toLowerCase(), { principal, delegation });
    };
    for (const principal of principals) {
      if (principal.type !== 'AWS') continue;
      const { parsed } = principal;
      const named =
        parsed.kind === 'role' || parsed.kind === 'user' || parsed.kind === 'assumed-role';
      // A principal a Deny exempts through NotPrincipal may act through IAM policies.
      if (principal.effect === 'Deny' && principal.negated && named) {
        addProbe(principal.value, true);
      }
      if (principal.effect !== 'Allow' || principal.negated) continue;
      if (named) {
        addProbe(principal.value, false);
      } else if (parsed.kind === 'account') {
        addProbe(`arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`, true);
      }
    }
    if (account !== undefined) {
      addProbe(`arn:${target.partition}:iam::${account}:role/kms-action-probe`, true);
    }
    const unguarded = new Set<string>();
    const who = new Set<string>();
    for (const action of MFA_GUARDED_ACTIONS) {
      for (const probe of probes.values()) {
        for (const mfa of ['absent', 'false'] as const) {
          const permission = findPermission(document, {
            key: target.key,
            principal: probe.principal,
            action,
            perspective: { kind: 'insider' },
            mfa,
            delegation: probe.delegation,
          });
          if (permission === undefined) continue;
          unguarded.add(action);
          who.add(
            probe.principal.endsWith(':role/kms-action-probe')
              ? `IAM principals of account ${probe.principal.split(':')[4] ?? ''}`
              : probe.principal,
          );
        }
      }
    }
    if (unguarded.size === 0) return [];
    const guard = document.Statement.findIndex(
      (statement) =>
        statement.Effect === 'Deny' &&
        toList(statement.Action).some((action) =>
          /ScheduleKeyDeletion|DisableKey|\*/i.test(action),
        ),
    );
    return [
      {
        message: `${[...unguarded].join(' and ')} ${unguarded.size === 1 ? 'succeeds' : 'succeed'} without MFA for ${[...who].join(', ')}`,
        path: guard >= 0 ? ['Statement', guard] : ['Statement'],
        intentPath: ['require_mfa_for'],
      },
    ];
  },
};
