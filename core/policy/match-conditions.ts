import type { ConditionContext } from './build-condition-context.ts';
import type { Match } from './evaluation-types.ts';
import { matchArn } from './match-arn.ts';
import { matchIpAddress } from './match-ip-address.ts';
import { matchWildcard } from './match-wildcard.ts';
import type { ConditionOperator } from './parse-condition-operator.ts';
import type { PreparedCondition } from './prepare-key-policy.ts';
import { substitutePolicyVariables, type SubstitutedValue } from './substitute-policy-variables.ts';

export interface ConditionsMatch {
  match: Match;
  /** Condition keys (as written) whose unknown value left the result `maybe`. */
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
 */
export function matchConditions(
  conditions: readonly PreparedCondition[],
  context: ConditionContext,
  variables: boolean,
  openWorld: boolean,
): ConditionsMatch {
  const unknownKeys: string[] = [];
  for (const condition of conditions) {
    if (condition.operator === undefined) return { match: 'no', unknownKeys: [] };
    const match = matchCondition(condition.operator, condition, context, variables, openWorld);
    if (match === 'no') return { match: 'no', unknownKeys: [] };
    if (match === 'maybe') unknownKeys.push(condition.name);
  }
  return { match: unknownKeys.length > 0 ? 'maybe' : 'yes', unknownKeys };
}

function matchCondition(
  operator: ConditionOperator,
  { key, values: policyValues }: PreparedCondition,
  context: ConditionContext,
  variables: boolean,
  openWorld: boolean,
): Match {
  const unknown = (name: string): boolean =>
    openWorld && !context.values.has(name) && !context.knownAbsent(name);
  if (unknown(key)) return 'maybe';
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
  const resolved: SubstitutedValue[] = [];
  for (const value of policyValues) {
    if (!variables) {
      resolved.push({ text: value, pattern: [{ glob: value }] });
      continue;
    }
    const substituted = substitutePolicyVariables(value, context.values);
    if (substituted.value !== undefined) resolved.push(substituted.value);
    // A value whose variable has an unknown value could be any value.
    else if (substituted.missing.some(unknown)) return 'maybe';
  }
  const matchesOne = (requestValue: string): boolean =>
    resolved.some((policyValue) => compareValues(operator, requestValue, policyValue));
  const passes = (requestValue: string): boolean =>
    operator.negated ? !matchesOne(requestValue) : matchesOne(requestValue);

  if (operator.setOperator === 'ForAllValues') return asMatch(requestValues.every(passes));
  if (operator.setOperator === 'ForAnyValue') return asMatch(requestValues.some(passes));
  const anyMatch = requestValues.some(matchesOne);
  return asMatch(operator.negated ? !anyMatch : anyMatch);
}

function asMatch(value: boolean): Match {
  return value ? 'yes' : 'no';
}

function compareValues(
  operator: ConditionOperator,
  request: string,
  substituted: SubstitutedValue,
): boolean {
  const policy = substituted.text;
  switch (operator.family) {
    case 'String':
      if (operator.wildcards) return matchWildcard(substituted.pattern, request);
      return operator.ignoreCase
        ? policy.toLowerCase() === request.toLowerCase()
        : policy === request;
    case 'Arn':
      return matchArn(substituted.pattern, request);
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
