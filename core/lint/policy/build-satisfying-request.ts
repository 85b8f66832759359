import type { RequestContext } from '../../policy/evaluate-key-policy.ts';
import {
  parseConditionOperator,
  type ConditionOperator,
} from '../../policy/parse-condition-operator.ts';
import { toList } from '../../policy/to-list.ts';
import { isServicePrincipal } from '../../policy/is-service-principal.ts';
import type { PolicyStatement } from '../../policy/types.ts';
import { outsiderIdentityValue } from './outsider-identity-value.ts';

/**
 * Whose request is being imagined. An `insider` is a principal the policy names: what the
 * policy cannot know about it (its organization, network, tags) is assumed to satisfy the
 * conditions. An `outsider` is someone unrelated: it controls what any caller controls
 * (encryption context, the service it calls through, MFA on its own credentials, its own
 * tags), but not who it is (account, organization, ARN, network, source resource), except
 * where a condition admits every caller (`aws:SourceIp` `0.0.0.0/0`, `aws:SourceVpce`
 * `vpce-*`: see `outsiderIdentityValue`).
 */
export type Perspective =
  { kind: 'insider' } | { kind: 'outsider'; account: string; organization: string };

/** Keys the evaluator derives from the caller's principal: never filled in. */
const DERIVED_FROM_PRINCIPAL = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'kms:calleraccount',
  'aws:principalisawsservice',
  'aws:principalservicename',
]);

/** Keys that say who or where the caller is: an outsider cannot choose their values. */
const CALLER_IDENTITY = new Set([
  ...DERIVED_FROM_PRINCIPAL,
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalservicenameslist',
  'aws:userid',
  'aws:federatedprovider',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceowner',
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourcevpcarn',
  'aws:vpcsourceip',
  'aws:vpceaccount',
  'aws:vpceorgid',
  'aws:vpceorgpaths',
  'aws:ec2instancesourcevpc',
  'aws:ec2instancesourceprivateipv4',
  'ec2:sourceinstancearn',
  'lambda:sourcefunctionarn',
  'ssm:sourceinstancearn',
]);

const ENCRYPTION_CONTEXT_PREFIX = 'kms:encryptioncontext:';
/** Encryption context an AWS service sets itself (`aws:cloudtrail:arn`, `aws:logs:arn`...). */
const SERVICE_CONTEXT_PREFIX = 'kms:encryptioncontext:aws:';

/** One change `buildSatisfyingRequest` makes to a request, in the order it makes them. */
type Fill =
  | { to: 'context'; name: string; value: string }
  | { to: 'context-default'; name: string }
  | { to: 'viaService' | 'principalOrgId'; value: string }
  | { to: 'mfaPresent' | 'grantIsForAwsResource'; value: boolean }
  | { to: 'key'; key: string; value: string };

/**
 * Extends `base` with condition values that make `statement`'s conditions match, as far as
 * the perspective lets the caller choose them. Negated operators are left alone (an absent
 * key satisfies them), and so are values built from policy variables.
 */
export function buildSatisfyingRequest(
  statement: PolicyStatement,
  base: RequestContext,
  perspective: Perspective,
): RequestContext {
  const encryptionContext: Record<string, string> = { ...base.encryptionContext };
  const keys: Record<string, string | readonly string[]> = { ...base.keys };
  let request: RequestContext = { ...base };
  const service = isServicePrincipal(base.principal);
  for (const fill of fillsOf(statement, perspective, service)) {
    switch (fill.to) {
      case 'context':
        encryptionContext[fill.name] = fill.value;
        break;
      case 'context-default':
        encryptionContext[fill.name] ??= 'x';
        break;
      case 'key':
        keys[fill.key] = fill.value;
        break;
      case 'viaService':
      case 'principalOrgId':
        request = { ...request, [fill.to]: fill.value };
        break;
      case 'mfaPresent':
      case 'grantIsForAwsResource':
        request = { ...request, [fill.to]: fill.value };
        break;
    }
  }
  if (Object.keys(encryptionContext).length > 0) request = { ...request, encryptionContext };
  if (Object.keys(keys).length > 0) request = { ...request, keys };
  return request;
}

/**
 * The changes that satisfy `statement`'s conditions: they depend only on the statement and on
 * the perspective's account, and a rule asks about one statement for many requests.
 */
const fillsByStatement = new WeakMap<PolicyStatement, Map<string, readonly Fill[]>>();

