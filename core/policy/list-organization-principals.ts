import { parseConditionOperator } from './parse-condition-operator.ts';
import { ORGANIZATION_PRINCIPAL_PREFIX } from './parse-organization-principal.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument, PolicyStatement } from './types.ts';

const ORGANIZATION_KEYS = new Set(['aws:principalorgid', 'aws:principalorgpaths']);

/**
 * The organisation rows of a policy's access matrix (`organization o-...`): one per value of a
 * positive `aws:PrincipalOrgID`/`aws:PrincipalOrgPaths` string condition on an Allow whose
 * principal is a wildcard, and of a negated one on such a Deny (an organisation guard: "deny
 * anyone outside o-..."). Such a statement sets apart the members of the organisation from
 * anyone (`*`, in no organisation the policy names), so without these rows the matrix would
 * not show what it gives or leaves them.
 */
export function listOrganizationPrincipals(policy: KeyPolicyDocument): string[] {
  const rows = new Set<string>();
  for (const statement of policy.Statement) {
    if (!hasWildcardPrincipal(statement)) continue;
    const allow = statement.Effect === 'Allow';
    for (const [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      const operator = parseConditionOperator(operatorName);
      if (operator === undefined || operator.negated === allow || operator.family !== 'String')
        continue;
      for (const [name, values] of Object.entries(entries)) {
        if (!ORGANIZATION_KEYS.has(name.toLowerCase())) continue;
        for (const value of toList(values))
          rows.add(`${ORGANIZATION_PRINCIPAL_PREFIX}${String(value)}`);
      }
    }
  }
  return [...rows].sort();
}

function hasWildcardPrincipal(statement: PolicyStatement): boolean {
  const block = statement.Principal;
  if (block === undefined) return false;
  if (block === '*') return true;
  return toList(block.AWS ?? []).includes('*');
}
