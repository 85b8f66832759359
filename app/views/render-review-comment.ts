import { escapeMarkdown, inlineCode } from '../../core/render/escape-markdown.ts';

/** Marks the app's review comments (their first line), so a re-run finds and replaces them. */
export const REVIEW_COMMENT_MARKER = '<!-- kms-action:review-comment -->';

export interface ReviewCommentItem {
  severity: 'error' | 'warning' | 'notice';
  /** A lint rule id, or `invalid-manifest` for a schema or YAML problem. */
  rule: string;
  message: string;
  help: string | undefined;
}

export interface ReviewCommentProps {
  items: readonly ReviewCommentItem[];
}

const BADGE: Readonly<Record<ReviewCommentItem['severity'], string>> = {
  error: '🔴 **error**',
  warning: '🟠 **warning**',
  notice: '🔵 **notice**',
};

/** The content of one review comment (every problem and finding on that line), without its marker. */
export function renderReviewComment(props: ReviewCommentProps): string {
  const blocks = props.items.map((item) => {
    const help = item.help === undefined ? '' : `\n\n**Fix:** ${escapeMarkdown(item.help)}`;
    return `${BADGE[item.severity]} ${inlineCode(item.rule)}: ${escapeMarkdown(item.message)}${help}`;
  });
  return blocks.join('\n\n---\n\n');
}
