import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { inlineCode } from '../core/render/escape-markdown.ts';
import { buildAnnotations, type Annotation } from './build-annotations.ts';
import { decideConclusion, type Conclusion } from './decide-conclusion.ts';
import type { GitHub, ManifestReport, PullRequestTarget } from './types.ts';
import { renderCheckSummary } from './views/render-check-summary.ts';
import { renderCheckTitle } from './views/render-check-title.ts';
import { renderPlanDetails } from './views/render-plan-details.ts';

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations posted per check run at most (20 requests); the summary says when more exist. */
export const MAX_ANNOTATIONS = 1000;
/** Findings listed in the summary table. */
const SUMMARY_LIST_LIMIT = 100;

/** Name of a manifest's check run; re-runs find their manifest by it. */
export function checkRunName(path: string): string {
  return `kms-action: ${path}`;
}

/**
 * Creates the completed check run of one manifest on the head commit: conclusion, title,
 * summary, the plan as details, and the annotations in batches of 50 (the first batch with
 * the creation, the rest as updates, as the Checks API requires).
 */
export async function createCheckRun(
  octokit: GitHub,
  target: PullRequestTarget,
  report: ManifestReport,
): Promise<{ id: number; conclusion: Conclusion }> {
  const conclusion = decideConclusion(report);
  const all = buildAnnotations(report);
  const annotations = all.slice(0, MAX_ANNOTATIONS);
  const title = renderCheckTitle({
    path: report.path,
    unreadable: report.readError !== undefined,
    problems: report.problems.length,
    errors: report.findings.filter((finding) => finding.severity === 'error').length,
    warnings: report.findings.filter((finding) => finding.severity === 'warning').length,
    notices: report.findings.filter((finding) => finding.severity === 'notice').length,
    keyCount: report.keyCount,
  });
  const fullReport = `the annotations of this check run (every finding) and in the output of ${inlineCode(`kms-action plan -f ${report.path}`)} (the whole plan)`;
  const summary = composeGitHubBody({
    content: renderCheckSummary({
      path: report.path,
      conclusion,
      readError: report.readError,
      problems: report.problems,
      findings: report.findings,
      keyCount: report.keyCount,
      notes: report.notes,
      plan: report.plan,
      listLimit: SUMMARY_LIST_LIMIT,
      annotationsPosted: annotations.length,
      annotationsTotal: all.length,
    }),
    fullReport,
    limit: GITHUB_LIMITS.checkRunOutput,
  });
  const details = renderPlanDetails({ plan: report.plan, now: new Date() });
  const text =
    details === ''
      ? ''
      : composeGitHubBody({ content: details, fullReport, limit: GITHUB_LIMITS.checkRunOutput });
  const output = (batch: Annotation[]) => ({
    title,
    summary,
    ...(text === '' ? {} : { text }),
    ...(batch.length === 0 ? {} : { annotations: batch }),
  });

  const batches = chunk(annotations, ANNOTATIONS_PER_REQUEST);
  const { data } = await octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: checkRunName(report.path),
    head_sha: target.headSha,
    external_id: String(target.number),
    status: 'completed',
    conclusion,
    output: output(batches[0] ?? []),
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: data.id,
      output: output(batch),
    });
  }
  return { id: data.id, conclusion };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    chunks.push(items.slice(index, index + size));
  }
  return chunks;
}
