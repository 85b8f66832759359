import type { Octokit } from './create-octokit.ts';
import { findStickyComment } from './find-sticky-comment.ts';
import type { IssueComment, IssueRef } from './list-issue-comments.ts';
import { hasMarkerLine } from './marker-line.ts';
import { toGitHubError } from './to-github-error.ts';

export interface UpsertedComment {
  id: number;
  url: string;
  created: boolean;
}

/**
 * One comment per marker: updated in place when the earlier comment `login` wrote is found,
 * else created (always created when `login` is unknown: a comment that may be someone
 * else's is never edited). `body` must start with `marker` (the next run finds it there).
 * `listed`: the comments already listed in this run, so they are not listed again.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: IssueRef,
  marker: string,
  body: string,
  login: string | undefined,
  listed?: readonly IssueComment[],
): Promise<UpsertedComment> {
  if (!hasMarkerLine(body, marker))
    throw new Error(`sticky comment body does not start with its marker ${marker}`);
  const existing = await findStickyComment(octokit, target, marker, login, listed);
  const where = `#${target.number} in ${target.owner}/${target.repo}`;
  try {
    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { id: data.id, url: data.html_url, created: false };
    }
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body,
    });
    return { id: data.id, url: data.html_url, created: true };
  } catch (error) {
    throw toGitHubError(
      error,
      `${existing === undefined ? 'commenting on' : 'updating the comment on'} ${where}`,
      'pull-requests: write',
    );
  }
}
