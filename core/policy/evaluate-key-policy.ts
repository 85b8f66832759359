/**
 * Key policy evaluation for one request, following the AWS rules below. Sources: IAM User
 * Guide ("Policy evaluation logic", "Condition operators", "Single-valued vs. multivalued
 * context keys", "Principal", "NotPrincipal") and AWS KMS Developer Guide ("Default key
 * policy", "Troubleshooting key access", "Condition keys for AWS KMS").
 *
 * 1. A statement applies to a request when its Principal (or NotPrincipal), Action (or
 *    NotAction), Resource (or NotResource) and every condition match.
 * 2. An applicable Deny decides: explicit deny. Otherwise an applicable Allow decides:
 *    allowed. Otherwise the request is implicitly denied.
 * 3. Principal `"*"` and `{"AWS": "*"}` match every caller. A role ARN also matches the
 *    sessions of that role. Names compare case-insensitively (AWS stores the unique id).
 * 4. The account principal (`arn:aws:iam::111122223333:root` or `"111122223333"`) in an Allow
 *    does not allow the users and roles of that account: it lets the account's IAM policies
 *    allow them ("enables IAM policies"). Such a match is reported as `delegatedToIam`, never
 *    as an allow of the caller. The account root itself is allowed directly. In a Deny the
 *    account principal denies every principal of the account.
 * 5. NotPrincipal applies to every caller whose identities (the caller, its role for a
 *    session, its account) are not all listed; there a role ARN does not cover its sessions.
 * 6. Actions compare case-insensitively with `*` and `?` wildcards; resources and ARN values
 *    case-sensitively, ARNs segment by segment.
 * 7. Conditions: every operator and every key must match (AND); any of a key's values may
 *    match (OR); a negated operator (`StringNotEquals`, `NotIpAddress`...) matches when none of
 *    the values match. Condition key names are case-insensitive, so is the context key part
 *    of `kms:EncryptionContext:<key>`. A key missing from the request fails the condition,
 *    except: `...IfExists` operators and negated operators match; `ForAllValues:` matches (an
 *    empty set); `ForAnyValue:` fails; `Null` tests presence. On a multivalued key
 *    (`kms:EncryptionContextKeys`, `aws:TagKeys`), `ForAnyValue:` needs one request value to
 *    match, `ForAllValues:` needs every request value to match; without a set operator a
 *    positive operator needs one value to match.
 * 8. KMS puts `kms:EncryptionContext:*` and `kms:EncryptionContextKeys` in the request context
 *    only for operations that take an encryption context, and `kms:GrantIsForAWSResource`
 *    only for CreateGrant, ListGrants and RevokeGrant; values given for other operations are
 *    ignored, as AWS would.
 * 9. Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, defaults as in
 *    `${aws:username, 'none'}`) are replaced in condition values and resources of 2012-10-17
 *    policies; a value whose variable is missing from the request never matches. `${*}`,
 *    `${?}` and `${$}` are the literal characters, never wildcards.
 *
 * Out of scope: IAM identity policies, grants, SCPs/RCPs, VPC endpoint and session
 * policies. A `delegatedToIam` result says that the outcome depends on the caller's IAM
 * policies. A caller in another account always also needs an IAM policy in its own account.
 */
import kmsIamData from './kms-iam-data.json' with { type: 'json' };
import { matchIpAddress } from './match-ip-address.ts';
import { matchArn } from './match-arn.ts';
import { matchWildcard } from './match-wildcard.ts';
import { parseConditionOperator, type ConditionOperator } from './parse-condition-operator.ts';
import { parsePrincipal, type ParsedPrincipal } from './parse-principal.ts';
import { substitutePolicyVariables, type SubstitutedValue } from './substitute-policy-variables.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument, PolicyStatement, PrincipalBlock } from './types.ts';

