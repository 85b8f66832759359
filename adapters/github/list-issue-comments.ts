import type { Octokit } from './create-octokit.ts';
import { toGitHubError } from './to-github-error.ts';

export interface IssueRef {
  owner: string;
  repo: string;
  /** Pull request or issue number. */
  number: number;
}

export interface IssueComment {
  id: number;
  body: string;
  url: string;
  /** The author's login; `undefined` for a deleted account. */
  login: string | undefined;
  /** When the comment was last written (ISO 8601, as GitHub gives it). */
  updatedAt: string;
}

/**
 * Every comment of an issue or pull request, in order. Listed once per run where two lookups
 * need them (apply mode: the plan comment, then the apply comment to update).
 */
export async function listIssueComments(
  octokit: Octokit,
  target: IssueRef,
): Promise<IssueComment[]> {
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
    });
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? '',
      url: comment.html_url,
      login: comment.user?.login,
      updatedAt: comment.updated_at,
    }));
  } catch (error) {
    throw toGitHubError(
      error,
      `listing the comments of #${target.number} in ${target.owner}/${target.repo}`,
      'pull-requests: read',
    );
  }
}
