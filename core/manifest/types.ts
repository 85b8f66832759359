import type { ServiceName } from '../policy/services/types.ts';

/** A 1-based line and column in the manifest file. */
export interface Position {
  line: number;
  column: number;
}

/** A path into the manifest document, e.g. `['keys', 'prod-s3', 'aliases', 0]`. */
export type DocumentPath = readonly (string | number)[];

/** A located problem that makes the manifest invalid. */
export type { ManifestProblem } from '../json-contracts.ts';

export type KeyState = 'enabled' | 'disabled' | 'pending_deletion';

export type Severity = 'error' | 'warning' | 'notice';
export type SeveritySetting = Severity | 'off';

export interface RotationInput {
  enabled?: boolean;
  period_in_days?: number;
}

export interface PolicyIntentInput {
  admins?: string[];
  users?: (string | UserGroupInput)[];
  via_service?: string[];
  encryption_context?: Record<string, string>;
  cross_account?: { principal: string; actions: string[] }[];
  organization?: string | OrganizationInput;
  require_mfa_for?: string[];
  services?: ServiceInput[];
  extra_statements?: Record<string, unknown>[];
}

/** One `services:` entry of a policy intent. */
export interface ServiceInput {
  service: ServiceName;
  trails?: string[];
  log_groups?: string[];
  source_arns?: string[];
  role_suffix?: string;
}

/** A `users:` entry narrowed to some of the key usage's actions. */
export interface UserGroupInput {
  principals: string[];
  actions: string[];
}

export interface OrganizationInput {
  id?: string;
  paths?: string[];
  actions?: string[];
}

export interface PolicyDocumentInput {
  document: Record<string, unknown>;
}

export interface GrantInput {
  name: string;
  grantee: string;
  retiring_principal?: string;
  operations: string[];
  encryption_context_subset?: Record<string, string>;
  encryption_context_equals?: Record<string, string>;
  source_arn?: string;
}

/** A `keep_grants:` entry: live grants to this grantee are never revoked. */
export interface KeepGrantInput {
  grantee: string;
  reason: string;
}

export interface LintIgnoreInput {
  rule: string;
  reason: string;
}

/** One entry of `keys:` as written (after schema validation). */
export interface KeyInput {
  adopt?: string;
  moved_from?: string;
  account?: string;
  region?: string;
  environment?: string;
  service?: string;
  compliance?: string;
  description?: string;
  rotation?: RotationInput;
  aliases?: string[];
  state?: KeyState;
  deletion_window_in_days?: number;
  tags?: Record<string, string>;
  key_spec?: string;
  key_usage?: string;
  multi_region?: boolean;
  origin?: 'AWS_KMS' | 'EXTERNAL';
  /** A Region code, or a replica entry with its own settings. */
  replicas?: (string | ReplicaInput)[];
  bypass_policy_lockout_safety_check?: boolean;
  policy?: PolicyIntentInput | PolicyDocumentInput;
  grants?: GrantInput[];
  keep_grants?: KeepGrantInput[];
  lint_ignore?: LintIgnoreInput[];
}

/** One `replicas:` entry with settings of its own (the others take the key's). */
export interface ReplicaInput {
  region: string;
  description?: string;
  policy?: PolicyIntentInput | PolicyDocumentInput;
  tags?: Record<string, string>;
  aliases?: string[];
  deletion_window_in_days?: number;
  state?: KeyState;
}

export interface DefaultsInput {
  account?: string;
  region?: string;
  environment?: string;
  service?: string;
  compliance?: string;
  description?: string;
  origin?: 'AWS_KMS' | 'EXTERNAL';
  rotation?: RotationInput;
  deletion_window_in_days?: number;
  tags?: Record<string, string>;
  key_spec?: string;
  key_usage?: string;
  multi_region?: boolean;
  policy?: PolicyIntentInput;
  keep_grants?: KeepGrantInput[];
}

export interface LintConfigInput {
  rules?: Record<string, SeveritySetting>;
  environments?: Record<string, { rules?: Record<string, SeveritySetting> }>;
}

/** One `key_templates:` entry (its keys are already expanded into `keys`). */
export interface KeyTemplateInput {
  for_each: string[] | Record<string, string>;
  name: string;
  key: KeyInput;
}

/** The manifest as written, after schema validation (`schemas/kms.schema.json`). */
export interface ManifestInput {
  version: 1;
  key_templates?: Record<string, KeyTemplateInput>;
  defaults?: DefaultsInput;
  accounts?: Record<string, string>;
  principals?: Record<string, string>;
  lint?: LintConfigInput;
  keys: Record<string, KeyInput>;
}
