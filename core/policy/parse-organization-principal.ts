/** An access matrix row for anyone in an organisation: `organization <PrincipalOrgID or PrincipalOrgPaths value>`. */
export const ORGANIZATION_PRINCIPAL_PREFIX = 'organization ';

export interface OrganizationPrincipal {
  /** The condition value as the policy writes it: `o-a1b2c3d4e5`, or a path (maybe with `*`). */
  value: string;
  kind: 'organization' | 'organizational-unit';
  /** `aws:PrincipalOrgID` of a member. */
  orgId: string;
  /** `aws:PrincipalOrgPaths` of a member (path rows only): the path without its wildcards. */
  memberPath?: string;
  /** For people: `anyone in organization o-...`, `anyone in organizational unit o-.../ou-.../`. */
  description: string;
}

/**
 * Reads an organisation row label; `undefined` for any other principal. A member of a path
 * row stands in the OU itself: a trailing `*` (the OU and its children) is dropped and any
 * other wildcard filled with `x`, so the member matches the policy's own pattern.
 */
export function parseOrganizationPrincipal(principal: string): OrganizationPrincipal | undefined {
  if (!principal.startsWith(ORGANIZATION_PRINCIPAL_PREFIX)) return undefined;
  const value = principal.slice(ORGANIZATION_PRINCIPAL_PREFIX.length);
  if (!value.includes('/')) {
    return {
      value,
      kind: 'organization',
      orgId: value.replace(/[*?]/g, 'x'),
      description: `anyone in organization ${value}`,
    };
  }
  const memberPath = value.replace(/\*$/, '').replace(/[*?]/g, 'x');
  return {
    value,
    kind: 'organizational-unit',
    orgId: memberPath.split('/')[0] ?? memberPath,
    memberPath,
    description: `anyone in organizational unit ${value}`,
  };
}
