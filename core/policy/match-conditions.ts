import type { ConditionContext } from './build-condition-context.ts';
import type { Match } from './evaluation-types.ts';
import { matchArn } from './match-arn.ts';
import { matchIpAddress } from './match-ip-address.ts';
import { matchWildcard, type WildcardWork } from './match-wildcard.ts';
import type { ConditionOperator } from './parse-condition-operator.ts';
import {
  CHARACTERS_PER_STEP,
  REQUEST_CHARACTERS_PER_STEP,
  valueWork,
  type PreparedCondition,
} from './prepare-key-policy.ts';
import { substitutePolicyVariables, type SubstitutedValue } from './substitute-policy-variables.ts';

export interface ConditionsMatch {
  match: Match;
  /**
   * Condition keys (as written) whose unknown value, or whose ARN pattern of fewer than six
   * segments (`matchArn`), left the result `maybe`.
   */
  unknownKeys: string[];
}

/**
 * A statement's Condition block against the request (IAM User Guide, "Condition operators",
 * "Single-valued vs. multivalued context keys"): every operator and every key must match
 * (AND); any of a key's values may match (OR); a negated operator matches when none of the
 * values match. A key the request does not carry fails the condition, except: `...IfExists`
 * and negated operators match; `ForAllValues:` matches (an empty set); `ForAnyValue:` fails;
 * `Null` tests presence. On a multivalued key `ForAnyValue:` needs one request value to
 * match, `ForAllValues:` every one; without a set operator a positive operator needs one.
 * With `openWorld`, a missing key that the context does not know to be absent has an
 * unknown value: its condition is `maybe`, and so is the block unless another condition fails.
 * An ARN operator whose pattern has fewer than six segments may be `maybe` in every stance.
 *
 * `work.conditions` grows by what the request makes the values cost beyond the statement's
 * `conditionCost` (which prices each value against one short request value): a step per
 * CHARACTERS_PER_STEP characters policy variables produce (built into text and a pattern on
 * every call), every policy value again for each request value after the first (set operators
 * and multivalued keys compare every pair), a step per REQUEST_CHARACTERS_PER_STEP characters of
 * a request value per comparison, and of wildcard matcher steps. Deterministic: the same request
 * always costs the same.
 */
/**
 * The condition work counted by `matchConditions`; with `conditionsLimit`, a wildcard match
 * that would take `conditions` past it stops with a `WildcardWorkLimitError`.
 */
export interface ConditionWork {
  conditions: number;
  conditionsLimit?: number;
}

export function matchConditions(
  conditions: readonly PreparedCondition[],
  context: ConditionContext,
  variables: boolean,
  openWorld: boolean,
  work: ConditionWork,
): ConditionsMatch {
  const unknownKeys: string[] = [];
  for (const condition of conditions) {
    if (condition.operator === undefined) return { match: 'no', unknownKeys: [] };
    const match = matchCondition(
      condition.operator,
      condition,
      context,
      variables,
      openWorld,
      work,
    );
    if (match === 'no') return { match: 'no', unknownKeys: [] };
    if (match === 'maybe') unknownKeys.push(condition.name);
  }
  return { match: unknownKeys.length > 0 ? 'maybe' : 'yes', unknownKeys };
}

function matchCondition(
  operator: ConditionOperator,
  condition: PreparedCondition,
  context: ConditionContext,
  variables: boolean,
  openWorld: boolean,
  work: ConditionWork,
): Match {
  const { key, values: policyValues } = condition;
  if (isUnknown(key, context, openWorld)) return 'maybe';
  const requestValues = context.values.get(key);
  if (operator.family === 'Null') {
    const absent = requestValues === undefined;
    return asMatch(policyValues.some((value) => (value.toLowerCase() === 'true') === absent));
  }
  if (requestValues === undefined) {
    if (operator.ifExists || operator.setOperator === 'ForAllValues') return 'yes';
    if (operator.setOperator === 'ForAnyValue') return 'no';
    return asMatch(operator.negated);
  }
  const fixed = fixedValuesOf(condition, variables);
  const resolved: SubstitutedValue[] = [];
  for (const [index, value] of policyValues.entries()) {
    const known = fixed[index];
    if (known !== undefined) {
      resolved.push(known);
      continue;
    }
    const substituted = substitutePolicyVariables(value, context.values);
    if (substituted.value !== undefined) {
      // Built as text, then again as the matcher's units on each comparison.
      work.conditions += 2 * Math.floor(substituted.value.text.length / CHARACTERS_PER_STEP);
      resolved.push(substituted.value);
    }
    // A value whose variable has an unknown value could be any value.
    else if (substituted.missing.some((name) => isUnknown(name, context, openWorld))) {
      return 'maybe';
    }
  }
  // Three-valued: an ARN pattern of fewer than six segments may match (`matchArn`).
  if (operator.setOperator === 'ForAllValues' || operator.setOperator === 'ForAnyValue') {
    const all = operator.setOperator === 'ForAllValues';
    let undecided = false;
    for (const [index, requestValue] of requestValues.entries()) {
      const one = matchesOne(operator, requestValue, resolved, index > 0, work);
      const passes = operator.negated ? negate(one) : one;
      if (all && passes === 'no') return 'no';
      if (!all && passes === 'yes') return 'yes';
      if (passes === 'maybe') undecided = true;
    }
    return undecided ? 'maybe' : asMatch(all);
  }
  let anyMatch: Match = 'no';
  for (const [index, requestValue] of requestValues.entries()) {
    const one = matchesOne(operator, requestValue, resolved, index > 0, work);
    if (one === 'yes') {
      anyMatch = 'yes';
      break;
    }
    if (one === 'maybe') anyMatch = 'maybe';
  }
  return operator.negated ? negate(anyMatch) : anyMatch;
}

