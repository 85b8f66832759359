import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { inlineCode } from '../core/render/escape-markdown.ts';
import { checkRunName } from './create-check-run.ts';
import type { ManifestReport } from './types.ts';
import {
  REVIEW_COMMENT_MARKER,
  renderReviewComment,
  type ReviewCommentItem,
} from './views/render-review-comment.ts';

/** A review comment to post: on the new side of the diff, at a line the pull request adds. */
export interface ReviewComment {
  path: string;
  line: number;
  body: string;
}

/**
 * One comment per changed manifest line that carries problems or findings, all of them in
 * it. Lines the pull request does not add get none: their findings are in the annotations.
 */
export function selectReviewComments(
  reports: readonly ManifestReport[],
  changedLines: ReadonlyMap<string, ReadonlySet<number> | undefined>,
): ReviewComment[] {
  const comments: ReviewComment[] = [];
  for (const report of reports) {
    const added = changedLines.get(report.path);
    if (added === undefined) continue;
    const byLine = new Map<number, ReviewCommentItem[]>();
    const add = (line: number, item: ReviewCommentItem) => {
      if (added.has(line)) byLine.set(line, [...(byLine.get(line) ?? []), item]);
    };
    for (const problem of report.problems) {
      add(problem.line, {
        severity: 'error',
        rule: 'invalid-manifest',
        message: problem.message,
        help: problem.hint,
      });
    }
    for (const finding of report.findings) {
      add(finding.line, {
        severity: finding.severity,
        rule: finding.rule,
        message: finding.message,
        help: finding.help,
      });
    }
    for (const [line, items] of [...byLine].sort(([a], [b]) => a - b)) {
      const body = composeGitHubBody({
        marker: REVIEW_COMMENT_MARKER,
        content: renderReviewComment({ items }),
        fullReport: `the check run ${inlineCode(checkRunName(report.path))}`,
        limit: GITHUB_LIMITS.comment,
      });
      comments.push({ path: report.path, line, body });
    }
  }
  return comments;
}
