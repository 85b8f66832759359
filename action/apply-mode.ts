import { applyRoleOf } from './apply-role-of.ts';
import type { ApplyResult } from '../adapters/aws/apply-plan.ts';
import type { Octokit } from '../adapters/github/create-octokit.ts';
import {
  findMergedPullRequest,
  type MergedPullRequest,
} from '../adapters/github/find-merged-pull-request.ts';
import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { findStickyComment } from '../adapters/github/find-sticky-comment.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { upsertStickyComment } from '../adapters/github/upsert-sticky-comment.ts';
import { errorMessage } from '../core/errors.ts';
import { reachesFailOn } from '../core/lint/reaches-fail-on.ts';
import type { Finding } from '../core/lint/types.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import { describeChange } from '../core/render/describe-change.ts';
import { revealInvisible } from '../core/render/escape-markdown.ts';
import { runUrl, type ActionContext } from './action-context.ts';
import { outputsOf, type ActionResult } from './action-result.ts';
import type { ActionServices } from './action-services.ts';
import { credentialsForRole, stsRegionOf } from './credentials-for-role.ts';
import type { ActionInputs } from './get-action-inputs.ts';
import { lintManifest } from './lint-manifest.ts';
import { applyCommentMarker, planCommentMarker } from './markers.ts';
import {
  destructiveChanges,
  digestDestructiveChanges,
  digestLiveState,
  parseFingerprint,
  type PlanFingerprint,
} from './plan-fingerprint.ts';
import { maskAccountIds } from './mask-account-ids.ts';
import { readActionManifest } from './read-action-manifest.ts';
import { renderApplyReport, type ApplyReportProps } from './render-apply-report.ts';
import { tokenLogin } from './token-login.ts';
import { writeAnnotations } from './write-annotations.ts';
import { countNoun } from '../core/render/count-noun.ts';

/**
 * Mode `apply` (push to the default branch): plan afresh, refuse destructive changes that no
 * reviewer saw, apply with the admin role, and report in the job summary and on the merged
 * pull request.
 */
