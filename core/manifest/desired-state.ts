import type { KeyPolicyDocument, ResolvedPolicyIntent } from '../policy/types.ts';
import type { DocumentPath, KeyState, Position, SeveritySetting } from './types.ts';

/** Ownership tags (SPEC section 3): set in the CreateKey call, used to discover managed keys. */
export const OWNERSHIP_TAG_MANIFEST = 'kms-action:manifest';
export const OWNERSHIP_TAG_KEY = 'kms-action:key';

export type DesiredPolicy =
  | { kind: 'intent'; intent: ResolvedPolicyIntent; document: KeyPolicyDocument }
  | { kind: 'document'; document: KeyPolicyDocument };

export interface DesiredGrant {
  name: string;
  granteePrincipal: string;
  retiringPrincipal?: string;
  /** Sorted grant operations, e.g. `Decrypt`. */
  operations: string[];
  encryptionContextSubset?: Record<string, string>;
  encryptionContextEquals?: Record<string, string>;
  /**
   * The grant's `SourceArn` constraint: the resource the grantee service may use it for. Set
   * exactly when the grantee is a service principal (CreateGrant requires it then).
   */
  sourceArn?: string;
}

/**
 * A `keep_grants:` entry, resolved: a live grant that matches no declared grant is kept (never
 * revoked) when its grantee is `grantee`, or a session of the role `grantee` names
 * (core/plan/create-keep-matcher.ts).
 */
export interface DesiredKeepGrant {
  /** The grantee as resolved: a service principal or an IAM principal ARN. */
  grantee: string;
  reason: string;
  /** Whether the entry is written under `defaults:` (it then applies to every key) or on the key. */
  source: 'defaults' | 'key';
}

/**
 * One replica of a multi-Region key as it should be. It shares the key's material, key spec,
 * key usage, origin and rotation; everything here is its own (each field the entry omits
 * comes from the key: its policy generated again for the replica's Region).
 */
export interface DesiredReplica {
  region: string;
  description: string;
  /** `undefined`: the key policy is not managed (the key's policy is not managed either). */
  policy?: DesiredPolicy;
  /** True when the entry writes its own `policy` (lint then reads it at the entry's lines). */
  policyWritten: boolean;
  /** The key's tags merged with the entry's, ownership tags included. */
  tags: Record<string, string>;
  /** Sorted alias names, in the replica's Region. */
  aliases: string[];
  deletionWindowInDays: number;
  state: KeyState;
  /** Where the replica is declared (its `replicas:` entry). */
  location: Position;
  /** The path of its `replicas:` entry, e.g. `['keys', 'app', 'replicas', 0]`. */
  path: DocumentPath;
}

/** One key as it should be, every default merged and every name resolved. */
export interface DesiredKey {
  /** Logical name: the key's stable identity (`kms-action:key` tag). */
  name: string;
  /** 12-digit account id. */
  account: string;
  region: string;
  /** ARN of an existing key this entry adopts. */
  adopt?: string;
  /** The logical name the key had before (`moved_from`): its live key is found and re-tagged. */
  movedFrom?: string;
  environment?: string;
  service?: string;
  compliance?: string;
  description: string;
  keySpec: string;
  keyUsage: string;
  /** `AWS_KMS`, or `EXTERNAL` for imported key material. */
  origin: 'AWS_KMS' | 'EXTERNAL';
  multiRegion: boolean;
  /** The Regions of `replicas`, sorted. */
  replicaRegions: string[];
  /** The replicas, sorted by Region. */
  replicas: DesiredReplica[];
  rotation: { enabled: boolean; periodInDays: number };
  deletionWindowInDays: number;
  state: KeyState;
  /** Sorted alias names. */
  aliases: string[];
  /** User tags plus the ownership tags. */
  tags: Record<string, string>;
  /** `undefined`: the key policy is not managed by the manifest. */
  policy?: DesiredPolicy;
  grants: DesiredGrant[];
  /** The key's `keep_grants` after those of `defaults` (they apply to its replicas too). */
  keepGrants: DesiredKeepGrant[];
  bypassPolicyLockoutSafetyCheck: boolean;
  lintIgnore: { rule: string; reason: string }[];
  /** Where the key is declared (its name in `keys:`). */
  location: Position;
}

export interface DesiredState {
  /** Value of the `kms-action:manifest` ownership tag: `<repository>/<manifest path>`. */
  owner: string;
  /** The repository part of `owner` (`owner/name`, or `local`); the rest is the manifest path. */
  repository: string;
  file: string;
  keys: DesiredKey[];
  accounts: Record<string, string>;
  principals: Record<string, string>;
  lint: {
    rules: Record<string, SeveritySetting>;
    environments: Record<string, Record<string, SeveritySetting>>;
  };
  /** Position of a manifest path, for findings that point into the file. */
  locate: (path: DocumentPath) => Position;
  /**
   * Set when the run is limited to these logical names (`--target`, select-target-keys.ts):
   * `keys` then holds only them, and the plan is partial.
   */
  targets?: string[];
  /**
   * Set with `targets`: the keys left out, with the aliases they declare. A partial plan never
   * deletes such an alias from a targeted key (the whole plan would move it to the key that
   * declares it), and never lets a targeted key adopt the live key of one of them.
   */
  untargetedKeys?: UntargetedKey[];
  /**
   * Accounts and Regions a previous version of this manifest had keys in and this one has
   * none in (add-former-scopes.ts): read for discovery too, so that a key removed with the
   * last key of its Region (or moved by `region:` or `account:`) is still an orphan.
   */
  formerScopes?: { account: string; region: string }[];
}

/** A key of the manifest outside the targets of a partial run, in one of its Regions. */
export interface UntargetedKey {
  name: string;
  account: string;
  region: string;
  aliases: string[];
  /** The live key it adopts or is renamed from: a targeted key may not stand for it too. */
  adopt?: string;
  movedFrom?: string;
}

export const DEFAULT_KEY_SPEC = 'SYMMETRIC_DEFAULT';
export const DEFAULT_KEY_USAGE = 'ENCRYPT_DECRYPT';
export const DEFAULT_ROTATION_PERIOD_DAYS = 365;
export const DEFAULT_DELETION_WINDOW_DAYS = 30;
export const DEFAULT_REQUIRE_MFA_FOR = ['kms:DisableKey', 'kms:ScheduleKeyDeletion'];
