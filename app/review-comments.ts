import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { hasMarkerLine } from '../adapters/github/marker-line.ts';
import type { ReviewComment } from './select-review-comments.ts';
import type { GitHub, PullRequestTarget } from './types.ts';
import { renderReviewBody } from './views/render-review-body.ts';
import { REVIEW_COMMENT_MARKER } from './views/render-review-comment.ts';

/** Review comments posted per run at most; the rest are in the check runs. */
export const MAX_REVIEW_COMMENTS = 30;

export interface ReviewSync {
  created: number;
  kept: number;
  deleted: number;
}

/**
 * Makes the app's review comments on the pull request match `comments`: an earlier comment
 * that says the same on the same (still current) line is kept, the others are deleted, and
 * the new ones are posted as one review on the head commit. Only comments written by the
 * app (`botLogin`) with its marker as their first line are ever touched.
 */
export async function syncReviewComments(
  octokit: GitHub,
  target: PullRequestTarget,
  comments: readonly ReviewComment[],
  botLogin: string,
): Promise<ReviewSync> {
  const existing = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100,
  });
  const ours = existing.filter(
    (comment) =>
      comment.user.login === botLogin && hasMarkerLine(comment.body, REVIEW_COMMENT_MARKER),
  );
  const stale = new Set(ours);
  const fresh: ReviewComment[] = [];
  for (const wanted of comments) {
    // `line` is null once GitHub considers a comment outdated: it is then replaced.
    const same = ours.find(
      (comment) =>
        stale.has(comment) &&
        comment.path === wanted.path &&
        comment.line === wanted.line &&
        comment.body === wanted.body,
    );
    if (same === undefined) fresh.push(wanted);
    else stale.delete(same);
  }

  const posted = fresh.slice(0, MAX_REVIEW_COMMENTS);
  if (posted.length > 0) {
    await octokit.rest.pulls.createReview({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number,
      commit_id: target.headSha,
      event: 'COMMENT',
      body: composeGitHubBody({
        content: renderReviewBody({
          comments: posted.length,
          omitted: fresh.length - posted.length,
        }),
        fullReport: 'the check runs',
        limit: GITHUB_LIMITS.comment,
      }),
      comments: posted.map((comment) => ({
        path: comment.path,
        line: comment.line,
        side: 'RIGHT' as const,
        body: comment.body,
      })),
    });
  }
  for (const comment of stale) {
    await octokit.rest.pulls.deleteReviewComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: comment.id,
    });
  }
  return { created: posted.length, kept: ours.length - stale.size, deleted: stale.size };
}
