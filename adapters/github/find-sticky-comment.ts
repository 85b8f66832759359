import type { Octokit } from './create-octokit.ts';
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
}

/**
 * The comment on an issue or pull request that carries `marker`, written by a bot (the
 * Action's token). A comment by a person that copies the marker is ignored: at apply time
 * the sticky comment's fingerprint decides what was reviewed, so only the Action may write it.
 */
export async function findStickyComment(
  octokit: Octokit,
  target: IssueRef,
  marker: string,
): Promise<StickyComment | undefined> {
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
    });
    const found = comments.find(
      (comment) => comment.user?.type === 'Bot' && (comment.body ?? '').includes(marker),
    );
    return found === undefined
      ? undefined
      : { id: found.id, body: found.body ?? '', url: found.html_url };
  } catch (error) {
    throw toGitHubError(
      error,
      `listing the comments of #${target.number} in ${target.owner}/${target.repo}`,
      'pull-requests: read',
    );
  }
}
