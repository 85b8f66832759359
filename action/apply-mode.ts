import { applyRoleOf } from './apply-role-of.ts';
import type { ApplyResult } from '../adapters/aws/apply-plan.ts';
import type { Octokit } from '../adapters/github/create-octokit.ts';
import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { upsertStickyComment } from '../adapters/github/upsert-sticky-comment.ts';
import { errorMessage } from '../core/errors.ts';
import { reachesFailOn } from '../core/lint/reaches-fail-on.ts';
import type { Finding } from '../core/lint/types.ts';
import { digestLiveStateWithoutAwsGrants } from '../core/plan/digest-live-state-without-aws-grants.ts';
import { isAwsGrantRevoke } from '../core/plan/is-aws-grant-revoke.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import { selectDriftRepairs } from '../core/plan/select-drift-repairs.ts';
import { selectReviewedChanges } from '../core/plan/select-reviewed-changes.ts';
import { countNoun } from '../core/render/count-noun.ts';
import { describeChange } from '../core/render/describe-change.ts';
import { revealInvisible } from '../core/render/escape-markdown.ts';
import { runUrl, type ActionContext } from './action-context.ts';
import { outputsOf, type ActionResult } from './action-result.ts';
import type { ActionServices } from './action-services.ts';
import { credentialsForRole, stsRegionOf } from './credentials-for-role.ts';
import type { ActionInputs } from './get-action-inputs.ts';
import { isDefaultBranchPush } from './is-default-branch-push.ts';
import { lintManifest } from './lint-manifest.ts';
import { applyCommentMarker } from './markers.ts';
import { reviewedChangesOf } from './plan-fingerprint.ts';
import { maskAccountIds } from './mask-account-ids.ts';
import { readActionManifest } from './read-action-manifest.ts';
import { readPreviousManifest } from './read-previous-manifest.ts';
import { describeReview, readReviewedPlan } from './read-reviewed-plan.ts';
import { roleForMode } from './role-for-mode.ts';
import { renderApplyReport, type ApplyReportProps } from './render-apply-report.ts';
import { writeAnnotations } from './write-annotations.ts';

/**
 * Mode `apply` (push to the default branch): plan afresh, make only the changes reviewed on
 * the merged pull request (and drift repairs), with the admin role, and report in the job
 * summary and on the merged pull request.
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
  if (!isDefaultBranchPush(context) && !inputs.applyOutsideDefaultBranch) {
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
  const role = roleForMode('apply', inputs);
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
    const reviewedPlan = await readReviewedPlan(octokit, context, services, inputs.manifest);
    const { merged, login, fingerprint } = reviewedPlan;
    const review = describeReview(
      reviewedPlan,
      digestLiveStateWithoutAwsGrants(prepared.live),
      manifest.sha256,
    );

    // 5. Make only what was reviewed, and the drift repairs (docs/action.md, "Apply what was
    //    reviewed"): every other change is held back and reported.
    //    A repair comes only with a plan reviewed from this very manifest (without one, or from
    //    another manifest, a push the reviewers never saw may have declared the key enabled),
    //    and only when the manifest declared the key enabled before this push as well.
    const candidates =
      fingerprint?.manifest === manifest.sha256 ? selectDriftRepairs(desired, plan.changes) : [];
    const repairs =
      candidates.length === 0
        ? []
        : selectDriftRepairs(
            desired,
            candidates,
            await readPreviousManifest(octokit, context, inputs.manifest, services),
          );
    const selection = selectReviewedChanges(plan.changes, {
      reviewed:
        fingerprint === undefined || merged === undefined
          ? undefined
          : reviewedChangesOf(
              fingerprint,
              plan.changes,
              `pull request #${String(merged.number)}`,
              manifest.sha256,
            ),
      repairs,
      noReview: reviewedPlan.missing ?? 'no plan was reviewed',
    });
    const making = new Set([...selection.reviewed, ...selection.repairs]);
    const toApply = plan.changes.filter((change) => making.has(change));

    // 6. Apply. A revoke of a grant AWS operates is never passed on (the adapter would hold it
    //    back too, no grant id being named): it is reported with the held-back changes.
    let result: ApplyResult;
    if (toApply.length === 0) {
      result = { applied: [], heldBack: [] };
    } else {
      result = await services.aws.apply(
        { ...plan, changes: toApply },
        {
          clients: prepared.clients,
          allowDestructive: inputs.allowDestructive,
          onProgress: (event) => {
            // Manifest text: a line break in the log would let it start a `::command::` line.
            const what = revealInvisible(
              `${event.change.address}: ${describeChange(event.change)}`,
            );
            if (event.type === 'start') services.log.info(`applying ${what}`);
            else if (event.type === 'held-back')
              services.log.warning(`held back ${what} (${event.reason})`);
          },
        },
      );
    }
    if (selection.withheld.length > 0) {
      result = { ...result, heldBack: [...result.heldBack, ...selection.withheld] };
    }
    const failures: string[] = [];
    if (result.failed !== undefined) {
      failures.push(
        `apply failed at ${result.failed.change.address}: ${result.failed.error.message}`,
      );
    }
    if (selection.heldBack.length > 0) {
      failures.push(
        `${countNoun(selection.heldBack.length, 'change')} held back because no reviewer saw ${selection.heldBack.length === 1 ? 'it' : 'them'} (or the rest of their plan): ${listSome(selection.heldBack.map(({ change }) => revealInvisible(`${change.address} ${change.action}`)))}. ${review} ` +
          'Open a pull request so its plan shows them (or undo the out-of-band change), and merge it after review.',
      );
    }
    if (result.heldBack.length > 0) {
      const aws = result.heldBack.filter(({ change }) => isAwsGrantRevoke(change)).length;
      const others = result.heldBack.length - aws;
      services.log.warning(
        `${countNoun(result.heldBack.length, 'destructive change')} held back: ${[
          aws > 0
            ? `${countNoun(aws, 'revoke')} of grants to grantees AWS operates, which the Action never makes (keep the grant with keep_grants, or revoke it with the CLI: kms-action apply --allow-destructive --revoke-grant <id>)`
            : '',
          others > 0 ? 'set allow-destructive: true to make the others' : '',
        ]
          .filter((part) => part !== '')
          .join('; ')}`,
      );
    }

    // 7. Report: job summary, and the result on the merged pull request.
    const summary = `${report({ plan, result, review, unreviewed: selection.heldBack, repairs: selection.repairs })}\n<sub>[Workflow run](${runUrl(context)})</sub>\n`;
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
          reviewedPlan.comments,
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

/** Up to 20 entries, then how many more. */
function listSome(entries: readonly string[]): string {
  const shown = entries.slice(0, 20).join(', ');
  return entries.length > 20 ? `${shown} and ${entries.length - 20} more` : shown;
}
