import { ADMIN_ACTIONS, sensitiveActionsOf } from '../policy/action-sets.ts';
import { findPermission } from '../policy/find-permission.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import type { PolicyIssue, PolicyRule } from '../types.ts';

const SELF_GRANT_HELP =
  'remove `kms:CreateGrant` from the administrators (`kms:Create*` includes it; list `kms:CreateAlias` instead): key users get grants only for AWS resources (`kms:GrantIsForAWSResource`)';

/**
 * A named principal that may both administer the key (PutKeyPolicy, ScheduleKeyDeletion,
 * DisableKey) and use it (Decrypt, Sign, GenerateMac... as the key's spec and usage allow),
 * or administer it and create grants for itself (`kms:CreateGrant` not limited to AWS
 * resources), which gives it any use of the key without a key-policy change to review.
 * Decided by evaluation: the same role listed in two statements, or one statement with broad
 * actions. The account root is the backstop and is not reported.
 */
export const adminUserOverlap: PolicyRule = {
  kind: 'policy',
  id: 'admin-user-overlap',
  defaultSeverity: 'warning',
  summary: 'One principal both administers the key and uses it, or may grant itself use.',
  rationale:
    'Separation of duties: a principal that can read the data (Decrypt) and also rewrite the policy, disable or delete the key can hide its tracks or hold the data to ransom with one set of credentials. Key administrators and key users should be different roles. An administrator that may call CreateGrant (the AWS default `kms:Create*` includes it) can give itself Decrypt through a grant, which no key-policy review sees.',
  help: 'list the principal under `admins` or under `users`, not both; give administrators only management actions, without `kms:CreateGrant`',
  practice: {
    title: 'Key admins and key users are different principals (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html',
  },
  check: (target) => {
    const { document } = target;
    const sensitive = sensitiveActionsOf(target);
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
      const uses = sensitive.filter(may);
      const selfGrant = maySelfGrant(document, principal.value);
      if (uses.length === 0 && !selfGrant) continue;
      const grantPath =
        'create grants for itself (kms:CreateGrant, not only for AWS resources), which give it use of the key without a key-policy change';
      issues.push({
        message:
          uses.length === 0
            ? `\`${principal.value}\` may administer the key (${administers.join(', ')}) and ${grantPath}`
            : `\`${principal.value}\` may both administer the key (${administers.join(', ')}) and use it (${uses.join(', ')})${selfGrant ? `; it may also ${grantPath}` : ''}`,
        ...(uses.length === 0 ? { help: SELF_GRANT_HELP } : {}),
        path: principal.path,
        principal: principal.value,
      });
    }
    return issues;
  },
};

/** A direct CreateGrant request that is not made by an AWS service for an AWS resource. */
function maySelfGrant(document: Parameters<typeof findPermission>[0], principal: string): boolean {
  const permission = findPermission(document, {
    principal,
    action: 'kms:CreateGrant',
    perspective: { kind: 'insider' },
    keys: { 'kms:GrantIsForAWSResource': 'false' },
  });
  return permission !== undefined && permission.request.viaService === undefined;
}
