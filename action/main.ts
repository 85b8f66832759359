import type { Octokit } from '../adapters/github/create-octokit.ts';
import { errorMessage } from '../core/errors.ts';
import { escapeMarkdown, inlineCode } from '../core/render/escape-markdown.ts';
import type { ActionContext } from './action-context.ts';
import { outputsOf, type ActionResult } from './action-result.ts';
import type { ActionServices } from './action-services.ts';
import { runApplyMode } from './apply-mode.ts';
import { runDriftMode } from './drift-mode.ts';
import { maskAccountIds } from './mask-account-ids.ts';
import type { ActionInputs } from './get-action-inputs.ts';
import { modeOfEvent } from './mode-of-event.ts';
import { runPlanMode } from './plan-mode.ts';
import { refuseUnsupportedEvent } from './refuse-unsupported-event.ts';

/**
 * The Action, given its inputs, a GitHub client and the run's context:
 * 1. refuse an event it does not support (pull_request_target above all), before any
 *    credential is requested; decide the mode (input, else from the event),
 * 2. run it (plan, apply or drift): each reads the manifest, talks to AWS and GitHub, and
 *    returns outputs, the job summary and the reasons to fail,
 * 3. turn an unexpected error into a failure with a summary, never a stack trace.
 */
export async function run(
  inputs: ActionInputs,
  octokit: Octokit,
  context: ActionContext,
  services: ActionServices,
): Promise<ActionResult> {
  // 1. The event, then the mode.
  const refusal = refuseUnsupportedEvent(context.eventName);
  if (refusal !== undefined) {
    return {
      mode: inputs.mode ?? 'plan',
      outputs: outputsOf(undefined, [], 0),
      summary: `### kms-action\n\n❌ **Refused**: ${escapeMarkdown(refusal)}\n`,
      failures: [refusal],
    };
  }
  const mode = inputs.mode ?? modeOfEvent(context.eventName);
  if (mode === undefined) {
    const reason = `cannot tell what to do on a '${context.eventName}' event: set the input 'mode' to plan, apply or drift`;
    return { mode: 'plan', outputs: outputsOf(undefined, [], 0), summary: '', failures: [reason] };
  }
  maskAccountIds(inputs, undefined, services);
  services.log.info(`kms-action: mode ${mode} for ${inputs.manifest} (${context.eventName} event)`);

  // 2. Run it.
  try {
    switch (mode) {
      case 'plan':
        return await runPlanMode(inputs, octokit, context, services);
      case 'apply':
        return await runApplyMode(inputs, octokit, context, services);
      case 'drift':
        return await runDriftMode(inputs, octokit, context, services);
    }
  } catch (error) {
    // 3. Errors the modes do not report themselves (AWS access, GitHub permissions, input).
    const message = errorMessage(error);
    return {
      mode,
      outputs: outputsOf(undefined, [], 0),
      summary: `### kms-action ${mode} for ${inlineCode(inputs.manifest)}\n\n❌ **Failed**: ${escapeMarkdown(message)}\n`,
      failures: [message],
    };
  }
}
