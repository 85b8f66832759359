import { holdBackReason } from './hold-back-reason.ts';
import { isAwsGrantRevoke } from './is-aws-grant-revoke.ts';
import type { Change } from './plan-types.ts';

/** What a reviewer saw: the identities of the plan's changes (see `identifyChange`). */
export interface ReviewedChanges {
  /**
   * Whether a change of the plan was among the reviewed ones. For a plan too long to list
   * change by change, this is true only when the whole set equals the reviewed set.
   */
  includes: (change: Change) => boolean;
  /**
   * How many reviewed changes the plan no longer holds while its manifest is not the reviewed
   * one (a commit pushed after the last plan, or another merge, took them out); 0 when the
   * manifest is the reviewed one (they were made already, e.g. by an earlier run).
   */
  dropped: number;
  /** Where the reviewed plan is, for messages: `pull request #7`. */
  source: string;
}

export interface HeldBackChange {
  change: Change;
  reason: string;
}

export interface ReviewedSelection {
  /** Reviewed changes to make, in plan order. */
  reviewed: Change[];
  /** Drift repairs made without review: they restore the state the manifest declares. */
  repairs: Change[];
  /** Changes not made, each with why. */
  heldBack: HeldBackChange[];
  /**
   * Revokes of grants to grantees AWS operates: never made by this apply, reviewed or not,
   * each with why and how to keep the grant. Reported, never counted against the review.
   */
  withheld: HeldBackChange[];
}

/**
 * The rule of the merge-time apply: make what was reviewed, nothing else.
 *
 * 0. A revoke of a grant to a grantee AWS operates is never made (only the CLI revokes one,
 *    when its grant id is named): it is `withheld`, and the rules below ignore it. AWS services
 *    create such grants at any time (EBS, for each instance started), so one that appears
 *    after the review is no unreviewed change the Action could make, and one that AWS retired
 *    since is no dropped change. The fingerprint leaves them out likewise
 *    (action/plan-fingerprint.ts).
 * 1. A drift repair (given by the caller, see `selectDriftRepairs`) is always made.
 * 2. A change whose identity is not in the reviewed plan is held back; with no reviewed plan
 *    at all, every change is.
 * 3. A held-back change holds back the other changes of its key: they were reviewed as a
 *    whole (a grant revoked after its replacement is created, an alias created after its key).
 * 4. When anything is held back, or a reviewed change is no longer planned (`dropped`), so is
 *    every reviewed change that is not `safe`: a disruptive or destructive change (a key
 *    disabled or deleted, an alias moved away) was reviewed next to the changes that make it
 *    harmless, which may be among those held back or dropped.
 *
 * Held back means not made in this run; nothing is refused for good: the next reviewed plan
 * shows them again.
 */
export function selectReviewedChanges(
  planned: readonly Change[],
  options: { reviewed: ReviewedChanges | undefined; repairs: readonly Change[]; noReview: string },
): ReviewedSelection {
  const repairs = new Set(options.repairs);
  const { reviewed } = options;
  const withheld = planned.filter(isAwsGrantRevoke);
  const withheldSet = new Set(withheld);
  const selection: ReviewedSelection = {
    reviewed: [],
    repairs: [],
    heldBack: [],
    withheld: withheld.map((change) => ({ change, reason: withheldReason(change) })),
  };
  const changes = planned.filter((change) => !withheldSet.has(change));
  const unreviewed = changes.filter(
    (change) => !repairs.has(change) && (reviewed === undefined || !reviewed.includes(change)),
  );
  const unreviewedSet = new Set(unreviewed);
  const heldKeys = new Set(unreviewed.map(keyScope));
  const dropped = reviewed?.dropped ?? 0;
  for (const change of changes) {
    if (repairs.has(change)) {
      selection.repairs.push(change);
    } else if (unreviewedSet.has(change)) {
      selection.heldBack.push({
        change,
        reason:
          reviewed === undefined
            ? `not reviewed: ${options.noReview}`
            : `not in the plan reviewed on ${reviewed.source}`,
      });
    } else if (heldKeys.has(keyScope(change))) {
      selection.heldBack.push({
        change,
        reason: `reviewed, but another change of key ${change.key} was not: the key's changes are made together`,
      });
    } else if ((unreviewed.length > 0 || dropped > 0) && change.risk !== 'safe') {
      selection.heldBack.push({
        change,
        reason:
          unreviewed.length > 0
            ? `reviewed, but ${change.risk} while ${unreviewed.length === 1 ? 'a change' : `${String(unreviewed.length)} changes`} of the plan ${unreviewed.length === 1 ? 'was' : 'were'} not reviewed: made only with the whole reviewed plan`
            : `reviewed, but ${change.risk} while ${dropped === 1 ? '1 reviewed change is' : `${String(dropped)} reviewed changes are`} no longer planned (the manifest changed since the review): made only with the whole reviewed plan`,
      });
    } else {
      selection.reviewed.push(change);
    }
  }
  return selection;
}

/** Why the grant stays: the reason apply gives even with --allow-destructive and no grant named. */
function withheldReason(change: Change): string {
  return (
    holdBackReason(change, { allowDestructive: true, revokeGrants: [] }) ??
    'a revoke of a grant to a grantee AWS operates: the Action never makes it'
  );
}

/** A key is its logical name in one account and Region. */
function keyScope(change: Change): string {
  return `${change.account}\u0000${change.region}\u0000${change.key}`;
}
