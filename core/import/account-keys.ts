/**
 * What `import` reads of one account and Region (adapters/aws/list-account-keys.ts): every
 * customer managed key with its policy, rotation, tags, aliases and grants, and the AWS
 * managed keys, which are listed but never imported. Pure types.
 */
import type { LiveAlias, LiveKey } from '../plan/live-state.ts';

/** A key AWS owns (`KeyManager: AWS`, aliases `alias/aws/*`): listed in a comment, not imported. */
export interface AwsManagedKey {
  id: string;
  arn: string;
  /** `alias/aws/s3` ...: the service the key serves. */
  aliases: string[];
  /** Set when the key was described (`--include-aws-managed`). */
  description?: string;
}

export interface AccountKeys {
  /** 12-digit account id. */
  account: string;
  region: string;
  /** ARN partition, `aws` unless China or GovCloud. */
  partition: string;
  /** Customer managed keys, sorted by id. */
  keys: LiveKey[];
  /** Sorted by first alias, then id. */
  awsManaged: AwsManagedKey[];
  /** Every alias in the account and Region, sorted by name. */
  aliases: LiveAlias[];
  /**
   * The replicas of the multi-Region primary keys in `keys`, each read in its own Region (its
   * description, policy, tags, aliases and state); absent when none were read.
   */
  replicas?: LiveKey[];
}
