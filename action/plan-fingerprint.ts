/**
 * The fingerprint a plan comment carries, so apply can tell what the reviewers saw: the base
 * commit, the manifest's SHA-256, a digest of the live state the plan was computed from, a
 * digest of all its changes and, for a plan of up to `MAX_LISTED_CHANGES` changes, the
 * identity of each change (128 bits, 22 characters). Bounded whatever the plan: at most
 * about 25,000 characters, so the comment keeps room for the plan itself. It is the second
 * line of the plan comment, right after the marker, as a hidden HTML comment.
 *
 * It covers only the changes the Action may make: revokes of grants to grantees AWS operates
 * (core/plan/is-aws-grant-revoke.ts) are left out, since AWS services create and retire such
 * grants at any time and the Action never revokes one. The plan comment still shows them.
 */
import { createHash } from 'node:crypto';
import { digestLiveStateWithoutAwsGrants } from '../core/plan/digest-live-state-without-aws-grants.ts';
import { identifyChange } from '../core/plan/identify-change.ts';
import { isAwsGrantRevoke } from '../core/plan/is-aws-grant-revoke.ts';
import type { LiveState } from '../core/plan/live-state.ts';
import type { Change, Plan } from '../core/plan/plan-types.ts';
import type { ReviewedChanges } from '../core/plan/select-reviewed-changes.ts';
import { inlineCode } from '../core/render/escape-markdown.ts';

/** Past this many changes the fingerprint holds only the digest of the whole set. */
export const MAX_LISTED_CHANGES = 1000;

export interface PlanFingerprint {
  version: 3;
  /** Commit the pull request was planned against (its base). */
  base: string;
  /** SHA-256 of the manifest file, hex. */
  manifest: string;
  /** SHA-256 of the live state read, canonical JSON, hex. */
  live: string;
  /** SHA-256 over the sorted identities of the changes (see `digestChanges`), hex. */
  changes: string;
  changeCount: number;
  destructiveCount: number;
  /** Sorted short identities (see `shortChangeId`), one per change; absent past `MAX_LISTED_CHANGES`. */
  ids?: string[];
}

const PREFIX = '<!-- kms-action-fingerprint ';
const SUFFIX = ' -->';
const SHA256 = /^[0-9a-f]{64}$/;
const COMMIT = /^[0-9a-f]{0,64}$/;
const SHORT_ID = /^[A-Za-z0-9_-]{22}$/;
const FIELDS = new Set([
  'version',
  'base',
  'manifest',
  'live',
  'changes',
  'changeCount',
  'destructiveCount',
  'ids',
]);

export function computeFingerprint(input: {
  base: string;
  manifestSha256: string;
  live: LiveState;
  plan: Plan;
}): PlanFingerprint {
  const changes = actionable(input.plan.changes);
  const fingerprint: PlanFingerprint = {
    version: 3,
    base: input.base,
    manifest: input.manifestSha256,
    // Grants AWS services make come and go (EBS, per instance start): not a change of state.
    live: digestLiveStateWithoutAwsGrants(input.live),
    changes: digestChanges(changes),
    changeCount: changes.length,
    destructiveCount: changes.filter((change) => change.risk === 'destructive').length,
  };
  if (changes.length <= MAX_LISTED_CHANGES) {
    fingerprint.ids = changes.map((change) => shortChangeId(identifyChange(change))).sort();
  }
  return fingerprint;
}

/**
 * SHA-256 over the identities of the changes the Action may make, sorted, one per line: the
 * plan as a set.
 */
