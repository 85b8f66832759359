import type { AccessChange } from '../policy/diff-access.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
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
 * or not), an AWS service, an organisation (an Allow conditioned on `aws:PrincipalOrgID` or
 * `aws:PrincipalOrgPaths` that the policy did not have), or a principal of a form not
 * understood (fail closed). A loosened condition of such a principal counts as widening too.
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
    const kind = classifyPrincipal(access.principal, input.account);
    if (kind !== 'own') add(access.principal, kind, access.action);
  }
  if (input.grant !== undefined) {
    const kind = classifyPrincipal(input.grant.granteePrincipal, input.account);
    if (kind !== 'own')
      for (const operation of input.grant.operations)
        add(input.grant.granteePrincipal, kind, `kms:${operation}`);
  }
  if (input.after !== undefined) {
    const known = new Set(organizationStatements(input.before).map(statementKey));
    for (const statement of organizationStatements(input.after)) {
      if (known.has(statementKey(statement))) continue;
      for (const value of statement.values)
        for (const action of statement.actions) add(value, 'organization', action);
    }
  }
  return [...byPrincipal.values()];
}

interface OrganizationStatement {
  values: string[];
  actions: string[];
}

function organizationStatements(policy: KeyPolicyDocument | undefined): OrganizationStatement[] {
  const found: OrganizationStatement[] = [];
  for (const statement of policy?.Statement ?? []) {
    if (statement.Effect !== 'Allow') continue;
    const values: string[] = [];
    for (const keys of Object.values(statement.Condition ?? {}))
      for (const [name, value] of Object.entries(keys))
        if (ORGANIZATION_KEYS.has(name.toLowerCase()))
          values.push(...(Array.isArray(value) ? value : [value]).map(String));
    if (values.length === 0) continue;
    const actions = statement.Action ?? statement.NotAction ?? [];
    found.push({
      values: values.map((value) => `organization ${value}`),
      actions: (Array.isArray(actions) ? actions : [actions]).map((action) =>
        statement.NotAction === undefined ? action : `all but ${action}`,
      ),
    });
  }
  return found;
}

function statementKey(statement: OrganizationStatement): string {
  return JSON.stringify([[...statement.values].sort(), [...statement.actions].sort()]);
}
