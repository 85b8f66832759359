import type { Logger } from 'probot';
import { errorMessage } from '../core/errors.ts';
import { checkManifest } from './check-manifest.ts';
import { createCheckRun } from './create-check-run.ts';
import { createConfigCheckRun } from './create-config-check-run.ts';
import type { Planner } from './create-aws-planner.ts';
import { findManifests } from './find-manifests.ts';
import { listChangedLines } from './list-changed-lines.ts';
import { syncReviewComments } from './review-comments.ts';
import { selectReviewComments } from './select-review-comments.ts';
import type { GitHub, ManifestEntry, ManifestReport, PullRequestTarget } from './types.ts';
import { countNoun } from '../core/render/count-noun.ts';

export interface CheckPullRequestDeps {
  octokit: GitHub;
  planner: Planner | undefined;
  botLogin: () => Promise<string>;
  log: Logger;
}

/** Checks every manifest of a pull request and reports on it: check runs, then a review. */
export async function checkPullRequest(
  deps: CheckPullRequestDeps,
  target: PullRequestTarget,
): Promise<void> {
  const { octokit } = deps;
  // 1. Which manifests: `.github/kms-action.yml` at base and head, else `kms.yaml`.
  const { manifests, configProblems } = await findManifests(octokit, target);
  if (configProblems.length > 0) await createConfigCheckRun(octokit, target, configProblems);

  // 2. Each manifest read at the head commit, validated, linted and (with AWS access) planned.
  const reports: ManifestReport[] = [];
  for (const entry of manifests) {
    const report = await checkManifestOrExplain(deps, target, entry);
    if (report !== undefined) reports.push(report);
  }
  if (reports.length === 0) {
    deps.log.info(
      `no manifest in ${target.owner}/${target.repo}#${target.number}: nothing to check`,
    );
    return;
  }

  // 3. One check run per manifest, named after it.
  for (const report of reports) await createCheckRun(octokit, target, report);

  // 4. Review comments on the manifest lines the pull request adds, replacing earlier ones.
  const changed = await listChangedLines(
    octokit,
    target,
    reports.map((report) => report.path),
  );
  const sync = await syncReviewComments(
    octokit,
    target,
    selectReviewComments(reports, changed),
    await deps.botLogin(),
  );
  deps.log.info(
    `${target.owner}/${target.repo}#${target.number}: ${countNoun(reports.length, 'manifest')} checked; review comments ${sync.created} new, ${sync.kept} kept, ${sync.deleted} deleted`,
  );
}

/**
 * A manifest's report; an unexpected failure becomes a failing check that says so (logged
 * with its stack) rather than a webhook error GitHub shows nowhere in the pull request.
 */
async function checkManifestOrExplain(
  deps: CheckPullRequestDeps,
  target: PullRequestTarget,
  entry: ManifestEntry,
): Promise<ManifestReport | undefined> {
  try {
    return await checkManifest(deps.octokit, target, entry, deps.planner);
  } catch (error) {
    deps.log.error({ err: error }, `checking ${entry.path} failed`);
    return {
      path: entry.path,
      readError: {
        message: `kms-action failed while checking ${entry.path}: ${errorMessage(error)}`,
        help: 're-run this check; if it fails again, report it with this message',
      },
      problems: [],
      findings: [],
      notes: [],
      plan: { kind: 'skipped', reason: 'the check failed' },
    };
  }
}
