import {
  CONDITION_KEY_NAMES,
  findConditionKey,
  type KnownConditionKey,
} from './find-condition-key.ts';
import { matchIpAddress } from './match-ip-address.ts';
import {
  CONDITION_OPERATOR_NAMES,
  parseConditionOperator,
  type ConditionOperator,
} from './parse-condition-operator.ts';
import {
  describeValue,
  isRecord,
  suggestName,
  type PolicyPath,
  type ReportPolicyProblem,
} from './policy-problem.ts';

const ENCRYPTION_CONTEXT_KEY = 'kms:EncryptionContext:${EncryptionContextKey}';

/** Which operator families make sense for which condition key types. */
const FAMILIES_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  String: ['String', 'Arn', 'Binary'],
  ArrayOfString: ['String', 'Arn'],
  ARN: ['String', 'Arn'],
  Bool: ['Bool'],
  Numeric: ['Numeric'],
  Date: ['Date', 'Numeric'],
  IPAddress: ['IpAddress'],
};

export interface ConditionCheckOptions {
  /** Policy variables (`${aws:username}`) need Version 2012-10-17. */
  variablesAllowed: boolean;
}

/**
 * Checks a `Condition` element (IAM User Guide, "IAM JSON policy elements: Condition
 * operators"): known operators in AWS's casing, known `aws:` and `kms:` keys (templated ones
 * such as `kms:EncryptionContext:<key>` included), operators that fit the key's type and
 * arity, and values each operator can compare.
 */
export function checkPolicyCondition(
  value: unknown,
  path: PolicyPath,
  report: ReportPolicyProblem,
  { variablesAllowed }: ConditionCheckOptions,
): void {
  if (!isRecord(value)) {
    report(
      path,
      'error',
      `Condition must be an object of operators, got ${describeValue(value)}`,
      'write `{"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}`',
    );
    return;
  }
  for (const [operatorName, entries] of Object.entries(value)) {
    const operatorPath = [...path, operatorName];
    const operator = parseConditionOperator(operatorName);
    if (operator === undefined) {
      report(
        operatorPath,
        'error',
        `unknown condition operator \`${operatorName}\``,
        suggestName(
          operatorName.replace(/^(ForAnyValue|ForAllValues):|IfExists$/gi, ''),
          CONDITION_OPERATOR_NAMES,
          'see "IAM JSON policy elements: Condition operators"',
        ),
      );
      continue;
    }
    if (!operator.canonicalCase) {
      report(
        operatorPath,
        'warning',
        `write the operator \`${operatorName}\` as AWS documents it`,
        `use \`${canonicalName(operator)}\``,
      );
    }
    if (!isRecord(entries) || Object.keys(entries).length === 0) {
      report(
        operatorPath,
        'error',
        `\`${operatorName}\` must map condition keys to values, got ${describeValue(entries)}`,
        'write `{"<condition key>": "<value>"}`',
      );
      continue;
    }
    for (const [key, values] of Object.entries(entries)) {
      checkConditionEntry(operator, key, values, [...operatorPath, key], report, variablesAllowed);
    }
  }
}

function checkConditionEntry(
  operator: ConditionOperator,
  key: string,
  values: unknown,
  path: PolicyPath,
  report: ReportPolicyProblem,
  variablesAllowed: boolean,
): void {
  const known = findConditionKey(key);
  if (known === undefined) {
    const prefix = key.slice(0, key.indexOf(':') + 1).toLowerCase();
    if (prefix === 'aws:' || prefix === 'kms:') {
      report(
        path,
        'error',
        `unknown condition key \`${key}\``,
        suggestName(
          key,
          CONDITION_KEY_NAMES,
          `see the ${prefix === 'kms:' ? 'AWS KMS condition keys' : 'AWS global condition context keys'}`,
        ),
      );
    } else {
      report(
        path,
        'warning',
        `KMS requests never carry the condition key \`${key}\``,
        'use `aws:` global keys or `kms:` keys in a key policy',
      );
    }
  } else {
    checkOperatorFitsKey(operator, key, known, path, report);
  }

  const list = Array.isArray(values) ? (values as unknown[]) : [values];
  if (list.length === 0) {
    report(
      path,
      'error',
      `\`${key}\` has no values: the condition can never match`,
      'give at least one value',
    );
  }
  list.forEach((item, index) => {
    const itemPath = Array.isArray(values) ? [...path, index] : path;
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
      report(
        itemPath,
        'error',
        `condition values are strings, numbers or booleans, got ${describeValue(item)}`,
        'write the value as a string',
      );
      return;
    }
    const text = String(item);
    if (text.includes('${') && !variablesAllowed) {
      report(
        itemPath,
        'warning',
        `\`${text}\` holds a policy variable, which only Version 2012-10-17 supports`,
        'set `"Version": "2012-10-17"`',
      );
    }
    const invalid = invalidValue(operator, text);
    if (invalid !== undefined) report(itemPath, 'error', invalid.message, invalid.hint);
    else if (isShortArnPattern(operator, text)) {
      report(
        itemPath,
        'warning',
        `\`${text}\` has fewer than six ARN components, which ${operator.base} compares one by one: whether it matches is undecided, so the lockout checks count a Deny on it and no stance but the exposure lint counts an Allow`,
        'write all six components, e.g. `arn:aws:iam::111122223333:role/name`',
      );
    }
  });
}

