import type { ServiceUse } from './services/types.ts';

/** Values of a condition operator: key -> one value or a list of values. */
export type ConditionBlock = Record<
  string,
  Record<string, string | boolean | number | (string | boolean | number)[]>
>;

/** `"*"`, or a mapping of principal type to one or more identifiers. */
export type PrincipalBlock =
  '*' | Partial<Record<'AWS' | 'Service' | 'Federated' | 'CanonicalUser', string | string[]>>;

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: ConditionBlock;
}

export interface KeyPolicyDocument {
  Version: '2012-10-17' | '2008-10-17';
  Id?: string;
  Statement: PolicyStatement[];
}

/** The policy intent of a key, with every principal resolved to an ARN and actions canonical. */
export interface ResolvedPolicyIntent {
  admins: string[];
  users: string[];
  /** Service short names (`s3`, `rds`); the generator expands them to `s3.<region>.amazonaws.com`. */
  viaService: string[];
  encryptionContext: Record<string, string>;
  crossAccount: { principal: string; actions: string[] }[];
  /** Canonical `kms:` actions denied without MFA. */
  requireMfaFor: string[];
  /** AWS services that use the key (`services:`), each given its documented statement. */
  services?: ServiceUse[];
  /** Users narrowed to some of the key usage's actions (`users: [{ principals, actions }]`). */
  userGroups?: UserGroup[];
  /** Anyone in an AWS organisation, or in some of its organisational units. */
  organization?: OrganizationConsumer;
  /** Raw statements appended to the generated ones, as written (`extra_statements:`). */
  extraStatements?: PolicyStatement[];
}

export interface UserGroup {
  /** Position of the group among the `users:` entries as written, to locate findings. */
  entry?: number;
  principals: string[];
  /** Canonical `kms:` actions, a subset of `userActionChoices` of the key's usage. */
  actions: string[];
}

/**
 * `aws:PrincipalOrgID` (`id`) or `aws:PrincipalOrgPaths` (`paths`, each `o-.../r-.../ou-.../`
 * and its child organisational units). `actions` absent: the key users' actions.
 */
export interface OrganizationConsumer {
  id?: string;
  paths?: string[];
  actions?: string[];
}
