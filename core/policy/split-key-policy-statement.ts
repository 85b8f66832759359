import { findConditionKey } from './find-condition-key.ts';
import { KMS_ACTIONS } from './kms-actions.ts';
import { parseConditionOperator } from './parse-condition-operator.ts';
import { toList } from './to-list.ts';
import type { ConditionBlock, PolicyStatement, PrincipalBlock } from './types.ts';

/** One grant, or a whole statement where a Not* element forbids splitting. */
export interface PolicyGrant {
  effect: PolicyStatement['Effect'];
  /** `AWS\u0000arn...` entries, or the NotPrincipal entries. */
  principal: { not: boolean; values: string[] };
  action: { not: boolean; values: string[] };
  resource: { not: boolean; values: string[] };
  condition: ConditionBlock | undefined;
}

/**
 * The single grants of one key policy statement, as `normalizeKeyPolicy` writes them: one per
 * principal x action x resource, a whole `Not*` list as one unit; principals as `Type\u0000value`
 * (a bare account id as its root ARN), actions, condition operators and keys as AWS spells them,
 * conditions merged and sorted with string values. Give it statements whose actions are
 * expanded (`expandPolicyActions`): the grants are at most `countPolicyGrants` of them.
 */
export function splitKeyPolicyStatement(
  statement: PolicyStatement,
  partition: string,
): PolicyGrant[] {
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
  const atoms: PolicyGrant[] = [];
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

/**
 * The condition block with operators and keys in one spelling. Two entries that name one key
 * in two spellings (`kms:CallerAccount` and `KMS:CallerAccount`, or under `StringEquals` and
 * `stringequals`) must both hold (IAM ANDs separate entries and ORs the values of one), so they
 * are never merged into one value list: the key's value is then `{ and: [...] }` (no written
 * value is an object), its lists in an order that does not depend on the order written.
 */
function canonicalCondition(condition: ConditionBlock | undefined): ConditionBlock | undefined {
  if (condition === undefined) return undefined;
  const merged = new Map<string, Map<string, Set<string>[]>>();
  for (const [operatorName, entries] of Object.entries(condition)) {
    const parsed = parseConditionOperator(operatorName);
    const operator =
      parsed === undefined
        ? operatorName
        : `${parsed.setOperator === undefined ? '' : `${parsed.setOperator}:`}${parsed.base}${parsed.ifExists ? 'IfExists' : ''}`;
    const caseless = parsed?.family === 'Bool' || parsed?.family === 'Null';
    const keys = merged.get(operator) ?? new Map<string, Set<string>[]>();
    for (const [key, values] of Object.entries(entries)) {
      const canonicalKey = canonicalConditionKey(key);
      const set = new Set<string>();
      for (const value of toList(values)) {
        const text = String(value);
        set.add(caseless ? text.toLowerCase() : text);
      }
      const sets = keys.get(canonicalKey);
      if (sets === undefined) keys.set(canonicalKey, [set]);
      else sets.push(set);
    }
    merged.set(operator, keys);
  }
  if (merged.size === 0) return undefined;
  const block: ConditionBlock = {};
  for (const operator of [...merged.keys()].sort()) {
    const keys = merged.get(operator) ?? new Map<string, Set<string>[]>();
    const entries: [string, string | string[]][] = [];
    for (const key of [...keys.keys()].sort()) {
      const lists = (keys.get(key) ?? [])
        .map((set) => [...set].sort())
        .sort((a, b) => compareText(JSON.stringify(a), JSON.stringify(b)));
      const [only] = lists;
      // Entries ANDed on one key: an object value, which no written condition value can be
      // (values are strings or lists), so it never equals a key spelled `x #2` or the like.
      entries.push([
        key,
        lists.length === 1 && only !== undefined
          ? one(only)
          : ({ and: lists.map(one) } as unknown as string[]),
      ]);
    }
    block[operator] = Object.fromEntries(entries);
  }
  return block;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

function one(values: string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : values;
}
