import type { Finding, Severity } from './types.ts';

/** The least severity that fails a run, or `never`. */
export type FailOn = Severity | 'never';

export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

const RANK: Readonly<Record<Severity, number>> = { notice: 1, warning: 2, error: 3 };

/** True when some finding is at least as severe as `failOn`. */
export function reachesFailOn(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}
