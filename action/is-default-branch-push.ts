import type { ActionContext } from './action-context.ts';

/** A push to the repository's default branch: where mode apply runs (unless told otherwise). */
export function isDefaultBranchPush(
  context: Pick<ActionContext, 'eventName' | 'defaultBranch' | 'ref'>,
): boolean {
  return (
    context.eventName === 'push' &&
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}`
  );
}
