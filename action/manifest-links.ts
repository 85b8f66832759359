import type { ActionContext } from './action-context.ts';

/** Link to a line of the manifest at a commit, for comments and issues. */
export function manifestLineUrl(
  context: ActionContext,
  manifestPath: string,
  sha: string,
): (line: number) => string {
  const path = manifestPath.split('/').map(encodeURIComponent).join('/');
  return (line) =>
    `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${sha}/${path}#L${line}`;
}
