import type { Octokit } from './create-octokit.ts';
import { toGitHubError } from './to-github-error.ts';

export interface MergedPullRequest {
  number: number;
  url: string;
  /** Head commit of the pull request when it was merged. */
  headSha: string;
  baseRef: string;
  /** When it was merged (ISO 8601). */
  mergedAt: string;
}

/**
 * The merged pull request that brought `sha` into `baseRef` (merge, squash or rebase
 * merge), or `undefined` for a direct push.
 */
export async function findMergedPullRequest(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  sha: string,
  baseRef: string,
): Promise<MergedPullRequest | undefined> {
  let pulls;
  try {
    ({ data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: repository.owner,
      repo: repository.repo,
      commit_sha: sha,
      per_page: 100,
    }));
  } catch (error) {
    throw toGitHubError(
      error,
      `looking up the pull request of commit ${sha} in ${repository.owner}/${repository.repo}`,
      'pull-requests: read',
    );
  }
  const merged = pulls.filter((pull) => pull.merged_at !== null && pull.base.ref === baseRef);
  const exact = merged.find((pull) => pull.merge_commit_sha === sha);
  const pull = exact ?? merged[0];
  return pull === undefined
    ? undefined
    : {
        number: pull.number,
        url: pull.html_url,
        headSha: pull.head.sha,
        baseRef: pull.base.ref,
        mergedAt: pull.merged_at ?? '',
      };
}
