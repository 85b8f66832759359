/**
 * The events the Action runs on. Any other event is refused before anything else runs (no
 * manifest read, no OIDC token, no AWS call).
 *
 * `pull_request_target` in particular: it runs in the base repository's context, with its
 * secrets, its OIDC token and a write token, but checks out the base branch by default (a
 * plan of what is already merged, not of the pull request), and a workflow that checks out
 * the pull request's head instead runs a fork's files with those credentials. `pull_request`
 * does what is wanted: branches of this repository are planned, forks are validated and
 * linted without credentials.
 */
export const SUPPORTED_EVENTS = ['pull_request', 'push', 'schedule', 'workflow_dispatch'] as const;

/** Why the Action refuses to run on `eventName`, or `undefined` when it supports it. */
export function refuseUnsupportedEvent(eventName: string): string | undefined {
  if ((SUPPORTED_EVENTS as readonly string[]).includes(eventName)) return undefined;
  if (eventName === 'pull_request_target') {
    return (
      "kms-action refuses to run on a 'pull_request_target' event: that event checks out the base branch " +
      "(the plan would not show the pull request's changes), and a workflow that checks out the pull request's head " +
      "instead runs a fork's files with this repository's secrets and OIDC token. " +
      "Trigger the workflow with 'on: pull_request': branches of this repository are planned, " +
      'pull requests from forks are validated and linted without credentials.'
    );
  }
  return (
    `kms-action does not run on a '${eventName}' event: it runs on pull_request (plan), ` +
    'push to the default branch (apply), schedule (drift) and workflow_dispatch (with the input mode). ' +
    'Trigger the workflow with one of those events.'
  );
}
