import type { AccessChange } from '../policy/diff-access.ts';
import { parseOrganizationPrincipal } from '../policy/parse-organization-principal.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../policy/types.ts';
import { classifyPrincipal } from './classify-principal.ts';
import type { AccessWidening } from './plan-types.ts';

const ORGANIZATION_KEYS = new Set(['aws:principalorgid', 'aws:principalorgpaths']);

interface WideningInput {
  /** The account that owns the key. */
  account: string;
  /** Access the change gives or alters (policy changes and creations). */
  access?: readonly AccessChange[];
  before?: KeyPolicyDocument | undefined;
  after?: KeyPolicyDocument | undefined;
  /** A grant the change creates. */
  grant?: { granteePrincipal: string; operations: readonly string[] };
}

/**
 * Who outside the key's account a change lets in: another account, anyone (`*`, conditioned
 * or not), an AWS service, an organisation (`*` conditioned on `aws:PrincipalOrgID` or
 * `aws:PrincipalOrgPaths`), or a principal of a form not understood (fail closed). Read from
 * the access diff (a loosened condition counts too) and from every Allow statement the
 * policy did not have before, whatever its conditions.
 */
export function findAccessWidening(input: WideningInput): AccessWidening[] {
  const byPrincipal = new Map<string, AccessWidening>();
  const add = (principal: string, kind: AccessWidening['kind'], action: string): void => {
    const entry = byPrincipal.get(principal) ?? { principal, kind, actions: [] };
    if (!entry.actions.includes(action)) entry.actions.push(action);
    byPrincipal.set(principal, entry);
  };
  for (const access of input.access ?? []) {
    if (access.change === 'loses') continue;
    // The access matrix's organisation rows (`organization o-...`) are organisations.
    const kind =
      parseOrganizationPrincipal(access.principal) === undefined
        ? classifyPrincipal(access.principal, input.account)
        : 'organization';
    if (kind !== 'own') add(access.principal, kind, access.action);
  }
  if (input.grant !== undefined) {
    const kind = classifyPrincipal(input.grant.granteePrincipal, input.account);
    if (kind !== 'own')
      for (const operation of input.grant.operations)
        add(input.grant.granteePrincipal, kind, `kms:${operation}`);
  }
  // Statements the access matrix cannot settle (`*` under a condition it does not evaluate,
  // an organisation condition) widen access by what they name.
  const known = new Set(
    (input.before?.Statement ?? []).map((statement) => JSON.stringify(statement)),
  );
  for (const statement of input.after?.Statement ?? []) {
    if (statement.Effect !== 'Allow' || known.has(JSON.stringify(statement))) continue;
    const organizations = organizationValues(statement);
    for (const principal of statementPrincipals(statement)) {
      const kind = classifyPrincipal(principal, input.account);
      if (kind === 'own') continue;
      for (const action of statementActions(statement)) {
        if (kind === 'anyone' && organizations.length > 0)
          for (const value of organizations) add(`organization ${value}`, 'organization', action);
        else add(principal, kind, action);
      }
    }
  }
  return [...byPrincipal.values()];
}

function organizationValues(statement: PolicyStatement): string[] {
  const values: string[] = [];
  for (const keys of Object.values(statement.Condition ?? {}))
    for (const [name, value] of Object.entries(keys))
      if (ORGANIZATION_KEYS.has(name.toLowerCase()))
        values.push(...(Array.isArray(value) ? value : [value]).map(String));
  return values;
}

function statementPrincipals(statement: PolicyStatement): string[] {
  // An Allow with NotPrincipal allows everyone it does not name.
  if (statement.NotPrincipal !== undefined) return ['*'];
  const block = statement.Principal;
  if (block === undefined) return [];
  if (block === '*') return ['*'];
  return Object.values(block).flatMap((values) => (Array.isArray(values) ? values : [values]));
}

function statementActions(statement: PolicyStatement): string[] {
  if (statement.Action !== undefined)
    return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  const excluded = statement.NotAction ?? [];
  return [`every action but ${(Array.isArray(excluded) ? excluded : [excluded]).join(', ')}`];
}
