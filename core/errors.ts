import type { ManifestProblem } from './json-contracts.ts';

/** Invalid manifest: carries every located problem found, not just the first. */
export class ManifestError extends Error {
  override name = 'ManifestError';
  readonly problems: readonly ManifestProblem[];

  constructor(problems: readonly ManifestProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/** The plan cannot be built or applied safely (orphans, immutable changes, lockout). */
export class PlanError extends Error {
  override name = 'PlanError';
}

/** AWS refused or failed a call; the message says which call, on what, and what to check. */
export class AwsAccessError extends Error {
  override name = 'AwsAccessError';
}

/** Invalid command-line usage or action input. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export function formatProblem(problem: ManifestProblem): string {
  const hint = problem.hint === undefined ? '' : ` (${problem.hint})`;
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}${hint}`;
}