function negate(match: Match): Match {
  return match === 'yes' ? 'no' : match === 'no' ? 'yes' : 'maybe';
}

function isUnknown(name: string, context: ConditionContext, openWorld: boolean): boolean {
  return openWorld && !context.values.has(name) && !context.knownAbsent(name);
}

/**
 * Whether `requestValue` matches one of `resolved` (`maybe`: none surely does, one may),
 * charging `work` for the comparisons made beyond what `conditionCost` prices (`again`: the
 * values were priced for an earlier request value already).
 */
function matchesOne(
  operator: ConditionOperator,
  requestValue: string,
  resolved: readonly SubstitutedValue[],
  again: boolean,
  work: ConditionWork,
): Match {
  const requestSteps = Math.floor(requestValue.length / REQUEST_CHARACTERS_PER_STEP);
  const matcher: WildcardWork =
    work.conditionsLimit === undefined
      ? { steps: 0 }
      : {
          steps: 0,
          limit: Math.max(0, work.conditionsLimit - work.conditions) * CHARACTERS_PER_STEP,
        };
  let matched: Match = 'no';
  for (const policyValue of resolved) {
    work.conditions += requestSteps + (again ? valueWork(policyValue.text) : 0);
    const match = compareValues(operator, requestValue, policyValue, matcher);
    if (match === 'yes') {
      matched = 'yes';
      break;
    }
    if (match === 'maybe') matched = 'maybe';
  }
  work.conditions += Math.floor(matcher.steps / CHARACTERS_PER_STEP);
  return matched;
}

/**
 * Per condition, each policy value whose substitution does not depend on the request (no
 * policy variables), computed once; `undefined` where it does.
 */
const fixedValues = new WeakMap<PreparedCondition, (SubstitutedValue | undefined)[][]>();
const NO_CONTEXT: ReadonlyMap<string, readonly string[]> = new Map();

function fixedValuesOf(
  condition: PreparedCondition,
  variables: boolean,
): readonly (SubstitutedValue | undefined)[] {
  let known = fixedValues.get(condition);
  if (known === undefined) {
    known = [];
    fixedValues.set(condition, known);
  }
  const slot = variables ? 1 : 0;
  let values = known[slot];
  if (values === undefined) {
    values = condition.values.map((value): SubstitutedValue | undefined => {
      if (!variables) return { text: value, pattern: [{ glob: value }] };
      // Without `${` there is nothing to substitute: the same answer for every request.
      return value.includes('${') ? undefined : substitutePolicyVariables(value, NO_CONTEXT).value;
    });
    known[slot] = values;
  }
  return values;
}

function asMatch(value: boolean): Match {
  return value ? 'yes' : 'no';
}

function compareValues(
  operator: ConditionOperator,
  request: string,
  substituted: SubstitutedValue,
  matcher: WildcardWork,
): Match {
  if (operator.family === 'Arn') return matchArn(substituted.pattern, request, matcher);
  return asMatch(compareText(operator, request, substituted, matcher));
}

function compareText(
  operator: ConditionOperator,
  request: string,
  substituted: SubstitutedValue,
  matcher: WildcardWork,
): boolean {
  const policy = substituted.text;
  switch (operator.family) {
    case 'String':
      if (operator.wildcards) return matchWildcard(substituted.pattern, request, false, matcher);
      return operator.ignoreCase
        ? policy.toLowerCase() === request.toLowerCase()
        : policy === request;
    case 'Arn':
      return matchArn(substituted.pattern, request, matcher) === 'yes';
    case 'Bool':
      return policy.toLowerCase() === request.toLowerCase();
    case 'Binary':
      return policy === request;
    case 'IpAddress':
      return matchIpAddress(policy, request);
    case 'Numeric':
      return compareOrdered(operator, parseNumber(request), parseNumber(policy));
    case 'Date':
      return compareOrdered(operator, parseDate(request), parseDate(policy));
    case 'Null':
      return false;
  }
}

function compareOrdered(
  operator: ConditionOperator,
  request: number | undefined,
  policy: number | undefined,
): boolean {
  if (request === undefined || policy === undefined) return false;
  switch (operator.comparison) {
    case 'equals':
      return request === policy;
    case 'lessThan':
      return request < policy;
    case 'lessThanEquals':
      return request <= policy;
    case 'greaterThan':
      return request > policy;
    case 'greaterThanEquals':
      return request >= policy;
  }
}

function parseNumber(text: string): number | undefined {
  // One way to match each input (`\d+\.?\d*` split a run of digits n ways: quadratic).
  if (!/^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(text)) return undefined;
  return Number(text);
}

/** ISO 8601 dates, or epoch seconds (`aws:EpochTime`). */
function parseDate(text: string): number | undefined {
  const seconds = parseNumber(text);
  if (seconds !== undefined) return seconds * 1000;
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? undefined : millis;
}
