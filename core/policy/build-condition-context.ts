import type { RequestContext } from './evaluation-types.ts';
import kmsIamData from './kms-iam-data.json' with { type: 'json' };
import type { Caller } from './match-statement-principal.ts';

/** The request's condition keys: lower-cased key -> values. Absent keys are absent, never empty. */
export interface ConditionContext {
  values: ReadonlyMap<string, readonly string[]>;
  /**
   * Whether a key missing from `values` is known to be absent: the evaluator models it (MFA,
   * encryption context, via service, the caller's identity, KMS keys the action does not
   * take), so leaving it out of the request means the request does not carry it. Any other
   * missing key (`aws:SourceIp`, `aws:CurrentTime`...) has a value the evaluator cannot know.
   */
  knownAbsent: (key: string) => boolean;
}

const ENCRYPTION_CONTEXT_KEY = 'kms:EncryptionContext:${EncryptionContextKey}';
const GRANT_FOR_AWS_RESOURCE_KEY = 'kms:GrantIsForAWSResource';
const ENCRYPTION_CONTEXT_KEY_LOWER = ENCRYPTION_CONTEXT_KEY.toLowerCase();
const GRANT_FOR_AWS_RESOURCE_KEY_LOWER = GRANT_FOR_AWS_RESOURCE_KEY.toLowerCase();
const actionConditionKeys = new Map(
  kmsIamData.actions.map((action) => [
    `kms:${action.name}`.toLowerCase(),
    new Set(action.conditionKeys.map((key) => key.toLowerCase())),
  ]),
);

/**
 * Keys whose absence from a request the request fields describe. Not
 * `kms:GrantIsForAWSResource`: KMS documents the key as true when an integrated AWS service
 * sends CreateGrant, ListGrants or RevokeGrant, but not whether a direct call carries `false`
 * or no key at all ("Grant authorization"; "AWS KMS condition keys" evaluates KMS request keys
 * "even when the parameter doesn't appear in the request"). For those actions, a request that
 * does not state it leaves it unknown: the `lockout` stance then counts a Deny on it (the
 * safer reading, docs/policy-evaluation.md), `exact` and `exposure` take it as absent.
 */
const MODELED = new Set([
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'kms:viaservice',
  'aws:viaawsservice',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'kms:encryptioncontextkeys',
]);

/** Keys that describe the key a request is on (`keyPropertyConditions`). */
const KEY_PROPERTIES = new Set([
  'kms:keyorigin',
  'kms:keyspec',
  'kms:keyusage',
  'kms:multiregion',
  'kms:multiregionkeytype',
  // Deprecated names of KeySpec and KeyUsage, still evaluated on every operation on the key.
  'kms:customermasterkeyspec',
  'kms:customermasterkeyusage',
]);

/** Keys the evaluator derives from a named caller. */
const FROM_CALLER = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'kms:calleraccount',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:username',
]);

/** Adds `value` to the values of `key` (lower-cased); nothing for an empty list. */
function addValues(
  context: Map<string, string[]>,
  key: string,
  value: string | readonly string[] | undefined,
): void {
  addLowerValues(context, key.toLowerCase(), value);
}

/** `addValues` for a key already lower-cased. */
function addLowerValues(
  context: Map<string, string[]>,
  lower: string,
  value: string | readonly string[] | undefined,
): void {
  if (value === undefined) return;
  if (typeof value !== 'string' && value.length === 0) return;
  const existing = context.get(lower);
  if (existing === undefined) {
    context.set(lower, typeof value === 'string' ? [value] : [...value]);
  } else if (typeof value === 'string') {
    existing.push(value);
  } else {
    for (const item of value) existing.push(item);
  }
}

