/**
 * inputs -> GitHub client and context -> main -> outputs, job summary and exit status.
 * Everything that touches @actions/core is here; `run` gets it through its arguments.
 */
import * as core from '@actions/core';
import { context as githubContext } from '@actions/github';
import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { createOctokit } from '../adapters/github/create-octokit.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { errorMessage } from '../core/errors.ts';
import { revealInvisible } from '../core/render/escape-markdown.ts';
import { toActionContext } from './action-context.ts';
import { REAL_AWS, type ActionServices } from './action-services.ts';
import { getActionInputs } from './get-action-inputs.ts';
import { run } from './main.ts';
import { requestIdToken } from './request-id-token.ts';
import type { IdTokenPrefetch } from './start-id-token-prefetch.ts';

/** `prefetch`: the OIDC token request the entry started (start-id-token-prefetch.ts), if any. */
export async function runner(prefetch?: IdTokenPrefetch): Promise<void> {
  try {
    // 1. Inputs, one typed object, validated before anything else runs.
    const inputs = getActionInputs((name) => core.getInput(name));
    // 2. The GitHub client and the run's context.
    const octokit = createOctokit({
      token: inputs.githubToken,
      log: (message) => {
        core.info(revealInvisible(message));
      },
    });
    const context = toActionContext(githubContext, process.env);
    const services: ActionServices = {
      log: {
        // No logged text may start a line of its own (a `::command::` the runner would obey).
        info: (message) => {
          core.info(revealInvisible(message));
        },
        // @actions/core escapes CR and LF in annotations; ESC and the other invisibles too.
        warning: (message) => {
          core.warning(revealInvisible(message));
        },
        write: (text) => process.stdout.write(text),
      },
      getIdToken: (audience) =>
        requestIdToken(
          audience,
          process.env,
          (value) => prefetch?.take(value, core) ?? core.getIDToken(value),
        ),
      setSecret: (secret) => {
        core.setSecret(secret);
      },
      env: process.env,
      aws: REAL_AWS,
    };
    // 3. Main.
    const result = await run(inputs, octokit, context, services);
    // 4. Outputs, job summary, exit status.
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    // Outside a runner (a local try-out) there is no summary file to write to.
    if (result.summary !== '' && (process.env['GITHUB_STEP_SUMMARY'] ?? '') !== '') {
      const summary = composeGitHubBody({
        content: result.summary,
        fullReport: 'the `plan-json` output of this step (or run `kms-action plan` locally)',
        limit: GITHUB_LIMITS.jobSummaryBytes,
        unit: 'utf8',
      });
      await core.summary.addRaw(summary, true).write();
    }
    if (result.failures.length > 0) {
      core.setFailed(result.failures.map((failure) => revealInvisible(failure)).join('\n'));
    }
  } catch (error) {
    core.setFailed(revealInvisible(errorMessage(error)));
  } finally {
    prefetch?.release();
  }
}