/** One request to a KMS key, as the key policy sees it. */
export interface RequestContext {
  /**
   * The caller: an IAM role or user ARN, a role session
   * (`arn:aws:sts::111122223333:assumed-role/app/session`), an account root ARN, a service
   * principal (`logs.amazonaws.com`), or `'*'` for a caller the policy does not name.
   */
  principal: string;
  /** `kms:Decrypt` style, any casing. */
  action: string;
  /** The key ARN. Omitted: this key, which every `Resource` of a key policy denotes. */
  resource?: string;
  /** `aws:MultiFactorAuthPresent`. Omitted: the key is absent (long-term access keys). */
  mfaPresent?: boolean;
  /** The request's encryption context (`kms:EncryptionContext:<key>`, `kms:EncryptionContextKeys`). */
  encryptionContext?: Readonly<Record<string, string>>;
  /** `kms:ViaService`, e.g. `s3.us-east-1.amazonaws.com`. Omitted: a direct call. */
  viaService?: string;
  /** `kms:CallerAccount` and `aws:PrincipalAccount`. Omitted: the account of `principal`. */
  callerAccount?: string;
  /** `aws:PrincipalOrgID`. */
  principalOrgId?: string;
  /** `kms:GrantIsForAWSResource` (CreateGrant, ListGrants, RevokeGrant only). */
  grantIsForAwsResource?: boolean;
  /** Any other condition key, e.g. `{ 'aws:SourceIp': '203.0.113.7' }`; wins over the fields above. */
  keys?: Readonly<Record<string, string | readonly string[]>>;
}

export interface Decision {
  /**
   * `allowed`: a statement allows the caller itself. `explicit_deny`: a Deny applies (no other
   * policy can allow it). `implicit_deny`: the key policy does not allow the caller itself;
   * see `delegatedToIam`.
   */
  verdict: 'allowed' | 'explicit_deny' | 'implicit_deny';
  /**
   * An Allow names the caller's account: IAM policies of that account decide whether its
   * users and roles may make the request. Always false with an explicit deny.
   */
  delegatedToIam: boolean;
  /** The deciding statements (Sid, or `#<index>` without one): the Denies, or the Allows. */
  statements: string[];
  /** The Allow statements that delegate to IAM. */
  delegatedBy: string[];
}

/**
 * A policy made ready for many evaluations (the access matrix evaluates one policy a few
 * thousand times). It is a snapshot: later edits to the document are not seen.
 */
export interface PreparedKeyPolicy {
  readonly kind: 'prepared-key-policy';
  readonly statements: readonly PreparedStatement[];
  readonly variables: boolean;
}

interface PreparedStatement {
  label: string;
  effect: PolicyStatement['Effect'];
  principals: PreparedPrincipal[] | undefined;
  notPrincipals: PreparedPrincipal[] | undefined;
  actions: string[] | undefined;
  notActions: string[] | undefined;
  resources: string[] | undefined;
  notResources: string[] | undefined;
  /** `undefined` operator: one IAM does not know, which never matches (AWS refuses it). */
  conditions: { operator: ConditionOperator | undefined; key: string; values: string[] }[];
}

interface PreparedPrincipal {
  type: string;
  value: string;
  parsed: ParsedPrincipal;
}

/** Prepares `policy` for repeated `evaluateKeyPolicy` calls. */
export function prepareKeyPolicy(policy: KeyPolicyDocument): PreparedKeyPolicy {
  const list = (value: string | string[] | undefined): string[] | undefined =>
    value === undefined ? undefined : toList(value);
  return {
    kind: 'prepared-key-policy',
    variables: policy.Version === '2012-10-17',
    statements: policy.Statement.map((statement, index) => ({
      label: statement.Sid ?? `#${index}`,
      effect: statement.Effect,
      principals: preparePrincipals(statement.Principal),
      notPrincipals: preparePrincipals(statement.NotPrincipal),
      actions: list(statement.Action),
      notActions: list(statement.NotAction),
      resources: list(statement.Resource),
      notResources: list(statement.NotResource),
      conditions: Object.entries(statement.Condition ?? {}).flatMap(([operatorName, entries]) => {
        const operator = parseConditionOperator(operatorName);
        return Object.entries(entries).map(([key, values]) => ({
          operator,
          key: key.toLowerCase(),
          values: toList(values).map(String),
        }));
      }),
    })),
  };
}

