import type { RequestedKey } from './evaluation-types.ts';

/** A request property without which a `conditional` permission is denied. */
export type AccessRequirement =
  | 'mfa'
  | 'encryption_context'
  | 'via_service'
  | 'grant_for_aws_resource'
  /**
   * An AWS service principal acting for a resource the key policy names (`aws:SourceAccount`,
   * `aws:SourceArn` or the service's encryption context): the confused-deputy guard.
   */
  | 'source'
  /**
   * A condition the matrix does not vary decides: a key it cannot know at plan time
   * (`aws:SourceIp`, `aws:SourceVpce`, `aws:PrincipalOrgID` of a named principal,
   * `kms:CallerAccount` of an unnamed one, `aws:CurrentTime`...). Allowed for some values of
   * it; the policy's conditions say which.
   */
  | 'other_condition'
  /**
   * A principal of another account, or a row that covers principals of other accounts (an
   * organisation, anyone): an IAM policy in its own account must allow it too.
   */
  | 'iam_policy_in_account';

/** One cell of the matrix: SPEC section 6 `access` JSON entry. */
export interface AccessEntry {
  /**
   * As the policy writes it (a bare account id as its root ARN); `*` for anyone;
   * `organization <value>` for anyone in an organisation or organisational unit that an
   * `aws:PrincipalOrgID`/`aws:PrincipalOrgPaths` condition on a wildcard principal names.
   */
  principal: string;
  /** `kms:Decrypt` style. */
  action: string;
  /**
   * What the key policy grants the principal itself: `yes` in every context, `no` in none,
   * `conditional` only when the request meets `requires`.
   */
  allowed: 'yes' | 'no' | 'conditional';
  /** Empty unless `conditional`; in a fixed order. */
  requires: AccessRequirement[];
  /**
   * The policy lets IAM policies of the principal's account grant this action (an Allow names
   * the account): a `no` here can still become a yes through IAM. False when a Deny blocks it.
   */
  delegated_to_iam: boolean;
}

export interface AccessMatrixOptions {
  /** The account that owns the key; its root is always a row. */
  account: string;
  /** ARN partition of that account, `aws` by default. */
  partition?: string;
  /**
   * The key: its ARN when it exists, else its location (the key id unknown). A statement
   * applies only where its Resource surely matches the key. By default the location of
   * `account` and `partition` with the Region unknown.
   */
  key?: RequestedKey;
  /** Actions to evaluate; `ACCESS_MATRIX_ACTIONS` by default. */
  actions?: readonly string[];
  /** Principals to show besides those the policy names (an access diff passes both sides'). */
  principals?: readonly string[];
  /** The encryption context the key expects; by default read from the policy's conditions. */
  encryptionContext?: Readonly<Record<string, string>>;
  /** The `kms:ViaService` endpoint to try; by default the first one the policy allows. */
  viaService?: string;
  /**
   * What KMS knows of the key itself (`kms:KeyOrigin`, `kms:KeySpec`, `kms:KeyUsage`,
   * `kms:MultiRegion`, `kms:MultiRegionKeyType`: `keyPropertyConditions`), set in every
   * request on it. Without them a condition on one is `other_condition`.
   */
  keyProperties?: Readonly<Record<string, string>>;
}
