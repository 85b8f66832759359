/**
 * Sizes GitHub refuses beyond (422 Unprocessable Entity). Character limits are compared with
 * JavaScript string length, which is never below GitHub's count of characters.
 */
export const GITHUB_LIMITS = {
  /** Issue and pull request comments, review comments and review bodies. */
  comment: 65_536,
  /** Issue bodies. */
  issueBody: 65_536,
  /** A check run's `output.summary` and `output.text` each. */
  checkRunOutput: 65_535,
  /** A job summary (`$GITHUB_STEP_SUMMARY`), in bytes. */
  jobSummaryBytes: 1_048_576,
} as const;