function preparePrincipals(block: PrincipalBlock | undefined): PreparedPrincipal[] | undefined {
  if (block === undefined) return undefined;
  if (block === '*') return [{ type: 'AWS', value: '*', parsed: { kind: 'anyone' } }];
  return Object.entries(block).flatMap(([type, values]) =>
    toList<string>(values).map((value) => ({ type, value, parsed: parsePrincipal(value) })),
  );
}

/** Evaluates `policy` for `request`; see the rules at the top of this file. */
export function evaluateKeyPolicy(
  policy: KeyPolicyDocument | PreparedKeyPolicy,
  request: RequestContext,
): Decision {
  const prepared = 'kind' in policy ? policy : prepareKeyPolicy(policy);
  const caller = describeCaller(request.principal);
  const context = buildContext(request, caller);
  const denies: string[] = [];
  const allows: string[] = [];
  const delegatedBy: string[] = [];

  for (const statement of prepared.statements) {
    const principalMatch = matchStatementPrincipal(statement, caller);
    if (principalMatch === 'none') continue;
    if (!matchStatementAction(statement, request.action)) continue;
    if (!matchStatementResource(statement, request.resource, context, prepared.variables)) continue;
    if (!matchConditions(statement.conditions, context, prepared.variables)) continue;
    if (statement.effect === 'Deny') denies.push(statement.label);
    else if (principalMatch === 'account') delegatedBy.push(statement.label);
    else {
      allows.push(statement.label);
      if (principalMatch === 'account-root') delegatedBy.push(statement.label);
    }
  }

  if (denies.length > 0) {
    return { verdict: 'explicit_deny', delegatedToIam: false, statements: denies, delegatedBy: [] };
  }
  return {
    verdict: allows.length > 0 ? 'allowed' : 'implicit_deny',
    delegatedToIam: delegatedBy.length > 0,
    statements: allows,
    delegatedBy,
  };
}

interface Caller {
  parsed: ParsedPrincipal;
  account: string | undefined;
}

const callers = new Map<string, Caller>();

function describeCaller(principal: string): Caller {
  let caller = callers.get(principal);
  if (caller === undefined) {
    const parsed = parsePrincipal(principal);
    caller = { parsed, account: 'account' in parsed ? parsed.account : undefined };
    if (callers.size > 10_000) callers.clear();
    callers.set(principal, caller);
  }
  return caller;
}

/**
 * `direct`: the statement names the caller (or everyone). `account`: it names the caller's
 * account. `account-root`: the caller is that account's root, named as the account.
 */
type PrincipalMatch = 'none' | 'direct' | 'account' | 'account-root';

function matchStatementPrincipal(statement: PreparedStatement, caller: Caller): PrincipalMatch {
  if (statement.notPrincipals !== undefined) {
    const notPrincipals = statement.notPrincipals;
    // The caller escapes the statement only when each of its identities is listed.
    const listed = callerIdentities(caller).every((identity) =>
      notPrincipals.some((principal) => matchPrincipalValue(principal, identity, true) !== 'none'),
    );
    return listed ? 'none' : 'direct';
  }
  let best: PrincipalMatch = 'none';
  for (const principal of statement.principals ?? []) {
    const match = matchPrincipalValue(principal, caller);
    if (match === 'direct' || match === 'account-root') return match;
    if (match === 'account') best = statement.effect === 'Deny' ? 'direct' : 'account';
  }
  return best;
}

/** The caller, its role when it is a role session, and its account. */
function callerIdentities(caller: Caller): Caller[] {
  const { parsed } = caller;
  const identities: Caller[] = [caller];
  if (parsed.kind === 'assumed-role') {
    identities.push({
      parsed: {
        kind: 'role',
        account: parsed.account,
        partition: parsed.partition,
        name: parsed.role,
      },
      account: parsed.account,
    });
  }
  if (parsed.kind !== 'account' && caller.account !== undefined && 'partition' in parsed) {
    identities.push({
      parsed: { kind: 'account', account: caller.account, partition: parsed.partition },
      account: caller.account,
    });
  }
  return identities;
}

