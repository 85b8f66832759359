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
}

/**
 * The rule of the merge-time apply: make what was reviewed, nothing else.
 *
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
  changes: readonly Change[],
  options: { reviewed: ReviewedChanges | undefined; repairs: readonly Change[]; noReview: string },
): ReviewedSelection {
  const repairs = new Set(options.repairs);
  const { reviewed } = options;
  const unreviewed = changes.filter(
    (change) => !repairs.has(change) && (reviewed === undefined || !reviewed.includes(change)),
  );
  const unreviewedSet = new Set(unreviewed);
  const heldKeys = new Set(unreviewed.map(keyScope));
  const dropped = reviewed?.dropped ?? 0;
  const selection: ReviewedSelection = { reviewed: [], repairs: [], heldBack: [] };
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

/** A key is its logical name in one account and Region. */
function keyScope(change: Change): string {
  return `${change.account}\u0000${change.region}\u0000${change.key}`;
}
