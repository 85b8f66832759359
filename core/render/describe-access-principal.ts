import { parseOrganizationPrincipal } from '../policy/parse-organization-principal.ts';

/**
 * A principal of the access matrix or diff for people: an organisation row as
 * `anyone in organization o-...` (never to be read as `*`, anyone at all), others as written.
 */
export function describeAccessPrincipal(principal: string): string {
  return parseOrganizationPrincipal(principal)?.description ?? principal;
}