function matchPrincipalValue(
  { type, value, parsed: named }: PreparedPrincipal,
  caller: Caller,
  exact = false,
): PrincipalMatch {
  if (value === '*') return 'direct';
  const { parsed } = caller;
  if (type !== 'AWS') {
    const same =
      parsed.kind === 'service'
        ? value.toLowerCase() === parsed.service.toLowerCase()
        : parsed.kind === 'other' && value === parsed.value;
    return same ? 'direct' : 'none';
  }
  switch (named.kind) {
    case 'account':
      if (caller.account !== named.account) return 'none';
      if (exact && parsed.kind !== 'account') return 'none';
      return parsed.kind === 'account' ? 'account-root' : 'account';
    case 'role':
      // A role names its sessions too, except in NotPrincipal, which lists sessions by ARN.
      if (parsed.kind === 'role' || (parsed.kind === 'assumed-role' && !exact)) {
        const role = parsed.kind === 'role' ? parsed.name : parsed.role;
        return parsed.account === named.account && equalsIgnoreCase(role, named.name)
          ? 'direct'
          : 'none';
      }
      return 'none';
    case 'user':
      return parsed.kind === 'user' &&
        parsed.account === named.account &&
        equalsIgnoreCase(parsed.name, named.name)
        ? 'direct'
        : 'none';
    case 'assumed-role':
      return parsed.kind === 'assumed-role' &&
        parsed.account === named.account &&
        equalsIgnoreCase(parsed.role, named.role) &&
        parsed.session === named.session
        ? 'direct'
        : 'none';
    case 'anyone':
      return 'direct';
    case 'iam-other':
      return parsed.kind === 'iam-other' &&
        parsed.account === named.account &&
        parsed.resource === named.resource
        ? 'direct'
        : 'none';
    case 'unique-id':
      return parsed.kind === 'unique-id' && parsed.id === named.id ? 'direct' : 'none';
    case 'service':
      return parsed.kind === 'service' && parsed.service === named.service ? 'direct' : 'none';
    case 'other':
      return parsed.kind === 'other' && parsed.value === named.value ? 'direct' : 'none';
  }
}

