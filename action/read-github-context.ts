import type { GitHubContextLike } from './action-context.ts';

/**
 * The run's context as @actions/github's `context` reads it (GITHUB_* variables and the event
 * payload at GITHUB_EVENT_PATH), without loading @actions/github: the Action's entry decides
 * with it whether to request the OIDC token before the rest loads. Throws where
 * @actions/github would (a payload that is not JSON, no repository).
 */
export function readGitHubContext(
  env: Readonly<Record<string, string | undefined>>,
): GitHubContextLike {
  // Not `import ... from 'node:fs'`: the ESM view of a built-in module loads all its lazy
  // parts, which costs the Action's entry tens of milliseconds (start-id-token-prefetch.ts).
  const { existsSync, readFileSync } = process.getBuiltinModule('node:fs');
  const path = env['GITHUB_EVENT_PATH'] ?? '';
  const parsed: unknown =
    path !== '' && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TypeError(`the event payload at GITHUB_EVENT_PATH is not a JSON object: ${path}`);
  }
  const payload = parsed as Record<string, unknown>;
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId: Number.parseInt(env['GITHUB_RUN_ID'] ?? '', 10),
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    repo: repoOf(env['GITHUB_REPOSITORY'], payload['repository']),
    payload,
  };
}

function repoOf(variable: string | undefined, repository: unknown): GitHubContextLike['repo'] {
  if (variable !== undefined && variable !== '') {
    const [owner = '', repo = ''] = variable.split('/');
    return { owner, repo };
  }
  const fromPayload = repository as { owner?: { login?: unknown }; name?: unknown } | undefined;
  if (typeof fromPayload?.owner?.login === 'string' && typeof fromPayload.name === 'string') {
    return { owner: fromPayload.owner.login, repo: fromPayload.name };
  }
  throw new TypeError(
    "context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'",
  );
}
