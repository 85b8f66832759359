import type { Octokit } from './create-octokit.ts';
import { listIssueComments, type IssueComment, type IssueRef } from './list-issue-comments.ts';
import { hasMarkerLine } from './marker-line.ts';

export type { IssueRef } from './list-issue-comments.ts';

export interface StickyComment {
  id: number;
  body: string;
  url: string;
  /** When the comment was last written (ISO 8601, as GitHub gives it). */
  updatedAt: string;
}

/**
 * The comment on an issue or pull request that `login` (the identity the token posts as)
 * wrote with `marker` as its first line. A comment by anyone else, or with the marker
 * anywhere but the first line (quoted, or inside rendered manifest text), is ignored: at
 * apply time the plan comment's fingerprint decides what was reviewed, so only the Action
 * may write it. An unknown login (`undefined`) finds nothing: fail closed. `listed`: the
 * comments already listed in this run (else they are listed here).
 */
export async function findStickyComment(
  octokit: Octokit,
  target: IssueRef,
  marker: string,
  login: string | undefined,
  listed?: readonly IssueComment[],
): Promise<StickyComment | undefined> {
  if (login === undefined) return undefined;
  const comments = listed ?? (await listIssueComments(octokit, target));
  const found = comments.find(
    (comment) => comment.login === login && hasMarkerLine(comment.body, marker),
  );
  return found === undefined
    ? undefined
    : { id: found.id, body: found.body, url: found.url, updatedAt: found.updatedAt };
}