function equalsIgnoreCase(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function matchStatementAction(statement: PreparedStatement, action: string): boolean {
  if (statement.notActions !== undefined) {
    return !statement.notActions.some((pattern) => matchWildcard(pattern, action, true));
  }
  return (statement.actions ?? []).some((pattern) => matchWildcard(pattern, action, true));
}

function matchStatementResource(
  statement: PreparedStatement,
  resource: string | undefined,
  context: Context,
  variables: boolean,
): boolean {
  // Without a key ARN the request is for "this key", which every Resource of a key policy names.
  const matches = (pattern: string): boolean => {
    if (resource === undefined) return pattern === '*' || pattern.startsWith('arn:');
    if (!variables) return matchArn(pattern, resource);
    const substituted = substitutePolicyVariables(pattern, context);
    return substituted !== undefined && matchArn(substituted.pattern, resource);
  };
  if (statement.notResources !== undefined) {
    const patterns = statement.notResources;
    return resource === undefined ? !patterns.includes('*') : !patterns.some(matches);
  }
  return (statement.resources ?? []).some(matches);
}

/** Request context: lower-cased key -> values. Absent keys are absent, never empty. */
type Context = ReadonlyMap<string, readonly string[]>;

const ENCRYPTION_CONTEXT_KEY = 'kms:EncryptionContext:${EncryptionContextKey}';
const GRANT_FOR_AWS_RESOURCE_KEY = 'kms:GrantIsForAWSResource';
const actionConditionKeys = new Map(
  kmsIamData.actions.map((action) => [
    `kms:${action.name}`.toLowerCase(),
    new Set(action.conditionKeys),
  ]),
);

function buildContext(request: RequestContext, caller: Caller): Context {
  const context = new Map<string, string[]>();
  const set = (key: string, value: string | readonly string[] | undefined): void => {
    if (value === undefined) return;
    const values = typeof value === 'string' ? [value] : [...value];
    const lower = key.toLowerCase();
    if (values.length > 0) context.set(lower, [...(context.get(lower) ?? []), ...values]);
  };
  const supported = actionConditionKeys.get(request.action.toLowerCase());
  const supports = (key: string): boolean => supported === undefined || supported.has(key);

  const callerAccount = request.callerAccount ?? caller.account;
  if (request.principal !== '*') {
    const parsed = caller.parsed;
    set(
      'aws:PrincipalArn',
      parsed.kind === 'assumed-role'
        ? `arn:${parsed.partition}:iam::${parsed.account}:role/${parsed.role}`
        : request.principal,
    );
    set('aws:PrincipalIsAWSService', parsed.kind === 'service' ? 'true' : 'false');
    if (parsed.kind === 'service') set('aws:PrincipalServiceName', parsed.service);
  }
  set('aws:PrincipalAccount', callerAccount);
  set('kms:CallerAccount', callerAccount);
  set('aws:PrincipalOrgID', request.principalOrgId);
  if (request.mfaPresent !== undefined) {
    set('aws:MultiFactorAuthPresent', String(request.mfaPresent));
  }
  set('kms:ViaService', request.viaService);
  if (request.viaService !== undefined) set('aws:ViaAWSService', 'true');
  if (request.grantIsForAwsResource !== undefined && supports(GRANT_FOR_AWS_RESOURCE_KEY)) {
    set(GRANT_FOR_AWS_RESOURCE_KEY, String(request.grantIsForAwsResource));
  }
  if (request.encryptionContext !== undefined && supports(ENCRYPTION_CONTEXT_KEY)) {
    for (const [key, value] of Object.entries(request.encryptionContext)) {
      set(`kms:EncryptionContext:${key}`, value);
    }
    set('kms:EncryptionContextKeys', Object.keys(request.encryptionContext));
  }
  for (const [key, value] of Object.entries(request.keys ?? {})) {
    context.delete(key.toLowerCase());
    set(key, value);
  }
  return context;
}

function matchConditions(
  conditions: PreparedStatement['conditions'],
  context: Context,
  variables: boolean,
): boolean {
  return conditions.every(
    ({ operator, key, values }) =>
      operator !== undefined && matchCondition(operator, key, values, context, variables),
  );
}

function matchCondition(
  operator: ConditionOperator,
  key: string,
  policyValues: readonly string[],
  context: Context,
  variables: boolean,
): boolean {
  const requestValues = context.get(key);
  if (operator.family === 'Null') {
    const absent = requestValues === undefined;
    return policyValues.some((value) => (value.toLowerCase() === 'true') === absent);
  }
  if (requestValues === undefined) {
    if (operator.ifExists || operator.setOperator === 'ForAllValues') return true;
    if (operator.setOperator === 'ForAnyValue') return false;
    return operator.negated;
  }
  const resolved: SubstitutedValue[] = variables
    ? policyValues.flatMap((value) => substitutePolicyVariables(value, context) ?? [])
    : policyValues.map((value) => ({ text: value, pattern: [{ glob: value }] }));
  const matchesOne = (requestValue: string): boolean =>
    resolved.some((policyValue) => compareValues(operator, requestValue, policyValue));
  const passes = (requestValue: string): boolean =>
    operator.negated ? !matchesOne(requestValue) : matchesOne(requestValue);

  if (operator.setOperator === 'ForAllValues') return requestValues.every(passes);
  if (operator.setOperator === 'ForAnyValue') return requestValues.some(passes);
  const anyMatch = requestValues.some(matchesOne);
  return operator.negated ? !anyMatch : anyMatch;
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
      return operator.ignoreCase ? equalsIgnoreCase(policy, request) : policy === request;
    case 'Arn':
      return matchArn(substituted.pattern, request);
    case 'Bool':
      return equalsIgnoreCase(policy, request);
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
