import type { Octokit } from './create-octokit.ts';
import { hasMarkerLine } from './marker-line.ts';
import { toGitHubError } from './to-github-error.ts';

export interface IssueRef {
  owner: string;
  repo: string;
  /** Pull request or issue number. */
  number: number;
}

export interface StickyComment {
  id: number;
  body: string;
  url: string;
  /** When the comment was last written (ISO 8601, as GitHub gives it). */
  updatedAt: string;
}

/**
 * The comment on an issue or pull request that `login` (the identity the token posts as)
 * wrote with `marker` as its first line. A comment by anyone else, or with the marker
 * anywhere but the first line (quoted, or inside rendered manifest text), is ignored: at
 * apply time the plan comment's fingerprint decides what was reviewed, so only the Action
 * may write it. An unknown login (`undefined`) finds nothing: fail closed.
 */
export async function findStickyComment(
  octokit: Octokit,
  target: IssueRef,
  marker: string,
  login: string | undefined,
): Promise<StickyComment | undefined> {
  if (login === undefined) return undefined;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
    });
    const found = comments.find(
      (comment) => comment.user?.login === login && hasMarkerLine(comment.body ?? '', marker),
    );
    return found === undefined
      ? undefined
      : {
          id: found.id,
          body: found.body ?? '',
          url: found.html_url,
          updatedAt: found.updated_at,
        };
  } catch (error) {
    throw toGitHubError(
      error,
      `listing the comments of #${target.number} in ${target.owner}/${target.repo}`,
      'pull-requests: read',
    );
  }
}