export function digestChanges(changes: readonly Change[]): string {
  const lines = actionable(changes).map(identifyChange).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** The first 128 bits of a change identity, base64url: 22 characters in the comment. */
export function shortChangeId(identity: string): string {
  return Buffer.from(identity.slice(0, 32), 'hex').toString('base64url');
}

/**
 * What the fingerprint says was reviewed, for `selectReviewedChanges`: each change by its
 * identity, or, for a plan too long to list, all the changes when they are exactly the
 * reviewed set and none otherwise. Reviewed changes the plan no longer holds count as
 * `dropped` unless `manifestSha256` is the reviewed manifest's. Revokes of grants AWS operates
 * count for nothing either way (`selectReviewedChanges` withholds them).
 */
export function reviewedChangesOf(
  fingerprint: PlanFingerprint,
  planned: readonly Change[],
  source: string,
  manifestSha256: string,
): ReviewedChanges {
  const changes = actionable(planned);
  if (fingerprint.ids !== undefined) {
    const ids = new Set(fingerprint.ids);
    const plannedIds = new Set(changes.map((change) => shortChangeId(identifyChange(change))));
    const dropped =
      fingerprint.manifest === manifestSha256
        ? 0
        : [...ids].filter((id) => !plannedIds.has(id)).length;
    return {
      source,
      dropped,
      includes: (change) =>
        !isAwsGrantRevoke(change) && ids.has(shortChangeId(identifyChange(change))),
    };
  }
  // Past the listed size only the whole set counts: a different set holds everything back.
  const same = digestChanges(changes) === fingerprint.changes;
  return { source, dropped: 0, includes: (change) => same && !isAwsGrantRevoke(change) };
}

/** The changes the Action may make: all but the revokes of grants AWS operates. */
function actionable(changes: readonly Change[]): Change[] {
  return changes.filter((change) => !isAwsGrantRevoke(change));
}

/** The hidden line (second line of the plan comment) and a visible line for its end. */
export function renderFingerprint(fingerprint: PlanFingerprint): {
  hidden: string;
  visible: string;
} {
  const count = (n: number, noun: string) => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
  return {
    hidden: `${PREFIX}${JSON.stringify(fingerprint)}${SUFFIX}`,
    visible: `<sub>Plan fingerprint: base ${inlineCode(fingerprint.base.slice(0, 12) || 'none')} · manifest sha256 ${inlineCode(fingerprint.manifest.slice(0, 12))} · live state ${inlineCode(fingerprint.live.slice(0, 12))} · ${count(fingerprint.changeCount, 'change')} ${inlineCode(fingerprint.changes.slice(0, 12))}, ${String(fingerprint.destructiveCount)} destructive</sub>`,
  };
}

/**
 * The fingerprint on the second line of a plan comment body (the first is the marker), or
 * `undefined` when it is missing, malformed or of another version (a comment of kms-action
 * before version 3 lists no changes): then apply treats the plan as unreviewed.
 */
export function parseFingerprint(body: string): PlanFingerprint | undefined {
  const line = body.split('\n', 2)[1]?.replace(/\r$/, '');
  if (line === undefined || !line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(PREFIX.length, line.length - SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const candidate = value as Record<string, unknown>;
  if (Object.keys(candidate).some((field) => !FIELDS.has(field))) return undefined;
  const { base, manifest, live, changes, changeCount, destructiveCount, ids } = candidate;
  if (
    candidate['version'] !== 3 ||
    typeof base !== 'string' ||
    !COMMIT.test(base) ||
    typeof manifest !== 'string' ||
    !SHA256.test(manifest) ||
    typeof live !== 'string' ||
    !SHA256.test(live) ||
    typeof changes !== 'string' ||
    !SHA256.test(changes) ||
    !isCount(changeCount) ||
    !isCount(destructiveCount) ||
    destructiveCount > changeCount
  )
    return undefined;
  const fingerprint: PlanFingerprint = {
    version: 3,
    base,
    manifest,
    live,
    changes,
    changeCount,
    destructiveCount,
  };
  if (ids === undefined) return changeCount > MAX_LISTED_CHANGES ? fingerprint : undefined;
  if (
    !Array.isArray(ids) ||
    ids.length !== changeCount ||
    changeCount > MAX_LISTED_CHANGES ||
    !ids.every((id): id is string => typeof id === 'string' && SHORT_ID.test(id))
  )
    return undefined;
  return { ...fingerprint, ids };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
