import type { Octokit } from './create-octokit.ts';
import { hasMarkerLine } from './marker-line.ts';
import { toGitHubError } from './to-github-error.ts';

export const DRIFT_LABEL = 'kms-drift';

export interface DriftIssueRequest {
  owner: string;
  repo: string;
  /** Hidden marker that identifies the issue of one manifest, e.g. `<!-- kms-action-drift:kms.yaml -->`. */
  marker: string;
  title: string;
  /** Issue body while there is drift (must start with `marker`); `undefined`: no drift. */
  body: string | undefined;
  /** Comment left when the issue is closed because the drift is gone. */
  closingComment: string;
  /** The identity the token posts as; `undefined` (unknown): no existing issue is touched. */
  login: string | undefined;
}

export type DriftIssueResult =
  { action: 'opened' | 'updated' | 'closed'; number: number; url: string } | { action: 'none' };

/**
 * One open issue labelled `kms-drift` per manifest: opened when drift appears, its body
 * updated while drift stays, closed (with a comment) when drift is gone. Only an issue that
 * `login` opened with `marker` as its body's first line is updated or closed; anyone can
 * open an issue, label it and quote a marker.
 */
export async function syncDriftIssue(
  octokit: Octokit,
  request: DriftIssueRequest,
): Promise<DriftIssueResult> {
  const { owner, repo, marker } = request;
  if (request.body !== undefined && !hasMarkerLine(request.body, marker))
    throw new Error(`drift issue body does not start with its marker ${marker}`);
  let existing: { number: number; url: string } | undefined;
  try {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: DRIFT_LABEL,
      state: 'open',
      per_page: 100,
    });
    const found =
      request.login === undefined
        ? undefined
        : issues.find(
            (issue) =>
              issue.pull_request === undefined &&
              issue.user?.login === request.login &&
              hasMarkerLine(issue.body ?? '', marker),
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
