export interface ReviewBodyProps {
  /** Lines commented on in this review. */
  comments: number;
  /** Commented lines that did not fit in the review. */
  omitted: number;
}

/** The body of the app's review: a pointer to the check runs, which hold the full report. */
export function renderReviewBody(props: ReviewBodyProps): string {
  const omitted =
    props.omitted > 0
      ? ` ${props.omitted} more line${props.omitted === 1 ? '' : 's'} with findings are only in the check runs.`
      : '';
  return `**kms-action** found problems on ${props.comments} line${props.comments === 1 ? '' : 's'} this pull request changes.${omitted} The check runs list every finding of the manifests.`;
}