export async function runApplyMode(
  inputs: ActionInputs,
  octokit: Octokit,
  context: ActionContext,
  services: ActionServices,
): Promise<ActionResult> {
  const report = (props: Omit<ApplyReportProps, 'manifest' | 'commit'>): string =>
    renderApplyReport({ manifest: inputs.manifest, commit: context.sha, ...props });
  const refuse = (reason: string, plan?: Plan, findings: Finding[] = []): ActionResult => ({
    mode: 'apply',
    outputs: outputsOf(plan, findings, 0),
    summary: report({ plan, refusal: reason }),
    failures: [`refusing to apply: ${reason}`],
  });

  // 1. Apply only what reached the default branch.
  const onDefaultBranch =
    context.eventName === 'push' &&
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}`;
  if (!onDefaultBranch && !inputs.applyOutsideDefaultBranch) {
    return refuse(
      `mode apply runs on a push to the default branch (${context.defaultBranch ?? 'unknown'}), but this run is a '${context.eventName}' event on ${context.ref || 'no ref'}. ` +
        'Use mode plan here, or set apply-outside-default-branch: true deliberately.',
    );
  }

  // 2. Read, validate and lint the manifest.
  const manifest = await readActionManifest(
    context.workspace,
    inputs.manifest,
    `${context.repo.owner}/${context.repo.repo}`,
  );
  if (!manifest.result.ok) {
    writeAnnotations(services.log, [], manifest.result.problems);
    return refuse(
      `${inputs.manifest} is invalid (${countNoun(manifest.result.problems.length, 'problem')}, see the annotations).`,
    );
  }
  const { desired } = manifest.result;
  maskAccountIds(inputs, desired, services);
  const findings = lintManifest(desired, undefined);
  writeAnnotations(services.log, findings);
  if (reachesFailOn(findings, inputs.failOn)) {
    return refuse(
      `the manifest has lint findings at or above fail-on '${inputs.failOn}' (see the annotations).`,
      undefined,
      findings,
    );
  }

  // 3. Plan afresh with the apply role: never a stale plan.
  const stsRegion = stsRegionOf(inputs, services.env, desired.keys[0]?.region);
  const role =
    inputs.roleToAssume === undefined
      ? undefined
      : { arn: inputs.roleToAssume, input: 'role-to-assume' as const };
  const prepared = await services.aws.prepare(desired, {
    credentialsFor: credentialsForRole(role, inputs, context, services, stsRegion),
    stsRegion,
    ...(inputs.roleToAssume === undefined ? {} : { applierFor: applyRoleOf(inputs.roleToAssume) }),
  });
  try {
    const { plan } = prepared;
    if (plan.problems.length > 0) {
      return refuse(
        `the plan has ${countNoun(plan.problems.length, 'problem')}: ${plan.problems.map((problem) => `[${problem.code}] ${problem.message}`).join('; ')}`,
        plan,
        findings,
      );
    }

    // 4. What the reviewers saw: the plan comment on the merged pull request.
    const branch = context.ref.replace(/^refs\/heads\//, '');
    let merged: MergedPullRequest | undefined;
    let reviewed: PlanFingerprint | undefined;
    let login: string | undefined;
    let commented = false;
    try {
      merged = await findMergedPullRequest(octokit, context.repo, context.sha, branch);
      if (merged !== undefined) {
        login = await tokenLogin(octokit, services);
        const comment = await findStickyComment(
          octokit,
          { ...context.repo, number: merged.number },
          planCommentMarker(inputs.manifest),
          login,
        );
        commented = comment !== undefined;
        reviewed = comment === undefined ? undefined : parseFingerprint(comment.body);
      }
    } catch (error) {
      services.log.warning(`cannot read the reviewed plan: ${errorMessage(error)}`);
    }

    // 5. Destructive changes that no reviewer saw are refused: the plan's destructive changes
    //    must be exactly those of the reviewed plan (same digest), else none is made.
    const liveDigest = digestLiveState(prepared.live);
    const review = describeReview(merged, commented, reviewed, liveDigest, manifest.sha256);
    const destructive = destructiveChanges(plan.changes);
    if (
      inputs.allowDestructive &&
      destructive.length > 0 &&
      reviewed?.destructive !== digestDestructiveChanges(plan.changes)
    ) {
      const shown =
        reviewed === undefined
          ? ''
          : ` (the reviewed plan showed ${reviewed.destructiveCount} destructive change(s), not these ${destructive.length})`;
      return refuse(
        `the plan holds destructive changes that no reviewer saw: ${listSome(destructive)}${shown}. ${review} ` +
          'Open a pull request so its plan shows them (or undo the out-of-band change), and merge it after review.',
        plan,
        findings,
      );
    }

    // 6. Apply.
    let result: ApplyResult;
    if (plan.changes.length === 0) {
      result = { applied: [], heldBack: [] };
    } else {
      result = await services.aws.apply(plan, {
        clients: prepared.clients,
        allowDestructive: inputs.allowDestructive,
        onProgress: (event) => {
          // Manifest text: a line break in the log would let it start a `::command::` line.
          const what = revealInvisible(`${event.change.address}: ${describeChange(event.change)}`);
          if (event.type === 'start') services.log.info(`applying ${what}`);
          else if (event.type === 'held-back')
            services.log.warning(`held back ${what} (${event.reason})`);
        },
      });
    }
    const failures: string[] = [];
    if (result.failed !== undefined) {
      failures.push(
        `apply failed at ${result.failed.change.address}: ${result.failed.error.message}`,
      );
    }
    if (result.heldBack.length > 0) {
      services.log.warning(
        `${countNoun(result.heldBack.length, 'destructive change')} held back: set allow-destructive: true to make them`,
      );
    }

    // 7. Report: job summary, and the result on the merged pull request.
    const summary = `${report({ plan, result, review })}\n<sub>[Workflow run](${runUrl(context)})</sub>\n`;
    if (
      merged !== undefined &&
      inputs.comment &&
      (plan.changes.length > 0 || result.failed !== undefined)
    ) {
      const marker = applyCommentMarker(inputs.manifest);
      try {
        await upsertStickyComment(
          octokit,
          { ...context.repo, number: merged.number },
          marker,
          composeGitHubBody({
            marker,
            content: summary,
            fullReport: `the [job summary](${runUrl(context)})`,
            limit: GITHUB_LIMITS.comment,
          }),
          login,
        );
      } catch (error) {
        services.log.warning(
          `cannot comment the result on #${merged.number}: ${errorMessage(error)}`,
        );
      }
    }
    return {
      mode: 'apply',
      outputs: outputsOf(plan, findings, result.applied.length),
      summary,
      failures,
    };
  } finally {
    prepared.clients.destroy();
  }
}

function describeReview(
  merged: MergedPullRequest | undefined,
  commented: boolean,
  reviewed: PlanFingerprint | undefined,
  liveDigest: string,
  manifestSha256: string,
): string {
  if (merged === undefined)
    return 'No merged pull request brought this commit, so no plan was reviewed.';
  if (!commented)
    return `Pull request #${merged.number} has no kms-action plan comment for this manifest, so no plan was reviewed.`;
  if (reviewed === undefined)
    return `The plan comment on pull request #${merged.number} has no valid fingerprint on its second line (missing or malformed), so no plan counts as reviewed.`;
  const live =
    reviewed.live === liveDigest
      ? 'the live state is unchanged since the plan reviewed'
      : 'the live state changed since the plan reviewed';
  const file =
    reviewed.manifest === manifestSha256
      ? 'the manifest is the one reviewed'
      : 'the manifest differs from the one reviewed (another change merged since?)';
  return `Pull request #${merged.number}: ${live}, ${file}.`;
}

/** Up to 20 entries, then how many more. */
function listSome(entries: readonly string[]): string {
  const shown = entries.slice(0, 20).join(', ');
  return entries.length > 20 ? `${shown} and ${entries.length - 20} more` : shown;
}
