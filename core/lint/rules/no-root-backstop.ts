import { findPermission } from '../policy/find-permission.ts';
import { keyAccountOf } from '../policy/key-account-of.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import { roleSessionProbe } from '../policy/role-session-probe.ts';
import type { PolicyRule } from '../types.ts';

const PUT_KEY_POLICY = 'kms:PutKeyPolicy';

/**
 * Nobody can change the key policy any more: neither the account root (directly, or through
 * IAM policies of the account) nor a named administrator can call PutKeyPolicy. Evaluated,
 * so a root statement with conditions still counts as a backstop, and a Deny that takes
 * PutKeyPolicy away from everyone (also through NotPrincipal) is seen. A role is probed as a
 * session of it (see `roleSessionProbe`).
 */
export const noRootBackstop: PolicyRule = {
  kind: 'policy',
  id: 'no-root-backstop',
  defaultSeverity: 'error',
  summary: 'Neither the account root nor any administrator can change the key policy.',
  rationale:
    'When no principal keeps `kms:PutKeyPolicy`, the key becomes unmanageable: nobody can fix its policy, and only AWS Support can help. The AWS default key policy allows the account root `kms:*`, which lets IAM policies of the account grant access and keeps a break-glass path; a named administrator role that keeps PutKeyPolicy also prevents the lockout.',
  help: 'allow the account root (`arn:aws:iam::<account>:root`) `kms:*`, as the generated policy does, or keep `kms:PutKeyPolicy` for an administrator role',
  practice: {
    title: 'The account root stays as break-glass backstop (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam',
  },
  check: (target) => {
    const { document } = target;
    const account = keyAccountOf(target);
    const principals = listPolicyPrincipals(document);
    if (account !== undefined) {
      const root = `arn:${target.partition}:iam::${account}:root`;
      const rootKeeps = findPermission(document, {
        key: target.key,
        principal: root,
        action: PUT_KEY_POLICY,
        perspective: { kind: 'insider' },
        stance: 'lockout',
        delegation: true,
      });
      if (rootKeeps !== undefined) return [];
    }
    // Someone who may call PutKeyPolicy: a named role or user, or anyone at all (a wildcard,
    // which public-principal reports), probed as a role of the key's account. A role is asked
    // about as a session of it, the caller AWS evaluates: a NotPrincipal Deny that lists the
    // role but not its sessions takes PutKeyPolicy from every session.
    const probeOfWildcard = `arn:${target.partition}:iam::${account ?? '111111111111'}:role/kms-action-probe`;
    const keeper = principals.find((principal) => {
      if (principal.type !== 'AWS') return false;
      const { kind } = principal.parsed;
      const named = ['role', 'user', 'assumed-role'].includes(kind);
      // A role a Deny exempts through NotPrincipal may keep PutKeyPolicy through IAM policies.
      const exempted = principal.effect === 'Deny' && principal.negated && named;
      if (principal.effect !== 'Allow' && !exempted) return false;
      const wildcard = principal.effect === 'Allow' && (principal.negated || kind === 'anyone');
      if (!wildcard && !named) return false;
      const caller = roleSessionProbe(wildcard ? probeOfWildcard : principal.value);
      return (
        findPermission(document, {
          key: target.key,
          ...caller,
          action: PUT_KEY_POLICY,
          perspective: { kind: 'insider' },
          stance: 'lockout',
          delegation: exempted,
        }) !== undefined
      );
    });
    if (keeper !== undefined) return [];
    const rootStatement = principals.find(
      (principal) => principal.parsed.kind === 'account' && principal.parsed.account === account,
    );
    const where = account === undefined ? 'the account root' : `the account root (${account})`;
    return [
      {
        message: `no principal can change this key policy: ${where} and every administrator lack \`kms:PutKeyPolicy\``,
        path: rootStatement?.path ?? ['Statement'],
        intentPath: [],
      },
    ];
  },
};
