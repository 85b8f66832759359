import { expandStatementActions } from '../lint/policy/expand-statement-actions.ts';
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
 * the access diff (a loosened condition counts too), from every Allow statement the policy
 * did not have before, whatever its conditions, and from every Allow that a Deny the policy
 * drops or rewrites may have cut.
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
  const addStatement = (statement: PolicyStatement): void => {
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
  };
  const allows = (input.after?.Statement ?? []).filter((statement) => statement.Effect === 'Allow');
  for (const statement of allows) {
    if (!known.has(JSON.stringify(statement))) addStatement(statement);
  }
  // A Deny the policy drops or rewrites no longer cuts the Allows it covered (IAM User Guide,
  // "Policy evaluation logic": an explicit deny overrides any allow), whatever conditions it
  // had: those Allows widen access by what they name, as new ones do.
  const kept = new Set(
    (input.after?.Statement ?? []).map((statement) => JSON.stringify(statement)),
  );
  const dropped = unique(
    (input.before?.Statement ?? []).filter(
      (statement) => statement.Effect === 'Deny' && !kept.has(JSON.stringify(statement)),
    ),
  ).map(coverageOf);
  if (dropped.length > 0) {
    for (const statement of unique(allows)) {
      const allow = coverageOf(statement);
      if (dropped.some((deny) => mayCut(deny, allow))) addStatement(statement);
    }
  }
  return [...byPrincipal.values()];
}

/** Whom and which KMS actions a statement names, each read once (sets, not pairwise globs). */
interface Coverage {
  anyone: boolean;
  principals: Set<string>;
  principalList: string[];
  /** Accounts it names whole (a bare account id or a root ARN). */
  accounts: Set<string>;
  /** The KMS actions its Action or NotAction covers, wildcards expanded once. */
  actions: Set<string>;
}

function coverageOf(statement: PolicyStatement): Coverage {
  const principals = statementPrincipals(statement);
  return {
    anyone: principals.includes('*'),
    principals: new Set(principals),
    principalList: principals,
    accounts: new Set(principals.filter(isAccount).map(accountOf)),
    actions: new Set(expandStatementActions(statement)),
  };
}

/**
 * Whether `deny` could have denied some request `allow` allows: its principals and KMS actions
 * overlap (read broadly: a NotPrincipal or `*` overlaps everyone, and a principal overlaps the
 * account that owns it, either way). Resources and conditions are not compared. Linear in the two
 * statements' principals and actions, so a dropped Deny of thousands of patterns costs a pass.
 */
function mayCut(deny: Coverage, allow: Coverage): boolean {
  const principals =
    deny.anyone ||
    allow.anyone ||
    allow.principalList.some(
      (principal) => deny.principals.has(principal) || deny.accounts.has(accountOf(principal)),
    ) ||
    deny.principalList.some((principal) => allow.accounts.has(accountOf(principal)));
  return principals && [...allow.actions].some((action) => deny.actions.has(action));
}

function accountOf(principal: string): string {
  return /^\d{12}$/.test(principal) ? principal : (principal.split(':', 6)[4] ?? principal);
}

/** A bare account id or an account root ARN: it names every principal of the account. */
function isAccount(principal: string): boolean {
  return /^\d{12}$/.test(principal) || /^arn:[^:]+:iam::\d{12}:root$/.test(principal);
}

function unique(statements: readonly PolicyStatement[]): PolicyStatement[] {
  const seen = new Set<string>();
  return statements.filter((statement) => {
    const text = JSON.stringify(statement);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
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