/** The condition keys of `request` (IAM User Guide, "AWS global condition context keys"). */
export function buildConditionContext(request: RequestContext, caller: Caller): ConditionContext {
  // Called for most evaluations: plain loops, no closures per call.
  const context = new Map<string, string[]>();
  const supported = actionConditionKeys.get(request.action.toLowerCase());

  const named = request.principal !== '*';
  const callerAccount = request.callerAccount ?? caller.account;
  if (named) {
    const parsed = caller.parsed;
    // For a role session aws:PrincipalArn is the role's ARN with its path, which a session
    // ARN does not carry ("AWS global condition context keys"): left unknown, not absent.
    if (parsed.kind !== 'assumed-role')
      addLowerValues(context, 'aws:principalarn', request.principal);
    addLowerValues(
      context,
      'aws:principalisawsservice',
      parsed.kind === 'service' ? 'true' : 'false',
    );
    // Included for IAM users only ("AWS global condition context keys", aws:username).
    if (parsed.kind === 'user') addLowerValues(context, 'aws:username', parsed.name);
    if (parsed.kind === 'service')
      addLowerValues(context, 'aws:principalservicename', parsed.service);
  }
  // AWS KMS requires TLS ("Infrastructure security in AWS KMS"): every request is secure.
  addLowerValues(context, 'aws:securetransport', 'true');
  addLowerValues(context, 'aws:principalaccount', callerAccount);
  addLowerValues(context, 'kms:calleraccount', callerAccount);
  addLowerValues(context, 'aws:principalorgid', request.principalOrgId);
  if (request.mfaPresent !== undefined) {
    addLowerValues(context, 'aws:multifactorauthpresent', String(request.mfaPresent));
  }
  addLowerValues(context, 'kms:viaservice', request.viaService);
  // Present in every request: false for a direct call ("AWS global condition context keys").
  addLowerValues(context, 'aws:viaawsservice', String(request.viaService !== undefined));
  if (
    request.grantIsForAwsResource !== undefined &&
    (supported === undefined || supported.has(GRANT_FOR_AWS_RESOURCE_KEY_LOWER))
  ) {
    addLowerValues(
      context,
      GRANT_FOR_AWS_RESOURCE_KEY_LOWER,
      String(request.grantIsForAwsResource),
    );
  }
  if (
    request.encryptionContext !== undefined &&
    (supported === undefined || supported.has(ENCRYPTION_CONTEXT_KEY_LOWER))
  ) {
    const names: string[] = [];
    for (const key in request.encryptionContext) {
      if (!Object.prototype.hasOwnProperty.call(request.encryptionContext, key)) continue;
      addValues(context, `kms:EncryptionContext:${key}`, request.encryptionContext[key]);
      names.push(key);
    }
    addLowerValues(context, 'kms:encryptioncontextkeys', names);
  }
  const properties = request.key?.properties;
  if (properties !== undefined) {
    for (const key in properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        addValues(context, key, properties[key]);
      }
    }
  }
  const keys = request.keys;
  if (keys !== undefined) {
    for (const key in keys) {
      if (!Object.prototype.hasOwnProperty.call(keys, key)) continue;
      context.delete(key.toLowerCase());
      addValues(context, key, keys[key]);
    }
  }
  return { values: context, knownAbsent: knownAbsentOf(caller, named, supported) };
}

function knownAbsentOf(
  caller: Caller,
  named: boolean,
  supported: ReadonlySet<string> | undefined,
): (key: string) => boolean {
  return (key) => {
    if (MODELED.has(key) || key.startsWith('kms:encryptioncontext:')) return true;
    if (key === 'aws:principalarn' && caller.parsed.kind === 'assumed-role') return false;
    if (FROM_CALLER.has(key)) return named;
    // Properties of the key, in every request on it ("AWS KMS condition keys": "Conditions
    // for KMS keys used in API operations"), though the Service Authorization Reference lists
    // them under CreateKey only: unknown unless the request gives the key's values.
    if (KEY_PROPERTIES.has(key)) return false;
    // KMS sets only the kms: keys an action takes (Service Authorization Reference).
    if (key.startsWith('kms:') && supported !== undefined) {
      return !supported.has(key) && !key.startsWith('kms:encryptioncontext');
    }
    return false;
  };
}
