import { findConditionKey } from './find-condition-key.ts';
import { KMS_ACTIONS } from './kms-actions.ts';
import { parseConditionOperator } from './parse-condition-operator.ts';
import { toList } from './to-list.ts';
import type {
  ConditionBlock,
  KeyPolicyDocument,
  PolicyStatement,
  PrincipalBlock,
} from './types.ts';

/**
 * The canonical form of a key policy: equal meaning gives equal JSON. It drops `Id` and
 * every `Sid`; writes each list sorted and de-duplicated (one value as a plain string);
 * spells actions, condition operators and condition keys as AWS documents them (they are
 * case-insensitive), a bare account id as its root ARN, `"*"` as `{"AWS": "*"}`, condition
 * values as strings (`true` as `"true"`); then splits statements into single
 * principal/action/resource grants and regroups them in a fixed order, so statement order,
 * grouping and duplicates do not matter either. NotPrincipal, NotAction and NotResource
 * lists stay whole, as they cannot be split.
 */
export function normalizeKeyPolicy(
  policy: KeyPolicyDocument,
  options: { partition?: string } = {},
): KeyPolicyDocument {
  const partition = options.partition ?? 'aws';
  const atoms = new Map<string, Atom>();
  for (const statement of policy.Statement) {
    for (const atom of splitStatement(statement, partition)) atoms.set(JSON.stringify(atom), atom);
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

/** One grant, or a whole statement where a Not* element forbids splitting. */
interface Atom {
  effect: PolicyStatement['Effect'];
  /** `AWS\u0000arn...` entries, or the NotPrincipal entries. */
  principal: { not: boolean; values: string[] };
  action: { not: boolean; values: string[] };
  resource: { not: boolean; values: string[] };
  condition: ConditionBlock | undefined;
}

type Element = 'principal' | 'action' | 'resource';

function splitStatement(statement: PolicyStatement, partition: string): Atom[] {
  const principals = principalEntries(statement.Principal ?? statement.NotPrincipal, partition);
  const principalNot = statement.Principal === undefined && statement.NotPrincipal !== undefined;
  const actions = [
    ...new Set(toList(statement.Action ?? statement.NotAction).map(canonicalAction)),
  ];
  const actionNot = statement.Action === undefined && statement.NotAction !== undefined;
  const resources = [...new Set(toList(statement.Resource ?? statement.NotResource))];
  const resourceNot = statement.Resource === undefined && statement.NotResource !== undefined;
  const condition = canonicalCondition(statement.Condition);

  const split = (not: boolean, values: string[]): string[][] =>
    not || values.length === 0 ? [values.sort()] : values.map((value) => [value]);
  const atoms: Atom[] = [];
  for (const principal of split(principalNot, principals)) {
    for (const action of split(actionNot, actions)) {
      for (const resource of split(resourceNot, resources)) {
        atoms.push({
          effect: statement.Effect,
          principal: { not: principalNot, values: principal },
          action: { not: actionNot, values: action },
          resource: { not: resourceNot, values: resource },
          condition,
        });
      }
    }
  }
  return atoms;
}

function regroup(atoms: readonly Atom[], element: Element): Atom[] {
  const groups = new Map<string, { atom: Atom; values: Set<string> }>();
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

function toStatement(atom: Atom): PolicyStatement {
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

function principalEntries(block: PrincipalBlock | undefined, partition: string): string[] {
  if (block === undefined) return [];
  if (block === '*') return ['AWS\u0000*'];
  const entries = Object.entries(block).flatMap(([type, values]) =>
    toList<string>(values).map((value) => {
      const canonical =
        type === 'AWS' && /^\d{12}$/.test(value) ? `arn:${partition}:iam::${value}:root` : value;
      return `${type}\u0000${canonical}`;
    }),
  );
  return [...new Set(entries)];
}

const actionsByLowerCase = new Map(KMS_ACTIONS.map((action) => [action.toLowerCase(), action]));

/** `KMS:decrypt` -> `kms:Decrypt`; wildcards keep the spelling of the first action they match. */
function canonicalAction(action: string): string {
  // Beyond ASCII, lower-casing maps look-alikes onto letters (U+212A KELVIN SIGN -> `k`).
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(action)) return action;
  const lower = action.toLowerCase();
  const exact = actionsByLowerCase.get(lower);
  if (exact !== undefined) return exact;
  if (lower === '*' || lower === 'kms:*') return lower;
  const literal = lower.split(/[*?]/)[0] ?? '';
  const spelled = KMS_ACTIONS.find((known) => known.toLowerCase().startsWith(literal));
  return spelled === undefined
    ? lower
    : `${spelled.slice(0, literal.length)}${action.slice(literal.length).toLowerCase()}`;
}

function canonicalCondition(condition: ConditionBlock | undefined): ConditionBlock | undefined {
  if (condition === undefined) return undefined;
  const merged = new Map<string, Map<string, Set<string>>>();
  for (const [operatorName, entries] of Object.entries(condition)) {
    const parsed = parseConditionOperator(operatorName);
    const operator =
      parsed === undefined
        ? operatorName
        : `${parsed.setOperator === undefined ? '' : `${parsed.setOperator}:`}${parsed.base}${parsed.ifExists ? 'IfExists' : ''}`;
    const caseless = parsed?.family === 'Bool' || parsed?.family === 'Null';
    const keys = merged.get(operator) ?? new Map<string, Set<string>>();
    for (const [key, values] of Object.entries(entries)) {
      const canonicalKey = canonicalConditionKey(key);
      const set = keys.get(canonicalKey) ?? new Set<string>();
      for (const value of toList(values)) {
        const text = String(value);
        set.add(caseless ? text.toLowerCase() : text);
      }
      keys.set(canonicalKey, set);
    }
    merged.set(operator, keys);
  }
  if (merged.size === 0) return undefined;
  const block: ConditionBlock = {};
  for (const operator of [...merged.keys()].sort()) {
    const keys = merged.get(operator) ?? new Map<string, Set<string>>();
    block[operator] = Object.fromEntries(
      [...keys.keys()].sort().map((key) => [key, one([...(keys.get(key) ?? [])].sort())]),
    );
  }
  return block;
}

/** Condition key names are case-insensitive, the context key of `kms:EncryptionContext:` too. */
function canonicalConditionKey(key: string): string {
  const known = findConditionKey(key);
  if (known === undefined) return key.toLowerCase();
  const template = known.key.indexOf('${');
  if (template < 0) return known.key;
  const prefix = known.key.slice(0, template);
  const suffix = key.slice(template);
  return `${prefix}${prefix === 'kms:EncryptionContext:' ? suffix.toLowerCase() : suffix}`;
}
