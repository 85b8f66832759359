import { closest, distance } from 'fastest-levenshtein';
import {
  CONDITION_KEY_NAMES,
  findConditionKey,
  type KnownConditionKey,
} from './find-condition-key.ts';
import { KMS_ACTIONS } from './kms-actions.ts';
import { matchIpAddress } from './match-ip-address.ts';
import { matchWildcard } from './match-wildcard.ts';
import {
  CONDITION_OPERATOR_NAMES,
  parseConditionOperator,
  type ConditionOperator,
} from './parse-condition-operator.ts';
import { parsePrincipal } from './parse-principal.ts';
import type { KeyPolicyDocument } from './types.ts';

/** A problem in a raw key policy, located by a JSON pointer. */
export interface PolicyProblem {
  /** JSON pointer (RFC 6901) into the policy, e.g. `/Statement/2/Action/0`; `''` for the whole policy. */
  path: string;
  /** `error`: KMS refuses the policy, or it cannot mean what it says. `warning`: valid but suspicious. */
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

export type ParseKeyPolicyResult =
  | { ok: true; policy: KeyPolicyDocument; problems: PolicyProblem[] }
  | { ok: false; problems: PolicyProblem[] };

/** KMS refuses key policies over 32 KB. */
export const MAX_KEY_POLICY_BYTES = 32_768;

const TOP_LEVEL_FIELDS = ['Version', 'Id', 'Statement'];
const STATEMENT_FIELDS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const VERSIONS = ['2012-10-17', '2008-10-17'];
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;
const KEY_RESOURCE = /^arn:[^:]+:kms:[^:]*:[^:]*:key\/.+$/;
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

/**
 * Parses and validates a raw key policy, given as JSON text or as already-parsed data:
 * document shape, Version, Effect, Principal/NotPrincipal, Action/NotAction against the KMS
 * actions, Resource, condition operators and keys (global `aws:` keys and KMS keys, templated
 * ones such as `kms:EncryptionContext:<key>` included), values per operator, and the 32 KB
 * limit (measured on the compact JSON that kms-action sends). Every problem carries a JSON
 * pointer, a message and a fix hint. With no errors the result is the policy with
 * `Statement` as a list; warnings travel along.
 */
export function parseKeyPolicy(input: unknown): ParseKeyPolicyResult {
  const problems: PolicyProblem[] = [];
  const report = (
    path: readonly (string | number)[],
    severity: PolicyProblem['severity'],
    message: string,
    hint: string,
  ): void => {
    problems.push({ path: pointer(path), severity, message, hint });
  };

  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch (error) {
      report(
        [],
        'error',
        `the key policy is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        'check for missing commas, quotes or brackets',
      );
      return { ok: false, problems };
    }
  }
  if (!isRecord(data)) {
    report(
      [],
      'error',
      `a key policy is a JSON object, got ${describe(data)}`,
      'write `{ "Version": "2012-10-17", "Statement": [ ... ] }`',
    );
    return { ok: false, problems };
  }

  const size = new TextEncoder().encode(JSON.stringify(data)).length;
  if (size > MAX_KEY_POLICY_BYTES) {
    report(
      [],
      'error',
      `a key policy must be at most ${MAX_KEY_POLICY_BYTES} bytes, got ${size}`,
      'merge statements that share principals and actions, or move grants of access to IAM policies and grants',
    );
  }
  checkFields(data, [], TOP_LEVEL_FIELDS, 'policy', report);

  const version = data.Version;
  if (version === undefined) {
    report(
      [],
      'warning',
      'the key policy has no `Version`: AWS reads it as 2008-10-17, without policy variables',
      'add `"Version": "2012-10-17"`',
    );
  } else if (typeof version !== 'string' || !VERSIONS.includes(version)) {
    report(
      ['Version'],
      'error',
      `Version must be "2012-10-17" or "2008-10-17", got ${describe(version)}`,
      'use `"Version": "2012-10-17"`, the current policy language version',
    );
  }
  if (data.Id !== undefined && typeof data.Id !== 'string') {
    report(
      ['Id'],
      'error',
      `Id must be a string, got ${describe(data.Id)}`,
      'remove `Id` or make it a string',
    );
  }

  const statementData = data.Statement;
  let statements: { value: unknown; path: (string | number)[] }[] = [];
  if (statementData === undefined) {
    report(
      [],
      'error',
      'the key policy has no `Statement`',
      'add `"Statement": [ ... ]` with at least one statement',
    );
  } else if (Array.isArray(statementData)) {
    if (statementData.length === 0) {
      report(
        ['Statement'],
        'error',
        'the key policy has no statements: nobody, not even the account, could use or manage the key',
        'add at least the statement that allows the account root `kms:*`',
      );
    }
    statements = statementData.map((value: unknown, index) => ({
      value,
      path: ['Statement', index],
    }));
  } else if (isRecord(statementData)) {
    statements = [{ value: statementData, path: ['Statement'] }];
  } else {
    report(
      ['Statement'],
      'error',
      `Statement must be a list of statements, got ${describe(statementData)}`,
      'write `"Statement": [ { "Effect": "Allow", ... } ]`',
    );
  }

  const variablesAllowed = version !== '2008-10-17' && version !== undefined;
  const sids = new Map<string, string>();
  for (const { value, path } of statements) {
    checkStatement(value, path, { report, sids, variablesAllowed });
  }

  if (problems.some((problem) => problem.severity === 'error')) return { ok: false, problems };
  const policy = {
    ...data,
    Version: version ?? '2008-10-17',
    Statement: statements.map(({ value }) => value),
  } as KeyPolicyDocument;
  return { ok: true, policy, problems };
}

type Report = (
  path: readonly (string | number)[],
  severity: PolicyProblem['severity'],
  message: string,
  hint: string,
) => void;

interface StatementCheck {
  report: Report;
  sids: Map<string, string>;
  variablesAllowed: boolean;
}

function checkStatement(
  value: unknown,
  path: (string | number)[],
  { report, sids, variablesAllowed }: StatementCheck,
): void {
  if (!isRecord(value)) {
    report(
      path,
      'error',
      `a statement is a JSON object, got ${describe(value)}`,
      'write `{ "Effect": ..., "Principal": ..., "Action": ..., "Resource": "*" }`',
    );
    return;
  }
  const at = (...rest: (string | number)[]): (string | number)[] => [...path, ...rest];
  checkFields(value, path, STATEMENT_FIELDS, 'statement', report);

  if (value.Sid !== undefined) {
    if (typeof value.Sid !== 'string') {
      report(
        at('Sid'),
        'error',
        `Sid must be a string, got ${describe(value.Sid)}`,
        'write the statement id as a string',
      );
    } else {
      const previous = sids.get(value.Sid);
      if (previous !== undefined) {
        report(
          at('Sid'),
          'warning',
          `Sid "${value.Sid}" is also used by ${previous}`,
          'give every statement its own Sid, so findings and diffs can name it',
        );
      } else {
        sids.set(value.Sid, pointer(path));
      }
    }
  }

  const effect = value.Effect;
  if (effect === undefined) {
    report(
      path,
      'error',
      'the statement has no `Effect`',
      'add `"Effect": "Allow"` or `"Effect": "Deny"`',
    );
  } else if (effect !== 'Allow' && effect !== 'Deny') {
    const fix = typeof effect === 'string' && /^(allow|deny)$/i.test(effect);
    report(
      at('Effect'),
      'error',
      `Effect must be "Allow" or "Deny", got ${describe(effect)}`,
      fix
        ? `write "${effect.charAt(0).toUpperCase()}${effect.slice(1).toLowerCase()}": the value is case-sensitive`
        : 'use "Allow" or "Deny"',
    );
  }

  checkExactlyOne(
    value,
    path,
    'Principal',
    'NotPrincipal',
    'a key policy statement must name its principals',
    report,
  );
  for (const field of ['Principal', 'NotPrincipal'] as const) {
    if (value[field] !== undefined) checkPrincipal(value[field], at(field), report);
  }
  if (value.NotPrincipal !== undefined && value.Principal === undefined && effect === 'Allow') {
    report(
      at('NotPrincipal'),
      'warning',
      'Allow with NotPrincipal allows everyone not listed, including anonymous and other accounts',
      'name the allowed principals in `Principal` instead',
    );
  }

  checkExactlyOne(
    value,
    path,
    'Action',
    'NotAction',
    'a statement must say which actions it covers',
    report,
  );
  for (const field of ['Action', 'NotAction'] as const) {
    if (value[field] !== undefined) checkActions(value[field], at(field), report);
  }

  if (value.Resource === undefined && value.NotResource === undefined) {
    report(
      path,
      'error',
      'the statement has no `Resource`',
      'add `"Resource": "*"`: in a key policy, `*` is the key itself',
    );
  } else {
    checkExactlyOne(value, path, 'Resource', 'NotResource', '', report);
  }
  for (const field of ['Resource', 'NotResource'] as const) {
    if (value[field] !== undefined) checkResources(value[field], at(field), report);
  }

  if (value.Condition !== undefined) {
    checkCondition(value.Condition, at('Condition'), { report, variablesAllowed });
  }
}

function checkExactlyOne(
  statement: Record<string, unknown>,
  path: (string | number)[],
  field: string,
  negated: string,
  missing: string,
  report: Report,
): void {
  const has = statement[field] !== undefined;
  const hasNegated = statement[negated] !== undefined;
  if (has && hasNegated) {
    report(
      [...path, negated],
      'error',
      `a statement has either \`${field}\` or \`${negated}\`, not both`,
      `remove \`${negated}\`, or move its values into a separate statement`,
    );
  } else if (!has && !hasNegated && missing !== '') {
    report(
      path,
      'error',
      `the statement has no \`${field}\`: ${missing}`,
      `add \`"${field}": ...\``,
    );
  }
}

function checkPrincipal(value: unknown, path: (string | number)[], report: Report): void {
  if (value === '*') return;
  if (!isRecord(value)) {
    report(
      path,
      'error',
      `a principal is "*" or an object such as {"AWS": [...]}, got ${describe(value)}`,
      'write `{"AWS": "arn:aws:iam::111122223333:role/name"}`',
    );
    return;
  }
  if (Object.keys(value).length === 0) {
    report(
      path,
      'error',
      'the principal names nobody',
      'list principals under `AWS`, `Service`, `Federated` or `CanonicalUser`',
    );
  }
  for (const [type, identifiers] of Object.entries(value)) {
    const typePath = [...path, type];
    if (!PRINCIPAL_TYPES.includes(type)) {
      report(
        typePath,
        'error',
        `unknown principal type \`${type}\``,
        suggestion(type, PRINCIPAL_TYPES, 'use AWS, Service, Federated or CanonicalUser'),
      );
      continue;
    }
    for (const { value: identifier, path: identifierPath } of stringList(
      identifiers,
      typePath,
      `${type} principal`,
      report,
    )) {
      if (type === 'AWS') checkAwsPrincipal(identifier, identifierPath, report);
      if (type === 'Service' && !SERVICE_PRINCIPAL.test(identifier)) {
        report(
          identifierPath,
          'error',
          `\`${identifier}\` is not a service principal`,
          'service principals look like `logs.amazonaws.com`; wildcards are not allowed',
        );
      }
    }
  }
}

function checkAwsPrincipal(identifier: string, path: (string | number)[], report: Report): void {
  if (identifier === '*') return;
  if (identifier.includes('*') || identifier.includes('?')) {
    report(
      path,
      'error',
      `wildcards are not allowed in principal ARNs: \`${identifier}\``,
      'use `"*"` with a condition such as `aws:PrincipalArn` (ArnLike) or `kms:CallerAccount`',
    );
    return;
  }
  const parsed = parsePrincipal(identifier);
  switch (parsed.kind) {
    case 'account':
    case 'role':
    case 'user':
    case 'assumed-role':
      return;
    case 'unique-id':
      report(
        path,
        'warning',
        `\`${identifier}\` is the unique id of a deleted IAM ${parsed.type}: AWS replaced its ARN, and a new ${parsed.type} with the same name does not match`,
        'remove the principal, or write the ARN of the principal that should have access',
      );
      return;
    case 'iam-other':
      if (/^federated-user\//.test(parsed.resource)) return;
      break;
    case 'anyone':
    case 'service':
    case 'other':
      break;
  }
  report(
    path,
    'error',
    `\`${identifier}\` is not an AWS principal`,
    'use an account id, `arn:aws:iam::<account>:root`, or an IAM role or user ARN',
  );
}

function checkActions(value: unknown, path: (string | number)[], report: Report): void {
  for (const { value: action, path: actionPath } of stringList(value, path, 'action', report)) {
    if (action === '*') continue;
    const colon = action.indexOf(':');
    if (colon < 0) {
      report(actionPath, 'error', `\`${action}\` has no service prefix`, `write \`kms:${action}\``);
      continue;
    }
    const prefix = action.slice(0, colon);
    if (prefix.toLowerCase() !== 'kms') {
      report(
        actionPath,
        'error',
        `\`${action}\` is not a KMS action: a key policy controls KMS actions only`,
        "remove it; grant other services' actions in their own policies",
      );
      continue;
    }
    const matches = KMS_ACTIONS.some((known) => matchWildcard(action, known, true));
    if (matches) continue;
    const wildcard = action.includes('*') || action.includes('?');
    report(
      actionPath,
      'error',
      wildcard ? `\`${action}\` matches no KMS action` : `\`${action}\` is not a KMS action`,
      suggestion(action, KMS_ACTIONS, 'see the KMS actions in the Service Authorization Reference'),
    );
  }
}

function checkResources(value: unknown, path: (string | number)[], report: Report): void {
  for (const { value: resource, path: resourcePath } of stringList(
    value,
    path,
    'resource',
    report,
  )) {
    if (resource === '*' || KEY_RESOURCE.test(resource)) continue;
    report(
      resourcePath,
      'warning',
      `\`${resource}\` is not a KMS key ARN: it never matches this key`,
      'use `"*"`: in a key policy it stands for the key itself',
    );
  }
}

function checkCondition(
  value: unknown,
  path: (string | number)[],
  { report, variablesAllowed }: { report: Report; variablesAllowed: boolean },
): void {
  if (!isRecord(value)) {
    report(
      path,
      'error',
      `Condition must be an object of operators, got ${describe(value)}`,
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
        suggestion(
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
        `\`${operatorName}\` must map condition keys to values, got ${describe(entries)}`,
        'write `{"<condition key>": "<value>"}`',
      );
      continue;
    }
    for (const [key, values] of Object.entries(entries)) {
      checkConditionEntry(operator, key, values, [...operatorPath, key], {
        report,
        variablesAllowed,
      });
    }
  }
}

function checkConditionEntry(
  operator: ConditionOperator,
  key: string,
  values: unknown,
  path: (string | number)[],
  { report, variablesAllowed }: { report: Report; variablesAllowed: boolean },
): void {
  const known = findConditionKey(key);
  if (known === undefined) {
    const prefix = key.slice(0, key.indexOf(':') + 1).toLowerCase();
    if (prefix === 'aws:' || prefix === 'kms:') {
      report(
        path,
        'error',
        `unknown condition key \`${key}\``,
        suggestion(
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
        `condition values are strings, numbers or booleans, got ${describe(item)}`,
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
  });
}

function checkOperatorFitsKey(
  operator: ConditionOperator,
  key: string,
  known: KnownConditionKey,
  path: (string | number)[],
  report: Report,
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

function checkFields(
  value: Record<string, unknown>,
  path: (string | number)[],
  allowed: readonly string[],
  what: string,
  report: Report,
): void {
  for (const field of Object.keys(value)) {
    if (allowed.includes(field)) continue;
    const sameName = allowed.find((name) => name.toLowerCase() === field.toLowerCase());
    report(
      [...path, field],
      'error',
      `unknown ${what} field \`${field}\``,
      sameName === undefined
        ? suggestion(field, allowed, `allowed: ${allowed.join(', ')}`)
        : `write \`${sameName}\`: field names are case-sensitive`,
    );
  }
}

/** A string or a non-empty list of strings; reports anything else. */
function stringList(
  value: unknown,
  path: (string | number)[],
  what: string,
  report: Report,
): { value: string; path: (string | number)[] }[] {
  if (typeof value === 'string') return [{ value, path }];
  if (!Array.isArray(value)) {
    report(
      path,
      'error',
      `${what} must be a string or a list of strings, got ${describe(value)}`,
      'write a string or a list of strings',
    );
    return [];
  }
  if (value.length === 0) {
    report(
      path,
      'error',
      `the ${what} list is empty`,
      'list at least one value, or remove the element',
    );
  }
  return value.flatMap((item: unknown, index) => {
    if (typeof item === 'string') return [{ value: item, path: [...path, index] }];
    report(
      [...path, index],
      'error',
      `${what} must be a string, got ${describe(item)}`,
      'write it as a string',
    );
    return [];
  });
}

function suggestion(value: string, candidates: readonly string[], fallback: string): string {
  if (candidates.length > 0) {
    const candidate = closest(value, [...candidates]);
    if (
      distance(value.toLowerCase(), candidate.toLowerCase()) <=
      Math.max(2, Math.floor(candidate.length / 4))
    ) {
      return `did you mean \`${candidate}\`?`;
    }
  }
  return fallback;
}

function pointer(path: readonly (string | number)[]): string {
  return path
    .map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value} ${String(value)}`;
  return typeof value;
}
