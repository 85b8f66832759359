/**
 * The kms-action Probot app: on pull requests, a check run per manifest with line annotations,
 * review comments on the changed manifest lines, and the plan when the app may read AWS.
 * Handlers only; each step is a function of its own (check-pull-request.ts lists them).
 * Run it with `npm start` (server.ts) or on Lambda (lambda.ts); see docs/app.md.
 */
import type { ApplicationFunction, Context } from 'probot';
import { checkPullRequest } from './check-pull-request.ts';
import { createAwsPlanner, type Planner } from './create-aws-planner.ts';
import { createBotLoginLookup } from './get-bot-login.ts';
import { targetOfCheckRun } from './target-of-check-run.ts';

export interface KmsActionAppOptions {
  /** Plans against the live keys; `undefined`: lint only, the Action plans. */
  planner: Planner | undefined;
}

export function kmsActionApp(options: KmsActionAppOptions): ApplicationFunction {
  return (app) => {
    const botLogin = createBotLoginLookup(app);
    const deps = (context: Context) => ({
      octokit: context.octokit,
      planner: options.planner,
      botLogin,
      log: context.log,
    });

    app.on(
      ['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened'],
      async (context) => {
        const { pull_request: pull, repository } = context.payload;
        await checkPullRequest(deps(context), {
          owner: repository.owner.login,
          repo: repository.name,
          number: pull.number,
          headSha: pull.head.sha,
          baseSha: pull.base.sha,
        });
      },
    );

    app.on('check_run.rerequested', async (context) => {
      const target = await targetOfCheckRun(context.octokit, context.payload);
      if (target !== undefined) await checkPullRequest(deps(context), target);
    });
  };
}

/**
 * The app as `probot run` loads it, configured from the environment when it is loaded (not
 * when imported, so the entries can check the settings first). The entries of this
 * repository are server.ts and lambda.ts.
 */
const app: ApplicationFunction = (probot, options) =>
  kmsActionApp({ planner: createAwsPlanner(process.env) })(probot, options);
export default app;
