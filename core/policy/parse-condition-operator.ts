/** The comparison family of a condition operator, which decides how values are compared. */
export type OperatorFamily =
  'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

export interface ConditionOperator {
  /** The operator as written, e.g. `ForAnyValue:StringNotEqualsIfExists`. */
  name: string;
  /** The operator without set prefix and `IfExists`, canonical casing: `StringNotEquals`. */
  base: string;
  family: OperatorFamily;
  /** `StringNotEquals`, `NotIpAddress`, `ArnNotLike`...: true when the key does not match. */
  negated: boolean;
  /** `StringLike`, `ArnLike`, `ArnEquals`: values may hold `*` and `?`. */
  wildcards: boolean;
  ignoreCase: boolean;
  /** Comparison of a request value with a policy value, before negation. */
  comparison: 'equals' | 'lessThan' | 'lessThanEquals' | 'greaterThan' | 'greaterThanEquals';
  setOperator?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
  /** False when the operator was written in another casing than AWS documents. */
  canonicalCase: boolean;
}

interface BaseOperator {
  family: OperatorFamily;
  negated: boolean;
  wildcards: boolean;
  ignoreCase: boolean;
  comparison: ConditionOperator['comparison'];
}

const base = (
  family: OperatorFamily,
  negated = false,
  comparison: ConditionOperator['comparison'] = 'equals',
  wildcards = false,
  ignoreCase = false,
): BaseOperator => ({ family, negated, wildcards, ignoreCase, comparison });

/** The IAM condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators"). */
const BASE_OPERATORS: Readonly<Record<string, BaseOperator>> = {
  StringEquals: base('String'),
  StringNotEquals: base('String', true),
  StringEqualsIgnoreCase: base('String', false, 'equals', false, true),
  StringNotEqualsIgnoreCase: base('String', true, 'equals', false, true),
  StringLike: base('String', false, 'equals', true),
  StringNotLike: base('String', true, 'equals', true),
  NumericEquals: base('Numeric'),
  NumericNotEquals: base('Numeric', true),
  NumericLessThan: base('Numeric', false, 'lessThan'),
  NumericLessThanEquals: base('Numeric', false, 'lessThanEquals'),
  NumericGreaterThan: base('Numeric', false, 'greaterThan'),
  NumericGreaterThanEquals: base('Numeric', false, 'greaterThanEquals'),
  DateEquals: base('Date'),
  DateNotEquals: base('Date', true),
  DateLessThan: base('Date', false, 'lessThan'),
  DateLessThanEquals: base('Date', false, 'lessThanEquals'),
  DateGreaterThan: base('Date', false, 'greaterThan'),
  DateGreaterThanEquals: base('Date', false, 'greaterThanEquals'),
  Bool: base('Bool'),
  BinaryEquals: base('Binary'),
  IpAddress: base('IpAddress'),
  NotIpAddress: base('IpAddress', true),
  // ArnEquals and ArnLike behave the same: both accept wildcards in each ARN segment.
  ArnEquals: base('Arn', false, 'equals', true),
  ArnLike: base('Arn', false, 'equals', true),
  ArnNotEquals: base('Arn', true, 'equals', true),
  ArnNotLike: base('Arn', true, 'equals', true),
  Null: base('Null'),
};

export const CONDITION_OPERATOR_NAMES: readonly string[] = Object.keys(BASE_OPERATORS);

const byLowerCase = new Map(CONDITION_OPERATOR_NAMES.map((name) => [name.toLowerCase(), name]));
const SET_PREFIX = /^(forallvalues|foranyvalue):/i;
const IF_EXISTS = /ifexists$/i;

/**
 * Splits a condition operator into set operator, base operator and `IfExists`, e.g.
 * `ForAllValues:StringLikeIfExists`. `undefined` for names IAM does not know, and for the
 * combinations it refuses (`NullIfExists`, `ForAnyValue:Null`).
 */
export function parseConditionOperator(name: string): ConditionOperator | undefined {
  let rest = name;
  let setOperator: ConditionOperator['setOperator'];
  let canonicalCase = true;
  const prefix = SET_PREFIX.exec(rest);
  if (prefix) {
    const written = rest.slice(0, prefix[0].length - 1);
    setOperator = written.toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
    canonicalCase &&= written === setOperator;
    rest = rest.slice(prefix[0].length);
  }
  let ifExists = false;
  if (IF_EXISTS.test(rest) && byLowerCase.get(rest.toLowerCase()) === undefined) {
    canonicalCase &&= rest.endsWith('IfExists');
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const canonical = byLowerCase.get(rest.toLowerCase());
  if (canonical === undefined) return undefined;
  const operator = BASE_OPERATORS[canonical];
  if (operator === undefined) return undefined;
  if (operator.family === 'Null' && (ifExists || setOperator !== undefined)) return undefined;
  canonicalCase &&= rest === canonical;
  return {
    name,
    base: canonical,
    ...operator,
    ...(setOperator === undefined ? {} : { setOperator }),
    ifExists,
    canonicalCase,
  };
}
