import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { APP_CONFIG_PATH } from './parse-app-config.ts';
import type { GitHub, PullRequestTarget } from './types.ts';
import { renderConfigCheck } from './views/render-config-check.ts';

/** A failing check run for an invalid `.github/kms-action.yml` at the head commit. */
export async function createConfigCheckRun(
  octokit: GitHub,
  target: PullRequestTarget,
  problems: readonly string[],
): Promise<void> {
  await octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: `kms-action: ${APP_CONFIG_PATH}`,
    head_sha: target.headSha,
    external_id: String(target.number),
    status: 'completed',
    conclusion: 'failure',
    output: {
      title: `${APP_CONFIG_PATH} is invalid`,
      summary: composeGitHubBody({
        content: renderConfigCheck({ configPath: APP_CONFIG_PATH, problems }),
        fullReport: 'the next check, once the problems above are fixed',
        limit: GITHUB_LIMITS.checkRunOutput,
      }),
    },
  });
}
