import type { GitHub, PullRequestTarget } from './types.ts';

interface CheckRunPayload {
  check_run: { name: string; external_id: string | null };
  repository: { name: string; owner: { login: string } };
}

/**
 * The pull request a re-requested check run belongs to, at its current head: the app stores
 * the pull request number as the check run's `external_id` (which, unlike the payload's
 * `pull_requests`, also works for pull requests from forks). `undefined` for check runs that
 * are not the app's, or pull requests that are no longer open.
 */
export async function targetOfCheckRun(
  octokit: GitHub,
  payload: CheckRunPayload,
): Promise<PullRequestTarget | undefined> {
  const { name, external_id: externalId } = payload.check_run;
  if (!name.startsWith('kms-action: ') || externalId === null || !/^[1-9]\d{0,9}$/.test(externalId))
    return undefined;
  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  const { data: pull } = await octokit.rest.pulls.get({
    owner,
    repo,
    pull_number: Number(externalId),
  });
  if (pull.state !== 'open') return undefined;
  return { owner, repo, number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha };
}
