import type { Octokit } from './create-octokit.ts';

export type TokenLogin = { login: string } | { login: undefined; reason: string };

/**
 * The login the token posts as: comments the Action finds again must be its own. GraphQL
 * `viewer` answers for installation tokens (GITHUB_TOKEN is `github-actions[bot]`, an app's
 * token `<slug>[bot]`) and user tokens alike; REST `GET /user` is the fallback for user
 * tokens. When neither answers, the login is unknown and callers must fail closed: never
 * edit, close or trust an existing comment or issue.
 */
export async function getTokenLogin(octokit: Octokit): Promise<TokenLogin> {
  const reasons: string[] = [];
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }',
    );
    const login = answer.viewer?.login;
    if (typeof login === 'string' && login !== '') return { login };
    reasons.push('GraphQL viewer returned no login');
  } catch (error) {
    reasons.push(`GraphQL viewer: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    if (data.login !== '') return { login: data.login };
    reasons.push('GET /user returned no login');
  } catch (error) {
    reasons.push(`GET /user: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { login: undefined, reason: reasons.join('; ') };
}
