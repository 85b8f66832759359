/**
 * The live state the planner diffs the desired state against: what `readLiveState`
 * (adapters/aws/read-live-state.ts) found in AWS for one manifest. Pure types.
 *
 * Discovery (SPEC section 3) finds keys by their ownership tags, so a key appears here when
 * - its `kms-action:manifest` tag names this manifest (`owned`, orphans included: the
 *   planner reports an owned key whose logical name is not in the manifest),
 * - the manifest adopts it by ARN (`adopted`), or
 * - another manifest's tags are on a key this manifest claims by ARN, by alias, or by logical
 *   name under an older, working-directory-dependent manifest path (`foreign`): reported,
 *   never changed.
 * Keys without ownership tags cost nothing and are not listed.
 */
import type { KeyPolicyDocument } from '../policy/types.ts';

/** `KeyState` as KMS returns it. */
export type LiveKeyState =
  | 'Creating'
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'PendingReplicaDeletion'
  | 'Unavailable'
  | 'Updating';

/** What the ownership tags on a key say. */
export interface LiveOwnership {
  /** Value of `kms-action:manifest`: `<repository>/<manifest path>`. */
  manifest: string;
  /** Value of `kms-action:key`: the logical name; absent when only the manifest tag is set. */
  key?: string;
}

export interface LiveAlias {
  /** `alias/...` */
  name: string;
  arn: string;
  /** Key id the alias points to; absent for an alias that points to no key. */
  targetKeyId?: string;
}

export interface LiveGrant {
  grantId: string;
  /** Absent when the grant was created without a name. */
  name?: string;
  granteePrincipal: string;
  retiringPrincipal?: string;
  /** Sorted, e.g. `['Decrypt', 'GenerateDataKey']`. */
  operations: string[];
  encryptionContextSubset?: Record<string, string>;
  encryptionContextEquals?: Record<string, string>;
  /** The `SourceArn` constraint of a grant to a service principal. */
  sourceArn?: string;
  issuingAccount?: string;
}

export interface LiveRotation {
  enabled: boolean;
  /** Absent when rotation is off, or the API did not return it (moto never does). */
  periodInDays?: number;
  /** ISO 8601. */
  nextRotationDate?: string;
}

export interface LiveMultiRegion {
  type: 'PRIMARY' | 'REPLICA';
  primary: { arn: string; region: string };
  replicas: { arn: string; region: string }[];
}

/** One key as read from KMS. */
export interface LiveKey {
  arn: string;
  /** Key id (UUID, or `mrk-...`): what moto needs where it crashes on ARNs (SPEC section 7). */
  id: string;
  account: string;
  region: string;
  description: string;
  keySpec: string;
  /** `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, ...; `ENCRYPT_DECRYPT` when the API omits it (moto). */
  keyUsage: string;
  /** `CUSTOMER`, or `AWS` for an AWS managed key (adopting one is linted). */
  keyManager: string;
  /** `AWS_KMS`, `EXTERNAL` (imported key material), `AWS_CLOUDHSM` or `EXTERNAL_KEY_STORE`. */
  origin: string;
  /** Set for a key in a custom key store (CloudHSM or external). */
  customKeyStoreId?: string;
  /** ISO 8601. */
  creationDate?: string;
  state: LiveKeyState;
  /** ISO 8601; set when `state` is `PendingDeletion`. */
  deletionDate?: string;
  pendingDeletionWindowInDays?: number;
  multiRegion: boolean;
  /** Set for multi-Region keys: the primary and its replicas. */
  multiRegionConfiguration?: LiveMultiRegion;
  /** `undefined` when KMS refuses to say for this key (asymmetric and HMAC keys, some states). */
  rotation: LiveRotation | undefined;
  /** The `default` key policy, parsed; `undefined` when KMS refuses it in this key state. */
  policy: KeyPolicyDocument | undefined;
  /** The policy text as returned, for the JSON diff and for policies that are not valid JSON. */
  policyText: string | undefined;
  /** All tags, the ownership tags included. */
  tags: Record<string, string>;
  /** Aliases that point to this key, sorted by name. */
  aliases: LiveAlias[];
  /** `undefined` when KMS refuses to list them in this key state. */
  grants: LiveGrant[] | undefined;
  /** `undefined`: the key carries no `kms-action:manifest` tag. */
  ownership: LiveOwnership | undefined;
}

/** A key this manifest adopts (`adopt: <arn>`), read by that ARN. */
export type LiveAdoptedKey =
  | { name: string; arn: string; found: true; key: LiveKey }
  | { name: string; arn: string; found: false };

/** Why a key owned by another manifest concerns this one. */
export type ForeignClaimReason =
  /** The manifest adopts it by ARN. */
  | 'adopt'
  /**
   * Same account, Region and logical name (or `moved_from` name), and a `kms-action:manifest`
   * value this manifest may have had when its path depended on the working directory
   * (core/plan/is-legacy-owner-tag.ts). A logical name alone never claims a key: two
   * manifests may both have a key `app`.
   */
  | 'legacy-path'
  /** An alias this manifest declares points to it. */
  | 'alias';

/** A key that another manifest owns and this manifest claims: reported, never changed. */
export interface LiveForeignKey {
  /** Logical name in this manifest that claims the key. */
  name: string;
  reason: ForeignClaimReason;
  /** The alias, for reason `alias`. */
  alias?: string;
  arn: string;
  account: string;
  region: string;
  ownership: LiveOwnership;
}

/** One account and region the read covered. */
export interface LiveRegion {
  account: string;
  region: string;
  /**
   * How keys were discovered: the tagging API, or the fallback `ListKeys` + `ListResourceTags`;
   * `replicas`: a Region read only for replicas of the manifest's multi-Region keys (and its
   * aliases), without discovery.
   */
  discovery: 'tagging-api' | 'list-keys' | 'replicas';
  /** Why the fallback was used, e.g. the tagging API's AccessDenied message. */
  discoveryNote?: string;
  /** Every alias in the account and region (one shared `ListAliases`), sorted by name. */
  aliases: LiveAlias[];
}

/**
 * A key of this manifest outside the targets of a partial run (`--target`): found by
 * discovery, never read further, never an orphan; an alias pointing to it is left alone.
 */
export interface LiveUntargetedKey {
  /** Its `kms-action:key` logical name; absent when only the manifest tag is set. */
  name?: string;
  arn: string;
  id: string;
  account: string;
  region: string;
}

export interface LiveState {
  /** The manifest's `kms-action:manifest` value the discovery looked for. */
  owner: string;
  /** Keys whose ownership tags name this manifest, sorted by account, region and logical name. */
  owned: LiveKey[];
  /** Every `adopt:` entry of the manifest, found or not; a found key may also be in `owned`. */
  adopted: LiveAdoptedKey[];
  /** Keys of other manifests that this manifest claims. */
  foreign: LiveForeignKey[];
  regions: LiveRegion[];
  /**
   * The replicas of the multi-Region primary keys in `owned` and `adopted`, each read in its own
   * Region (whether or not the manifest has keys there), sorted by account, Region and ARN.
   * Absent: none were read. A replica in a Region of the manifest is also in `owned`.
   */
  replicas?: LiveKey[];
  /** Set for a partial run (`desired.targets`): this manifest's keys outside the targets. */
  untargeted?: LiveUntargetedKey[];
}
