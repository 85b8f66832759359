import { splitKeyPolicyStatement, type PolicyGrant } from './split-key-policy-statement.ts';
import type { KeyPolicyDocument, PolicyStatement, PrincipalBlock } from './types.ts';

/**
 * The canonical form of a key policy: equal meaning gives equal JSON. It drops `Id` and
 * every `Sid`; writes each list sorted and de-duplicated (one value as a plain string);
 * spells actions, condition operators and condition keys as AWS documents them (they are
 * case-insensitive), a bare account id as its root ARN, `"*"` as `{"AWS": "*"}`, condition
 * values as strings (`true` as `"true"`); then splits statements into single
 * principal/action/resource grants (`splitKeyPolicyStatement`) and regroups them in a fixed
 * order, so statement order, grouping and duplicates do not matter either. NotPrincipal,
 * NotAction and NotResource lists stay whole, as they cannot be split.
 */
export function normalizeKeyPolicy(
  policy: KeyPolicyDocument,
  options: { partition?: string } = {},
): KeyPolicyDocument {
  const partition = options.partition ?? 'aws';
  const atoms = new Map<string, PolicyGrant>();
  for (const statement of policy.Statement) {
    for (const atom of splitKeyPolicyStatement(statement, partition)) {
      atoms.set(JSON.stringify(atom), atom);
    }
  }
  // Regroup: principals of identical grants, then actions, then resources.
  const byPrincipals = regroup([...atoms.values()], 'principal');
  const byActions = regroup(byPrincipals, 'action');
  const byResources = regroup(byActions, 'resource');
  const statements = byResources
    .map(toStatement)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { Version: policy.Version, Statement: statements };
}

type Element = 'principal' | 'action' | 'resource';

function regroup(atoms: readonly PolicyGrant[], element: Element): PolicyGrant[] {
  const groups = new Map<string, { atom: PolicyGrant; values: Set<string> }>();
  for (const atom of atoms) {
    const rest = { ...atom, [element]: { not: atom[element].not, values: [] } };
    const key = JSON.stringify(rest);
    const group = groups.get(key);
    // Lists of a Not* element are one unit and never merge with other lists.
    if (group === undefined || atom[element].not) {
      groups.set(atom[element].not ? `${key}${JSON.stringify(atom[element])}` : key, {
        atom,
        values: new Set(atom[element].values),
      });
    } else {
      // A set per group: merging thousands of grants stays linear.
      for (const value of atom[element].values) group.values.add(value);
    }
  }
  return [...groups.values()].map(({ atom, values }) => ({
    ...atom,
    [element]: { not: atom[element].not, values: [...values].sort() },
  }));
}

function toStatement(atom: PolicyGrant): PolicyStatement {
  const byType = new Map<string, string[]>();
  for (const entry of atom.principal.values) {
    const [type = 'AWS', value = ''] = entry.split('\u0000');
    const values = byType.get(type) ?? [];
    values.push(value);
    byType.set(type, values);
  }
  const principal = Object.fromEntries(
    [...byType.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, values]) => [type, one(values.sort())]),
  ) as PrincipalBlock;
  return {
    Effect: atom.effect,
    ...(atom.principal.not ? { NotPrincipal: principal } : { Principal: principal }),
    ...(atom.action.not
      ? { NotAction: one(atom.action.values) }
      : { Action: one(atom.action.values) }),
    ...(atom.resource.not
      ? { NotResource: one(atom.resource.values) }
      : { Resource: one(atom.resource.values) }),
    ...(atom.condition === undefined ? {} : { Condition: atom.condition }),
  };
}

function one(values: string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : values;
}
