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
const actionConditionKeys = new Map(
  kmsIamData.actions.map((action) => [
    `kms:${action.name}`.toLowerCase(),
    new Set(action.conditionKeys.map((key) => key.toLowerCase())),
  ]),
);

/** Keys whose absence from a request the request fields describe. */
const MODELED = new Set([
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'kms:viaservice',
  'aws:viaawsservice',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'kms:encryptioncontextkeys',
  'kms:grantisforawsresource',
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

/** The condition keys of `request` (IAM User Guide, "AWS global condition context keys"). */
export function buildConditionContext(request: RequestContext, caller: Caller): ConditionContext {
  const context = new Map<string, string[]>();
  const set = (key: string, value: string | readonly string[] | undefined): void => {
    if (value === undefined) return;
    const values = typeof value === 'string' ? [value] : [...value];
    const lower = key.toLowerCase();
    if (values.length > 0) context.set(lower, [...(context.get(lower) ?? []), ...values]);
  };
  const supported = actionConditionKeys.get(request.action.toLowerCase());
  const supports = (key: string): boolean =>
    supported === undefined || supported.has(key.toLowerCase());

  const named = request.principal !== '*';
  const callerAccount = request.callerAccount ?? caller.account;
  if (named) {
    const parsed = caller.parsed;
    // For a role session aws:PrincipalArn is the role's ARN with its path, which a session
    // ARN does not carry ("AWS global condition context keys"): left unknown, not absent.
    if (parsed.kind !== 'assumed-role') set('aws:PrincipalArn', request.principal);
    set('aws:PrincipalIsAWSService', parsed.kind === 'service' ? 'true' : 'false');
    // Included for IAM users only ("AWS global condition context keys", aws:username).
    if (parsed.kind === 'user') set('aws:username', parsed.name);
    if (parsed.kind === 'service') set('aws:PrincipalServiceName', parsed.service);
  }
  // AWS KMS requires TLS ("Infrastructure security in AWS KMS"): every request is secure.
  set('aws:SecureTransport', 'true');
  set('aws:PrincipalAccount', callerAccount);
  set('kms:CallerAccount', callerAccount);
  set('aws:PrincipalOrgID', request.principalOrgId);
  if (request.mfaPresent !== undefined) {
    set('aws:MultiFactorAuthPresent', String(request.mfaPresent));
  }
  set('kms:ViaService', request.viaService);
  // Present in every request: false for a direct call ("AWS global condition context keys").
  set('aws:ViaAWSService', String(request.viaService !== undefined));
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
  const knownAbsent = (key: string): boolean => {
    if (MODELED.has(key) || key.startsWith('kms:encryptioncontext:')) return true;
    if (key === 'aws:principalarn' && caller.parsed.kind === 'assumed-role') return false;
    if (FROM_CALLER.has(key)) return named;
    // KMS sets only the kms: keys an action takes (Service Authorization Reference).
    if (key.startsWith('kms:') && supported !== undefined) {
      return !supported.has(key) && !key.startsWith('kms:encryptioncontext');
    }
    return false;
  };
  return { values: context, knownAbsent };
}
