import type { KeyPlacement } from '../policy/key-placement.ts';
import { keyUsageActions, userActionChoices } from '../policy/key-usage-actions.ts';
import { KMS_ACTIONS } from '../policy/kms-actions.ts';
import { matchWildcard } from '../policy/match-wildcard.ts';
import { toList } from '../policy/to-list.ts';
import type { OrganizationConsumer, PolicyStatement } from '../policy/types.ts';

/** Organisations tried at most: each candidate is one generation and normalisation of the policy. */
const MAX_ORGANIZATIONS = 4;

/**
 * `organization:` consumers a policy may hold: for each Allow to `*` narrowed by
 * `aws:PrincipalOrgID` (or `aws:PrincipalOrgPaths` with a trailing `*`), the organisation
 * with every key user action and with the actions those statements allow. Candidates only:
 * the caller keeps one when what it generates is in the live policy.
 */
export function fitOrganization(
  statements: readonly PolicyStatement[],
  placement: KeyPlacement,
): OrganizationConsumer[] {
  const choices = userActionChoices(keyUsageActions(placement.keySpec, placement.keyUsage));
  const byOrganization = new Map<string, { member: OrganizationConsumer; actions: Set<string> }>();
  for (const statement of statements) {
    if (statement.Effect !== 'Allow' || !anyone(statement)) continue;
    const member = memberOf(statement);
    if (member === undefined) continue;
    const id = JSON.stringify(member);
    const entry = byOrganization.get(id) ?? { member, actions: new Set<string>() };
    const patterns = toList(statement.Action);
    for (const action of choices) {
      if (patterns.some((pattern) => matchWildcard(pattern, action, true))) {
        entry.actions.add(action);
      }
    }
    byOrganization.set(id, entry);
  }
  return [...byOrganization.values()]
    .slice(0, MAX_ORGANIZATIONS)
    .flatMap(({ member, actions }) => [
      member,
      ...(actions.size > 0 && actions.size < choices.length
        ? [{ ...member, actions: KMS_ACTIONS.filter((action) => actions.has(action)) }]
        : []),
    ]);
}

function anyone(statement: PolicyStatement): boolean {
  const block = statement.Principal;
  if (block === '*') return true;
  return block !== undefined && toList<string>(block.AWS).join() === '*';
}

function memberOf(statement: PolicyStatement): OrganizationConsumer | undefined {
  for (const [operator, entries] of Object.entries(statement.Condition ?? {})) {
    for (const [key, value] of Object.entries(entries)) {
      const op = operator.toLowerCase();
      const name = key.toLowerCase();
      const values = toList(value).map(String);
      if (op === 'stringequals' && name === 'aws:principalorgid' && values.length === 1) {
        return { id: values[0] ?? '' };
      }
      if (
        op === 'foranyvalue:stringlike' &&
        name === 'aws:principalorgpaths' &&
        values.every((path) => path.endsWith('/*'))
      ) {
        return { paths: values.map((path) => path.slice(0, -1)).sort() };
      }
    }
  }
  return undefined;
}
