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
}
