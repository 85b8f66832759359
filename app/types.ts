import type { Finding } from '../core/lint/types.ts';
import type { ManifestProblem } from '../core/manifest/types.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import type { ProbotOctokit } from 'probot';

/** The installation-authenticated client a webhook handler gets from Probot. */
export type GitHub = ProbotOctokit;

/** The pull request a run checks: where manifests are read and where results are reported. */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** Commit the check runs and review comments attach to; manifests are read at it. */
  headSha: string;
  /** Base branch commit: configuration and lint severities come from it. */
  baseSha: string;
}

/** A manifest to check, and whether someone asked for it by name in the app configuration. */
export interface ManifestEntry {
  path: string;
  /** Listed in `.github/kms-action.yml` (a missing file is then an error, not a skip). */
  explicit: boolean;
}

/** What planning against the live keys gave, when the app has AWS credentials. */
export type PlanOutcome =
  | { kind: 'not-configured' }
  | { kind: 'skipped'; reason: string }
  | { kind: 'planned'; plan: Plan }
  | { kind: 'failed'; message: string };

/** Everything one manifest's check run and review comments show. */
export interface ManifestReport {
  path: string;
  /** The manifest could not be read (missing, too large, not a file, GitHub error). */
  readError?: { message: string; help: string };
  /** Located problems that make the manifest invalid (YAML, schema, names). */
  problems: ManifestProblem[];
  findings: Finding[];
  /** Number of keys, when the manifest compiled. */
  keyCount?: number;
  /** Said about the run itself, e.g. the base manifest could not be used for lint severities. */
  notes: string[];
  plan: PlanOutcome;
}
