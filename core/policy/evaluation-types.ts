/**
 * The key a request is for. Its partition, account and Region are always known (the
 * manifest, or `lint-policy --account/--region`); its key id is known only once the key
 * exists. `{ arn }`: the key ARN is known (plan of an existing key). A location: the key id
 * is unknown (validate, access, a key the plan creates); a field left out is unknown too.
 */
export type RequestedKey = ({ arn: string } | KeyLocation) & {
  /**
   * The key's own condition keys, which every request on it carries (`kms:KeyOrigin`...:
   * `keyPropertyConditions`), when known; a request's own `keys` win.
   */
  properties?: Readonly<Record<string, string>>;
};

export interface KeyLocation {
  partition?: string;
  account?: string;
  region?: string;
}

/**
 * How a statement whose Resource or conditions cannot be decided counts. `exact` (access
 * matrix, access diff): a statement applies only when it surely matches, Allow and Deny
 * alike; a condition key the request does not carry is absent, as AWS treats a request that
 * lacks it. `lockout` (lockout and applier checks): an Allow applies only when it surely
 * matches, a Deny whenever it could; a condition key the request does not carry, and that
 * the evaluator does not model (`aws:SourceIp`, `aws:userid`, `aws:CurrentTime`...), has an
 * unknown value. `exposure` (lint rules that look for too much access): an Allow applies
 * when its Resource could match the key, a Deny only when its Resource surely does;
 * conditions as under `exact` (the rules build the requests that satisfy them). `possible`
 * (access matrix, access diff): whether some value of the keys the evaluator does not model
 * could let the request in: such a key has an unknown value, as under `lockout`; an Allow
 * applies when its Resource surely matches and its conditions hold or may hold, a Deny only
 * when it surely applies. The matrix reads `undecided` to tell such a verdict from a sure one.
 */
export type EvaluationStance = 'exact' | 'lockout' | 'exposure' | 'possible';

/** A three-valued match: `maybe` when what decides it is not known. */
export type Match = 'yes' | 'no' | 'maybe';

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
  /** The key: its ARN, or its location with the key id unknown. Omitted: nothing is known. */
  key?: RequestedKey;
  /**
   * `aws:MultiFactorAuthPresent`. Omitted: the key is absent (long-term access keys). A role
   * session (temporary credentials) carries it: `false` without MFA.
   */
  mfaPresent?: boolean;
  /** The request's encryption context (`kms:EncryptionContext:<key>`, `kms:EncryptionContextKeys`). */
  encryptionContext?: Readonly<Record<string, string>>;
  /** `kms:ViaService`, e.g. `s3.us-east-1.amazonaws.com`. Omitted: a direct call. */
  viaService?: string;
  /** `kms:CallerAccount` and `aws:PrincipalAccount`. Omitted: the account of `principal`. */
  callerAccount?: string;
  /** `aws:PrincipalOrgID`. Omitted: absent (`exact`), unknown (`lockout`). */
  principalOrgId?: string;
  /**
   * `kms:GrantIsForAWSResource` (CreateGrant, ListGrants, RevokeGrant only). Omitted: absent
   * (`exact`, `exposure`), unknown (`lockout`): KMS does not say whether a direct call carries
   * `false` or no key.
   */
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
  /**
   * Statements whose Principal and Action match but whose Resource or conditions could not
   * be decided, with why (`Resource`, or the condition keys of unknown value). Under
   * `lockout` the Denies among them are counted in `statements`, under `exposure` the
   * Allows; under `exact` none.
   */
  undecided: UndecidedStatement[];
}

export interface UndecidedStatement {
  statement: string;
  effect: 'Allow' | 'Deny';
  /** `Resource` (the key id is unknown), or condition keys whose value is unknown. */
  because: string[];
}
