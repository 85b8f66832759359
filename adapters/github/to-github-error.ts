/** A GitHub API call failed; the message says which call, what GitHub said, and what to check. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  /** HTTP status, when GitHub answered. */
  readonly status: number | undefined;

  constructor(message: string, status: number | undefined, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
  }
}

/**
 * Wraps a failed Octokit call. `permission` is what the workflow's `permissions:` must grant
 * for the call, e.g. `pull-requests: write`: 403 and 404 from GITHUB_TOKEN usually mean it
 * is missing (or the token is the read-only one of a fork pull request).
 */
export function toGitHubError(error: unknown, what: string, permission: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const status = statusOf(error);
  const said = error instanceof Error ? error.message : String(error);
  if (status === 403 || status === 401) {
    return new GitHubApiError(
      `${what} was refused (HTTP ${status}: ${said}). The github-token needs \`${permission}\`: ` +
        "add it to the workflow job's `permissions:` (pull requests from forks always get a read-only token).",
      status,
      { cause: error },
    );
  }
  if (status === 404) {
    return new GitHubApiError(
      `${what} failed: not found (HTTP 404: ${said}). Check the repository and that the github-token may see it (\`${permission}\`).`,
      status,
      { cause: error },
    );
  }
  return new GitHubApiError(
    `${what} failed (${status === undefined ? said : `HTTP ${status}: ${said}`})`,
    status,
    { cause: error },
  );
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}