function checkOperatorFitsKey(
  operator: ConditionOperator,
  key: string,
  known: KnownConditionKey,
  path: PolicyPath,
  report: ReportPolicyProblem,
): void {
  if (operator.family === 'Null') return;
  if (known.key === ENCRYPTION_CONTEXT_KEY && operator.setOperator === 'ForAllValues') {
    report(
      path,
      'error',
      `ForAllValues with the single-valued \`${key}\` matches requests without that encryption context (KMS refuses it: OverlyPermissiveCondition)`,
      `use \`${canonicalName({ base: operator.base, ifExists: operator.ifExists })}\` without the set operator`,
    );
  } else if (operator.setOperator !== undefined && !known.multiValued) {
    report(
      path,
      'warning',
      `${operator.setOperator} is for multivalued keys; \`${key}\` has a single value`,
      `drop \`${operator.setOperator}:\``,
    );
  } else if (operator.setOperator === undefined && known.multiValued) {
    report(
      path,
      'warning',
      `\`${key}\` has several values per request; without ForAnyValue or ForAllValues the meaning is unclear`,
      `write \`ForAnyValue:${operator.base}\` (one value must match) or \`ForAllValues:${operator.base}\` (every value must match)`,
    );
  }
  const families = FAMILIES_BY_TYPE[known.type] ?? [];
  if (!families.includes(operator.family)) {
    report(
      path,
      'warning',
      `\`${operator.base}\` compares ${operator.family.toLowerCase()} values, but \`${key}\` is of type ${known.type}`,
      `use a ${families[0] ?? 'String'} operator`,
    );
  }
}

/** An ARN operator's pattern of fewer than six components (`match-arn.ts`); a bare `*` matches any value. */
function isShortArnPattern(operator: ConditionOperator, text: string): boolean {
  return (
    operator.family === 'Arn' && text !== '*' && !text.includes('${') && text.split(':').length < 6
  );
}

function invalidValue(
  operator: ConditionOperator,
  text: string,
): { message: string; hint: string } | undefined {
  if (text.includes('${')) return undefined;
  switch (operator.family) {
    case 'Null':
    case 'Bool':
      return /^(true|false)$/i.test(text)
        ? undefined
        : {
            message: `${operator.base} takes true or false, got "${text}"`,
            hint: 'write true or false',
          };
    case 'Numeric':
      return Number.isFinite(Number(text)) && text.trim() !== ''
        ? undefined
        : {
            message: `${operator.base} takes a number, got "${text}"`,
            hint: 'write a number such as 30',
          };
    case 'Date':
      return /^-?\d+$/.test(text) || !Number.isNaN(Date.parse(text))
        ? undefined
        : {
            message: `${operator.base} takes an ISO 8601 date or epoch seconds, got "${text}"`,
            hint: 'write a date such as 2026-01-31T00:00:00Z',
          };
    case 'IpAddress': {
      const address = text.split('/')[0] ?? '';
      return matchIpAddress(text, address)
        ? undefined
        : {
            message: `${operator.base} takes an IP address or CIDR block, got "${text}"`,
            hint: 'write a block such as 203.0.113.0/24',
          };
    }
    case 'String':
    case 'Arn':
    case 'Binary':
      return undefined;
  }
}

function canonicalName(
  operator: Pick<ConditionOperator, 'setOperator' | 'base' | 'ifExists'>,
): string {
  return `${operator.setOperator === undefined ? '' : `${operator.setOperator}:`}${operator.base}${operator.ifExists ? 'IfExists' : ''}`;
}
