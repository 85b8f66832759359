import { ADMIN_ACTIONS, CRYPTO_ACTIONS } from '../policy/action-sets.ts';
import { findPermission } from '../policy/find-permission.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import type { PolicyIssue, PolicyRule } from '../types.ts';

/**
 * A named principal that may both administer the key (PutKeyPolicy, ScheduleKeyDeletion,
 * DisableKey) and use it (Decrypt, Encrypt, ...), decided by evaluation: the same role
 * listed in two statements, or one statement with broad actions. The account root is the
 * backstop and is not reported.
 */
export const adminUserOverlap: PolicyRule = {
  kind: 'policy',
  id: 'admin-user-overlap',
  defaultSeverity: 'warning',
  summary: 'One principal both administers the key and uses it for cryptography.',
  rationale:
    'Separation of duties: a principal that can read the data (Decrypt) and also rewrite the policy, disable or delete the key can hide its tracks or hold the data to ransom with one set of credentials. Key administrators and key users should be different roles.',
  help: 'list the principal under `admins` or under `users`, not both; give administrators only management actions',
  practice: {
    title: 'Key admins and key users are different principals (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html',
  },
  check: ({ document }) => {
    const issues: PolicyIssue[] = [];
    const seen = new Set<string>();
    for (const principal of listPolicyPrincipals(document)) {
      if (principal.effect !== 'Allow' || principal.negated || principal.type !== 'AWS') continue;
      if (!['role', 'user', 'assumed-role'].includes(principal.parsed.kind)) continue;
      const name = principal.value.toLowerCase();
      if (seen.has(name)) continue;
      seen.add(name);
      const may = (action: string): boolean =>
        findPermission(document, {
          principal: principal.value,
          action,
          perspective: { kind: 'insider' },
        }) !== undefined;
      const administers = ADMIN_ACTIONS.filter(may);
      if (administers.length === 0) continue;
      const uses = CRYPTO_ACTIONS.filter(may);
      if (uses.length === 0) continue;
      issues.push({
        message: `\`${principal.value}\` may both administer the key (${administers.join(', ')}) and use it (${uses.join(', ')})`,
        path: principal.path,
        principal: principal.value,
      });
    }
    return issues;
  },
};
