import type { ManifestReport } from './types.ts';

export type Conclusion = 'success' | 'neutral' | 'failure';

/**
 * failure: the manifest cannot be read or is invalid, a finding is an error, or the plan has
 * problems that block apply. neutral: warnings, or the plan could not be made. success otherwise
 * (notices included).
 */
export function decideConclusion(report: ManifestReport): Conclusion {
  if (report.readError !== undefined || report.problems.length > 0) return 'failure';
  if (report.findings.some((finding) => finding.severity === 'error')) return 'failure';
  if (report.plan.kind === 'planned' && report.plan.plan.problems.length > 0) return 'failure';
  if (report.findings.some((finding) => finding.severity === 'warning')) return 'neutral';
  if (report.plan.kind === 'failed') return 'neutral';
  return 'success';
}
