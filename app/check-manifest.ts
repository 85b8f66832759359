import { errorMessage } from '../core/errors.ts';
import { compareLintConfig } from '../core/lint/compare-lint-config.ts';
import { runLint } from '../core/lint/run-lint.ts';
import type { DesiredState } from '../core/manifest/desired-state.ts';
import { MAX_MANIFEST_BYTES } from '../core/manifest/load-manifest.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import type { Planner } from './create-aws-planner.ts';
import { describeReadError } from './describe-read-error.ts';
import { readRepositoryFile } from './read-repository-file.ts';
import type {
  GitHub,
  ManifestEntry,
  ManifestReport,
  PlanOutcome,
  PullRequestTarget,
} from './types.ts';

/**
 * Reads one manifest at the head commit, validates and lints it (severities from the base
 * branch's manifest, as the Action does) and plans it when a planner is configured.
 * `undefined`: nothing to check (the default `kms.yaml` exists neither at head nor base).
 */
export async function checkManifest(
  octokit: GitHub,
  target: PullRequestTarget,
  entry: ManifestEntry,
  planner: Planner | undefined,
): Promise<ManifestReport | undefined> {
  const location = { owner: target.owner, repo: target.repo, path: entry.path };
  const [head, base] = await Promise.all([
    readRepositoryFile(octokit, { ...location, ref: target.headSha }, MAX_MANIFEST_BYTES),
    readRepositoryFile(octokit, { ...location, ref: target.baseSha }, MAX_MANIFEST_BYTES),
  ]);
  const report: ManifestReport = {
    path: entry.path,
    problems: [],
    findings: [],
    notes: [],
    plan: { kind: 'skipped', reason: 'the manifest could not be read' },
  };
  if (head.kind !== 'file') {
    if (head.kind === 'missing' && !entry.explicit && base.kind !== 'file') return undefined;
    return {
      ...report,
      readError: describeReadError(entry.path, target.headSha, head, entry.explicit),
    };
  }

  const options = { repository: `${target.owner}/${target.repo}`, manifestPath: entry.path };
  const result = readManifest(entry.path, head.content, options);
  if (!result.ok) {
    return {
      ...report,
      problems: result.problems,
      plan: { kind: 'skipped', reason: 'the manifest is invalid' },
    };
  }

  let baseDesired: DesiredState | undefined;
  if (base.kind === 'file') {
    const baseResult = readManifest(entry.path, base.content, options);
    if (baseResult.ok) baseDesired = baseResult.desired;
    else
      report.notes.push(
        `The base branch's ${entry.path} is invalid, so lint severities and suppressions are the built-in defaults.`,
      );
  } else if (base.kind !== 'missing') {
    report.notes.push(
      `The base branch's ${entry.path} could not be read, so lint severities and suppressions are the built-in defaults.`,
    );
  }
  const comparison = compareLintConfig(baseDesired, result.desired);
  const findings = [
    ...comparison.findings,
    ...runLint(result.desired, { config: comparison.config }),
  ].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));

  return {
    ...report,
    findings,
    keyCount: result.desired.keys.length,
    plan: await planOutcome(result.desired, planner),
  };
}

async function planOutcome(
  desired: DesiredState,
  planner: Planner | undefined,
): Promise<PlanOutcome> {
  if (planner === undefined) return { kind: 'not-configured' };
  try {
    return { kind: 'planned', plan: await planner(desired) };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}
