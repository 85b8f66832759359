import type { Octokit } from '../adapters/github/create-octokit.ts';
import {
  findMergedPullRequest,
  type MergedPullRequest,
} from '../adapters/github/find-merged-pull-request.ts';
import { findStickyComment } from '../adapters/github/find-sticky-comment.ts';
import { listIssueComments, type IssueComment } from '../adapters/github/list-issue-comments.ts';
import { errorMessage } from '../core/errors.ts';
import type { ActionContext } from './action-context.ts';
import type { ActionServices } from './action-services.ts';
import { planCommentMarker } from './markers.ts';
import { parseFingerprint, type PlanFingerprint } from './plan-fingerprint.ts';
import { tokenLogin } from './token-login.ts';

export interface ReviewedPlan {
  merged: MergedPullRequest | undefined;
  /** The token identity, when it was established (to update the apply comment). */
  login: string | undefined;
  /** The fingerprint of the plan comment on the merged pull request, when valid. */
  fingerprint: PlanFingerprint | undefined;
  /** Why no plan counts as reviewed, one sentence; `undefined` when `fingerprint` is set. */
  missing: string | undefined;
  /** The merged pull request's comments, listed once: the apply comment is found among them. */
  comments: readonly IssueComment[] | undefined;
}

/**
 * What the reviewers saw: the fingerprint in the plan comment on the pull request that
 * brought the pushed commit. Only the token identity's own comment with the marker on its
 * first line counts, only a fingerprint on its second line, and only when the comment was
 * last written before the merge. Fails closed: a GitHub error, no pull request, no comment,
 * a comment written at or after the merge, or a missing, malformed or older fingerprint all
 * mean that no plan was reviewed.
 */
export async function readReviewedPlan(
  octokit: Octokit,
  context: ActionContext,
  services: ActionServices,
  manifest: string,
): Promise<ReviewedPlan> {
  const branch = context.ref.replace(/^refs\/heads\//, '');
  let merged: MergedPullRequest | undefined;
  let login: string | undefined;
  let comments: IssueComment[] | undefined;
  try {
    merged = await findMergedPullRequest(octokit, context.repo, context.sha, branch);
    if (merged === undefined) {
      return {
        merged,
        login,
        fingerprint: undefined,
        missing: 'no merged pull request brought this commit (a direct push)',
        comments,
      };
    }
    login = await tokenLogin(octokit, services);
    const target = { ...context.repo, number: merged.number };
    comments = await listIssueComments(octokit, target);
    const comment = await findStickyComment(
      octokit,
      target,
      planCommentMarker(manifest),
      login,
      comments,
    );
    if (comment === undefined) {
      return {
        merged,
        login,
        fingerprint: undefined,
        missing: `pull request #${String(merged.number)} has no kms-action plan comment for this manifest`,
        comments,
      };
    }
    // Written after the merge (a plan job of a commit pushed just before it, finishing late):
    // nobody reviewed that plan before merging. An unknown time counts as after.
    if (!(Date.parse(comment.updatedAt) < Date.parse(merged.mergedAt))) {
      return {
        merged,
        login,
        fingerprint: undefined,
        missing: `the plan comment on pull request #${String(merged.number)} was last updated at ${comment.updatedAt || 'an unknown time'}, not before the merge at ${merged.mergedAt || 'an unknown time'}: no reviewer saw that plan before the merge`,
        comments,
      };
    }
    const fingerprint = parseFingerprint(comment.body);
    return fingerprint === undefined
      ? {
          merged,
          login,
          fingerprint,
          missing: `the plan comment on pull request #${String(merged.number)} has no valid fingerprint on its second line (missing, malformed, or written by a kms-action before version 3, which did not list the changes)`,
          comments,
        }
      : { merged, login, fingerprint, missing: undefined, comments };
  } catch (error) {
    const message = `cannot read the reviewed plan: ${errorMessage(error)}`;
    services.log.warning(message);
    return { merged, login, fingerprint: undefined, missing: message, comments };
  }
}

/** One sentence on the reviewed plan against the current one, for the apply report. */
export function describeReview(
  reviewed: ReviewedPlan,
  liveDigest: string,
  manifestSha256: string,
): string {
  const { merged, fingerprint } = reviewed;
  if (fingerprint === undefined || merged === undefined)
    return `No plan was reviewed: ${reviewed.missing ?? 'unknown'}.`;
  const live =
    fingerprint.live === liveDigest
      ? 'the live state is unchanged since the plan reviewed'
      : 'the live state changed since the plan reviewed';
  const file =
    fingerprint.manifest === manifestSha256
      ? 'the manifest is the one reviewed'
      : 'the manifest differs from the one reviewed (another change merged since?)';
  return `Pull request #${String(merged.number)}: ${live}, ${file}.`;
}
