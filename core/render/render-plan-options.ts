/** What the plan renderers need besides the plan. */
export interface RenderPlanOptions {
  /** A drift check: every change undoes something done outside the repository. */
  drift?: boolean;
  /** The current time, for the days left before a scheduled deletion. */
  now?: Date;
  /** The caller shows the drift alarms itself, above the plan (the drift report does). */
  omitAlarms?: boolean;
}
