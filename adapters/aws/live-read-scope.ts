/** What the parts of the live-state read (read-live-state.ts) share: one account and Region. */
import { AwsAccessError } from '../../core/errors.ts';
import type { DesiredKey } from '../../core/manifest/desired-state.ts';
import type { LiveForeignKey, LiveOwnership } from '../../core/plan/live-state.ts';
import { awsErrorName, type AwsCall } from './to-aws-access-error.ts';

export const KEY_ARN = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;

/** The keys of one account and Region of the manifest, read with one client. */
export interface Scope {
  account: string;
  region: string;
  keys: DesiredKey[];
}

/** A key found by discovery, with its tags. */
export interface DiscoveredKey {
  arn: string;
  id: string;
  tags: Record<string, string>;
}

/** Runs one AWS call under the shared concurrency limit, its errors made AwsAccessErrors. */
export type Send = <T>(description: AwsCall, task: () => Promise<T>) => Promise<T>;
/** Describes a call of the scope, for error messages. */
export type Describe = (operation: string, target?: string, service?: 'kms' | 'tagging') => AwsCall;

/**
 * The credentials of one account must not read another's keys: a key ARN from another account
 * means the session belongs to the wrong account (no role assumed for it).
 */
export function assertAccount(arn: string, scope: Scope, source: string): void {
  const account = KEY_ARN.exec(arn)?.[3];
  if (account !== undefined && account !== scope.account) {
    throw new AwsAccessError(
      `${source} in region ${scope.region} returned key ${arn} of account ${account}, but the keys read ` +
        `there belong to account ${scope.account}: the credentials used are for the wrong account. ` +
        `Assume a role in ${scope.account} (--role-to-assume 'arn:aws:iam::{account}:role/...').`,
    );
  }
}

export function tagRecord(
  pairs: readonly (readonly [string | undefined, string | undefined])[],
): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (key !== undefined) record[key] = value ?? '';
  }
  return record;
}

/** The AWS error name behind an AwsAccessError (or of a raw SDK error). */
export function causeName(error: unknown): string {
  return error instanceof AwsAccessError ? awsErrorName(error.cause) : awsErrorName(error);
}

/** A key of another manifest that the declared key `name` claims. */
export function foreignClaim(
  name: string,
  reason: LiveForeignKey['reason'],
  key: DiscoveredKey,
  scope: Scope,
  ownership: LiveOwnership,
): LiveForeignKey {
  return { name, reason, arn: key.arn, account: scope.account, region: scope.region, ownership };
}
