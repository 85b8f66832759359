import type { ActionContext } from './action-context.ts';
import type { ActionInputs } from './get-action-inputs.ts';
import { isDefaultBranchPush } from './is-default-branch-push.ts';
import { modeOfEvent } from './mode-of-event.ts';
import { refuseUnsupportedEvent } from './refuse-unsupported-event.ts';
import { roleForMode } from './role-for-mode.ts';

/**
 * The audience of the OIDC token this run will ask for, when it is known before the manifest
 * is read; `undefined` when the run requests none: a refused event, a mode it cannot tell, an
 * apply outside the default branch, a fork's pull request, no role for the mode, or a job
 * without `id-token: write`. Same decisions, from the same functions, as main.ts and the modes.
 */
export function idTokenAudienceNeeded(
  inputs: ActionInputs,
  context: Pick<ActionContext, 'eventName' | 'ref' | 'defaultBranch' | 'pullRequest'>,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (refuseUnsupportedEvent(context.eventName) !== undefined) return undefined;
  const mode = inputs.mode ?? modeOfEvent(context.eventName);
  if (mode === undefined) return undefined;
  if (mode === 'apply' && !isDefaultBranchPush(context) && !inputs.applyOutsideDefaultBranch) {
    return undefined;
  }
  if (mode === 'plan' && context.pullRequest?.fromFork === true) return undefined;
  if (roleForMode(mode, inputs) === undefined) return undefined;
  if (
    (env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '') === '' ||
    (env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] ?? '') === ''
  ) {
    return undefined;
  }
  return inputs.audience;
}