function fillsOf(
  statement: PolicyStatement,
  perspective: Perspective,
  service: boolean,
): readonly Fill[] {
  const scope =
    perspective.kind === 'outsider'
      ? `outsider:${perspective.account}:${String(service)}`
      : 'insider';
  let byScope = fillsByStatement.get(statement);
  if (byScope === undefined) {
    byScope = new Map();
    fillsByStatement.set(statement, byScope);
  }
  let fills = byScope.get(scope);
  if (fills === undefined) {
    fills = listFills(statement, perspective, service);
    byScope.set(scope, fills);
  }
  return fills;
}

/**
 * `service`: the caller is a service principal, whose requests carry neither the caller's
 * network nor an IAM identity; its source keys are the rule's to set.
 */
function listFills(statement: PolicyStatement, perspective: Perspective, service: boolean): Fill[] {
  const fills: Fill[] = [];
  for (const [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
    const operator = parseConditionOperator(operatorName);
    if (operator === undefined || operator.negated) continue;
    for (const [key, values] of Object.entries(entries)) {
      const lower = key.toLowerCase();
      // An outsider names its own roles: `arn:aws:iam::*:role/x` admits it (any account).
      const ownArn = perspective.kind === 'outsider' && lower === 'aws:principalarn';
      if (DERIVED_FROM_PRINCIPAL.has(lower) && !ownArn) continue;
      const written = toList(values).map(String);
      if (perspective.kind === 'outsider' && isIdentityKey(lower)) {
        // Who or where the caller is: met only by a value that admits every caller.
        if (service) continue;
        const value = outsiderIdentityValue(lower, operator, written, perspective.account);
        if (value !== undefined) fills.push({ to: 'key', key, value });
        continue;
      }
      let value = firstSatisfyingValue(operator, written);
      if (value === undefined) continue;
      if (perspective.kind === 'outsider' && lower.startsWith(SERVICE_CONTEXT_PREFIX)) {
        // The service writes its own resource ARN there: an outsider's resource is in its account.
        value = value.replace(/\d{12}/g, perspective.account);
      }
      if (lower.startsWith(ENCRYPTION_CONTEXT_PREFIX)) {
        fills.push({ to: 'context', name: key.slice(ENCRYPTION_CONTEXT_PREFIX.length), value });
      } else if (lower === 'kms:encryptioncontextkeys') {
        for (const name of operator.family === 'Null' ? ['x'] : written) {
          fills.push({ to: 'context-default', name });
        }
      } else if (lower === 'kms:viaservice') {
        fills.push({ to: 'viaService', value });
      } else if (lower === 'aws:multifactorauthpresent') {
        fills.push({ to: 'mfaPresent', value: value.toLowerCase() === 'true' });
      } else if (lower === 'kms:grantisforawsresource') {
        fills.push({ to: 'grantIsForAwsResource', value: value.toLowerCase() === 'true' });
      } else if (lower === 'aws:principalorgid') {
        fills.push({ to: 'principalOrgId', value });
      } else {
        fills.push({ to: 'key', key, value });
      }
    }
  }
  return fills;
}

function isIdentityKey(lower: string): boolean {
  return CALLER_IDENTITY.has(lower) || lower.startsWith('kms:recipientattestation:');
}

/** A request value that satisfies a positive operator with one of the policy's values. */
function firstSatisfyingValue(
  operator: ConditionOperator,
  values: readonly string[],
): string | undefined {
  if (operator.family === 'Null') {
    // `Null: false` needs the key present; `Null: true` needs it absent (leave it out).
    return values.some((value) => value.toLowerCase() === 'false') ? 'x' : undefined;
  }
  for (const value of values) {
    if (value.includes('${')) continue;
    const satisfying = satisfyingValue(operator, value);
    if (satisfying !== undefined) return satisfying;
  }
  return undefined;
}

function satisfyingValue(operator: ConditionOperator, value: string): string | undefined {
  switch (operator.family) {
    case 'String':
    case 'Arn':
      return operator.wildcards ? value.replace(/[*?]/g, 'x') : value;
    case 'Bool':
    case 'Binary':
      return value;
    case 'IpAddress':
      return value.split('/')[0];
    case 'Numeric': {
      const number = Number(value);
      if (Number.isNaN(number)) return undefined;
      if (operator.comparison === 'lessThan') return String(number - 1);
      if (operator.comparison === 'greaterThan') return String(number + 1);
      return value;
    }
    case 'Date': {
      const millis = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
      if (Number.isNaN(millis)) return undefined;
      if (operator.comparison === 'lessThan') return new Date(millis - 1000).toISOString();
      if (operator.comparison === 'greaterThan') return new Date(millis + 1000).toISOString();
      return new Date(millis).toISOString();
    }
    case 'Null':
      return undefined;
  }
}
