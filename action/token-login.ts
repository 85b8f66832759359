import type { Octokit } from '../adapters/github/create-octokit.ts';
import { getTokenLogin } from '../adapters/github/get-token-login.ts';
import type { ActionServices } from './action-services.ts';

/**
 * The login the github-token posts as, or `undefined` (with a warning) when GitHub does not
 * say: then the Action edits, closes and trusts none of the existing comments and issues.
 */
export async function tokenLogin(
  octokit: Octokit,
  services: Pick<ActionServices, 'log'>,
): Promise<string | undefined> {
  const identity = await getTokenLogin(octokit);
  if (identity.login !== undefined) return identity.login;
  services.log.warning(
    `cannot tell which account the github-token posts as (${identity.reason}): earlier kms-action comments and issues are neither edited nor trusted, so a new one is posted and apply treats the plan as unreviewed. Use the workflow's GITHUB_TOKEN or a token that may read its own identity.`,
  );
  return undefined;
}
