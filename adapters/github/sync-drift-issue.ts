import type { Octokit } from './create-octokit.ts';
import { toGitHubError } from './to-github-error.ts';

export const DRIFT_LABEL = 'kms-drift';

export interface DriftIssueRequest {
  owner: string;
  repo: string;
  /** Hidden marker that identifies the issue of one manifest, e.g. `<!-- kms-action-drift:kms.yaml -->`. */
  marker: string;
  title: string;
  /** Issue body while there is drift (must contain `marker`); `undefined`: no drift. */
  body: string | undefined;
  /** Comment left when the issue is closed because the drift is gone. */
  closingComment: string;
}

export type DriftIssueResult =
  { action: 'opened' | 'updated' | 'closed'; number: number; url: string } | { action: 'none' };

/**
 * One open issue labelled `kms-drift` per manifest: opened when drift appears, its body
 * updated while drift stays, closed (with a comment) when drift is gone.
 */
export async function syncDriftIssue(
  octokit: Octokit,
  request: DriftIssueRequest,
): Promise<DriftIssueResult> {
  const { owner, repo, marker } = request;
  if (request.body !== undefined && !request.body.includes(marker))
    throw new Error(`drift issue body lacks its marker ${marker}`);
  let existing: { number: number; url: string } | undefined;
  try {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: DRIFT_LABEL,
      state: 'open',
      per_page: 100,
    });
    const found = issues.find(
      (issue) => issue.pull_request === undefined && (issue.body ?? '').includes(marker),
    );
    if (found !== undefined) existing = { number: found.number, url: found.html_url };
  } catch (error) {
    throw toGitHubError(
      error,
      `listing the ${DRIFT_LABEL} issues of ${owner}/${repo}`,
      'issues: read',
    );
  }

  try {
    if (request.body === undefined) {
      if (existing === undefined) return { action: 'none' };
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: existing.number,
        body: request.closingComment,
      });
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        state: 'closed',
        state_reason: 'completed',
      });
      return { action: 'closed', ...existing };
    }
    if (existing !== undefined) {
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        title: request.title,
        body: request.body,
      });
      return { action: 'updated', ...existing };
    }
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: request.title,
      body: request.body,
      labels: [DRIFT_LABEL],
    });
    return { action: 'opened', number: data.number, url: data.html_url };
  } catch (error) {
    throw toGitHubError(
      error,
      existing === undefined
        ? `opening a ${DRIFT_LABEL} issue in ${owner}/${repo}`
        : `updating drift issue #${existing.number} in ${owner}/${repo}`,
      'issues: write',
    );
  }
}
