import { applyRoleOf } from './apply-role-of.ts';
import type { ApplyResult } from '../adapters/aws/apply-plan.ts';
import type { Octokit } from '../adapters/github/create-octokit.ts';
import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { syncDriftIssue } from '../adapters/github/sync-drift-issue.ts';
import { errorMessage } from '../core/errors.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import { describeChange } from '../core/render/describe-change.ts';
import {
  escapeMarkdown,
  inlineCode,
  linkDestination,
  plainText,
  revealInvisible,
} from '../core/render/escape-markdown.ts';
import { runUrl, type ActionContext } from './action-context.ts';
import { outputsOf, type ActionResult } from './action-result.ts';
import type { ActionServices } from './action-services.ts';
import { credentialsForRole, stsRegionOf } from './credentials-for-role.ts';
import type { ActionInputs } from './get-action-inputs.ts';
import { driftIssueMarker } from './markers.ts';
import { maskAccountIds } from './mask-account-ids.ts';
import { readActionManifest } from './read-action-manifest.ts';
import { roleForMode } from './role-for-mode.ts';
import { renderDriftReport } from './render-drift-report.ts';
import { selectDriftRepairs } from '../core/plan/select-drift-repairs.ts';
import { tokenLogin } from './token-login.ts';
import { writeAnnotations } from './write-annotations.ts';
import { countNoun } from '../core/render/count-noun.ts';

/**
 * Mode `drift` (on a schedule): plan against the live keys; with `on-drift: cancel-deletion`
 * undo out-of-band deletions and disables of keys the manifest says are enabled; keep one
 * `kms-drift` issue per manifest open while drift lasts, and close it when it is gone.
 */
export async function runDriftMode(
  inputs: ActionInputs,
  octokit: Octokit,
  context: ActionContext,
  services: ActionServices,
  now: () => Date = () => new Date(),
): Promise<ActionResult> {
  const failures: string[] = [];

  // 1. Read and validate the manifest.
  const manifest = await readActionManifest(
    context.workspace,
    inputs.manifest,
    `${context.repo.owner}/${context.repo.repo}`,
  );
  if (!manifest.result.ok) {
    writeAnnotations(services.log, [], manifest.result.problems);
    const reason = `${inputs.manifest} is invalid (${countNoun(manifest.result.problems.length, 'problem')}, see the annotations): drift not checked`;
    return {
      mode: 'drift',
      outputs: outputsOf(undefined, [], 0),
      summary: `### KMS drift in ${inlineCode(inputs.manifest)}\n\n❌ ${escapeMarkdown(reason)}\n`,
      failures: [reason],
    };
  }
  const { desired } = manifest.result;
  maskAccountIds(inputs, desired, services);

  // 2. Plan against the live keys. Repairs write, so they use the apply role.
  const repairing = inputs.onDrift === 'cancel-deletion';
  const role = roleForMode('drift', inputs);
  const stsRegion = stsRegionOf(inputs, services.env, desired.keys[0]?.region);
  const prepared = await services.aws.prepare(desired, {
    credentialsFor: credentialsForRole(role, inputs, context, services, stsRegion),
    stsRegion,
    ...(inputs.roleToAssume === undefined ? {} : { applierFor: applyRoleOf(inputs.roleToAssume) }),
  });
  try {
    const detected = prepared.plan;
    const drift = detected.changes.length + detected.problems.length > 0;
    services.log.info(
      drift
        ? `Drift in ${inputs.manifest}: ${countNoun(detected.changes.length, 'change')}, ${countNoun(detected.problems.length, 'problem')}`
        : `No drift in ${inputs.manifest}`,
    );

    // 3. The ransomware shield: bring back keys the manifest says are enabled.
    let repair: ApplyResult | undefined;
    let remaining: Plan | undefined;
    const repairs = repairing ? selectDriftRepairs(desired, detected.changes) : [];
    if (repairs.length > 0) {
      repair = await services.aws.apply(
        { ...detected, changes: repairs, problems: [] },
        {
          clients: prepared.clients,
          allowDestructive: false,
          onProgress: (event) => {
            if (event.type === 'start')
              services.log.info(
                revealInvisible(
                  `repairing ${event.change.address}: ${describeChange(event.change)}`,
                ),
              );
          },
        },
      );
      if (repair.failed !== undefined) {
        failures.push(
          `repair failed at ${repair.failed.change.address}: ${repair.failed.error.message}`,
        );
      }
      remaining = (await services.aws.refresh(prepared)).plan;
    }

    // 4. One kms-drift issue per manifest: open or update while drift lasts, close when gone.
    const marker = driftIssueMarker(inputs.manifest);
    const report = renderDriftReport({
      manifest: inputs.manifest,
      detected,
      ...(repair === undefined ? {} : { repair }),
      ...(remaining === undefined ? {} : { remaining }),
      runUrl: runUrl(context),
      checkedAt: now().toISOString(),
      now: now(),
    });
    try {
      const issue = await syncDriftIssue(octokit, {
        ...context.repo,
        marker,
        title: plainText(`KMS drift in ${inputs.manifest}`),
        body: drift
          ? composeGitHubBody({
              marker,
              content: report,
              fullReport: `the [job summary](${runUrl(context)})`,
              limit: GITHUB_LIMITS.issueBody,
            })
          : undefined,
        login: await tokenLogin(octokit, services),
        closingComment: `✅ No drift in ${inlineCode(inputs.manifest)} any more ([run](${linkDestination(runUrl(context))})): the live keys match the manifest.`,
      });
      if (issue.action !== 'none')
        services.log.info(`Drift issue #${issue.number} ${issue.action}: ${issue.url}`);
    } catch (error) {
      failures.push(errorMessage(error));
    }

    // 5. Outputs: the drift found.
    return {
      mode: 'drift',
      outputs: outputsOf(detected, [], repair?.applied.length ?? 0),
      summary: `${report}\n<sub>[Workflow run](${runUrl(context)})</sub>\n`,
      failures,
    };
  } finally {
    prepared.clients.destroy();
  }
}
