/**
 * What the Action needs to know about the workflow run, extracted from @actions/github's
 * context (event payload and GITHUB_* variables) into plain data, so tests build it by hand.
 */

export interface PullRequestInfo {
  number: number;
  url: string;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** The head branch lives in another repository: the run gets no secrets, no OIDC token. */
  fromFork: boolean;
}

export interface ActionContext {
  eventName: string;
  /** Commit of the run. */
  sha: string;
  /** `refs/heads/main`, `refs/pull/7/merge`, ... */
  ref: string;
  runId: number;
  serverUrl: string;
  repo: { owner: string; repo: string };
  /** The checkout: the manifest path is relative to it. */
  workspace: string;
  /** Set on pull_request events (the Action refuses pull_request_target). */
  pullRequest: PullRequestInfo | undefined;
  /** From the event's repository; `undefined` when the payload has none. */
  defaultBranch: string | undefined;
  /** On a push: the commit the branch pointed to before it (zeros when the push created it). */
  before?: string;
}

/** The subset of @actions/github's `context` this file reads. */
export interface GitHubContextLike {
  eventName: string;
  sha: string;
  ref: string;
  runId: number;
  serverUrl: string;
  repo: { owner: string; repo: string };
  payload: Record<string, unknown>;
}

export function toActionContext(
  context: GitHubContextLike,
  env: Readonly<Record<string, string | undefined>>,
): ActionContext {
  const payload = context.payload;
  const repository = record(payload['repository']);
  const pull = record(payload['pull_request']);
  const pullRequest = pull === undefined ? undefined : pullRequestInfo(pull, repository);
  const defaultBranch = repository?.['default_branch'];
  const before = payload['before'];
  return {
    eventName: context.eventName,
    sha: context.sha,
    ref: context.ref,
    runId: context.runId,
    serverUrl: context.serverUrl,
    repo: context.repo,
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    pullRequest,
    defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : undefined,
    ...(typeof before === 'string' ? { before } : {}),
  };
}

function pullRequestInfo(
  pull: Record<string, unknown>,
  repository: Record<string, unknown> | undefined,
): PullRequestInfo {
  const head = record(pull['head']);
  const base = record(pull['base']);
  const headRepo = record(head?.['repo']);
  const number = pull['number'];
  const baseRepoName = repository?.['full_name'] ?? record(base?.['repo'])?.['full_name'];
  return {
    number: typeof number === 'number' ? number : 0,
    url: text(pull['html_url']),
    headSha: text(head?.['sha']),
    baseSha: text(base?.['sha']),
    baseRef: text(base?.['ref']),
    // A deleted fork has no head repository: treat it as a fork.
    fromFork: headRepo === undefined || headRepo['full_name'] !== baseRepoName,
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function runUrl(context: ActionContext): string {
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
}
