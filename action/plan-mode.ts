import type { Octokit } from '../adapters/github/create-octokit.ts';
import { composeGitHubBody } from '../adapters/github/compose-github-body.ts';
import { GITHUB_LIMITS } from '../adapters/github/github-limits.ts';
import { readFileFromRepo } from '../adapters/github/read-file-from-repo.ts';
import { upsertStickyComment } from '../adapters/github/upsert-sticky-comment.ts';
import { errorMessage } from '../core/errors.ts';
import { reachesFailOn } from '../core/lint/reaches-fail-on.ts';
import type { DesiredState } from '../core/manifest/desired-state.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { addFormerScopes } from '../core/plan/add-former-scopes.ts';
import { withoutFormerScopes } from '../core/plan/without-former-scopes.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import { escapeMarkdown, inlineCode } from '../core/render/escape-markdown.ts';
import { renderPlanMarkdown } from '../core/render/render-plan-markdown.ts';
import { runUrl, type ActionContext } from './action-context.ts';
import { outputsOf, type ActionResult } from './action-result.ts';
import type { ActionServices } from './action-services.ts';
import { credentialsForRole, stsRegionOf, type RoleChoice } from './credentials-for-role.ts';
import type { ActionInputs } from './get-action-inputs.ts';
import { lintManifest } from './lint-manifest.ts';
import { manifestLineUrl } from './manifest-links.ts';
import { planCommentMarker } from './markers.ts';
import { computeFingerprint, renderFingerprint, type PlanFingerprint } from './plan-fingerprint.ts';
import { maskAccountIds } from './mask-account-ids.ts';
import { readActionManifest } from './read-action-manifest.ts';
import { roleForMode } from './role-for-mode.ts';
import { renderFindingsMarkdown, renderProblemsMarkdown } from './render-findings-markdown.ts';
import { tokenLogin } from './token-login.ts';
import { writeAnnotations } from './write-annotations.ts';
import { countNoun } from '../core/render/count-noun.ts';

/**
 * Mode `plan` (pull requests): validate, lint, plan against the live keys, and report in one
 * sticky comment per manifest and in the job summary. A fork's pull request gets no
 * credentials: it is validated and linted only.
 */
export async function runPlanMode(
  inputs: ActionInputs,
  octokit: Octokit,
  context: ActionContext,
  services: ActionServices,
): Promise<ActionResult> {
  const failures: string[] = [];
  const pull = context.pullRequest;
  const lineUrl = manifestLineUrl(context, inputs.manifest, pull?.headSha ?? context.sha);
  const title = `### kms-action plan for ${inlineCode(inputs.manifest)}`;
  const footer = `<sub>[Workflow run](${runUrl(context)})</sub>`;

  const deliver = async (report: string, fingerprint?: PlanFingerprint): Promise<string> => {
    const summary = `${report.trimEnd()}\n\n${footer}\n`;
    if (pull === undefined || !inputs.comment) return summary;
    const marker = planCommentMarker(inputs.manifest);
    const rendered = fingerprint === undefined ? undefined : renderFingerprint(fingerprint);
    // The marker, then the fingerprint: lines 1 and 2, kept whole however long the plan.
    // Without a plan, line 2 still holds fixed text, so no report text is where apply reads.
    const body = composeGitHubBody({
      marker,
      head: rendered?.hidden ?? '<!-- kms-action: no plan, no fingerprint -->',
      content: report.trimEnd(),
      tail: rendered === undefined ? footer : `${footer}\n${rendered.visible}`,
      fullReport: `the [job summary](${runUrl(context)})`,
      limit: GITHUB_LIMITS.comment,
    });
    try {
      const comment = await upsertStickyComment(
        octokit,
        { ...context.repo, number: pull.number },
        marker,
        body,
        await tokenLogin(octokit, services),
      );
      services.log.info(
        `${comment.created ? 'Posted' : 'Updated'} the plan comment: ${comment.url}`,
      );
    } catch (error) {
      // A fork's token is read-only: the job summary and annotations still carry the report.
      if (pull.fromFork) services.log.warning(errorMessage(error));
      else failures.push(errorMessage(error));
    }
    return summary;
  };

  // 1. Read and validate the manifest.
  const manifest = await readActionManifest(
    context.workspace,
    inputs.manifest,
    `${context.repo.owner}/${context.repo.repo}`,
  );
  if (!manifest.result.ok) {
    const { problems } = manifest.result;
    writeAnnotations(services.log, [], problems);
    const report = [
      title,
      '',
      `❌ **The manifest is invalid** (${problems.length} problem${problems.length === 1 ? '' : 's'}): nothing was planned.`,
      '',
      renderProblemsMarkdown(problems, lineUrl),
    ].join('\n');
    failures.push(
      `${inputs.manifest} is invalid: ${countNoun(problems.length, 'problem')}, see the annotations`,
    );
    return {
      mode: 'plan',
      outputs: outputsOf(undefined, [], 0),
      summary: await deliver(report),
      failures,
    };
  }
  const { desired } = manifest.result;
  maskAccountIds(inputs, desired, services);

  // 2. Lint, with the base branch's severities and suppressions on a pull request.
  const base =
    pull === undefined ? undefined : await readBaseDesired(octokit, context, inputs, services);
  // The base's accounts are read too (its former scopes): masked like the manifest's.
  if (base?.desired !== undefined) maskAccountIds(inputs, base.desired, services);
  // Without the base, keys it has where this manifest no longer reads cannot be checked for
  // orphans: the check fails rather than pass without them (a retry usually reads it).
  if (base?.unreadable !== undefined) {
    failures.push(
      `cannot read the base branch's ${inputs.manifest} (${base.unreadable}): the keys it has in accounts and Regions this manifest no longer has keys in were not checked for orphans; run the check again`,
    );
  }
  const findings = lintManifest(desired, base);
  writeAnnotations(services.log, findings);
  if (reachesFailOn(findings, inputs.failOn)) {
    failures.push(`lint findings at or above fail-on '${inputs.failOn}', see the annotations`);
  }
  const findingsSection = renderFindingsMarkdown(findings, lineUrl);

  // 3. A fork's pull request: no credentials are requested, so no live plan.
  if (pull?.fromFork === true) {
    const report = [
      title,
      '',
      '> [!NOTE]',
      '> This pull request comes from a fork: it gets no AWS credentials, so it was validated and linted but **not planned** against the live keys. ' +
        "Planning needs a maintainer's run: a maintainer can push the branch to this repository (or run the workflow for it) to get the plan.",
      '',
      `✅ The manifest is valid (${desired.keys.length} key${desired.keys.length === 1 ? '' : 's'}).`,
      '',
      findingsSection,
    ].join('\n');
    return {
      mode: 'plan',
      outputs: outputsOf(undefined, findings, 0),
      summary: await deliver(report),
      failures,
    };
  }

  // 4. Plan against the live keys, read-only.
  const role = roleForMode('plan', inputs);
  const applier = applierOf(inputs, role?.input);
  if (applier.unchecked !== undefined) services.log.warning(applier.unchecked);
  let plan: Plan;
  let fingerprint: PlanFingerprint;
  try {
    const stsRegion = stsRegionOf(inputs, services.env, desired.keys[0]?.region);
    // Keys the base branch has in an account or Region this manifest no longer has keys in are
    // read too, so that removing them is an orphan problem here as well.
    const prepared = await services.aws.prepare(addFormerScopes(desired, base?.desired), {
      credentialsFor: credentialsForRole(role, inputs, context, services, stsRegion),
      stsRegion,
      ...(applier.applierFor === undefined ? {} : { applierFor: applier.applierFor }),
    });
    prepared.clients.destroy();
    plan = prepared.plan;
    fingerprint = computeFingerprint({
      base: pull?.baseSha ?? context.sha,
      manifestSha256: manifest.sha256,
      // Apply reads only the manifest's own accounts and Regions: so does the digest.
      live: withoutFormerScopes(prepared.live, prepared.desired),
      plan,
    });
  } catch (error) {
    const message = errorMessage(error);
    failures.push(`planning failed: ${message}`);
    const report = [
      title,
      '',
      `❌ **Planning failed**: ${escapeMarkdown(message)}`,
      '',
      findingsSection,
    ].join('\n');
    return {
      mode: 'plan',
      outputs: outputsOf(undefined, findings, 0),
      summary: await deliver(report),
      failures,
    };
  }
  if (plan.problems.length > 0) {
    failures.push(
      `the plan has ${countNoun(plan.problems.length, 'problem')} that apply would refuse: ${plan.problems.map((problem) => problem.message).join('; ')}`,
    );
  }

  // 5. Report: the sticky comment (cut to GitHub's limit), the job summary in full.
  services.log.info(
    `Plan for ${inputs.manifest}: ${countNoun(plan.changes.length, 'change')}, ${plan.summary.byRisk.destructive} destructive, ${countNoun(plan.problems.length, 'problem')}`,
  );
  const report = [
    renderPlanMarkdown(plan, { now: new Date() }),
    ...(applier.unchecked === undefined ? [] : [`> [!WARNING]\n> ${applier.unchecked}\n`]),
    findingsSection,
  ].join('\n');
  const summary = await deliver(report, fingerprint);

  // 6. Outputs.
  return { mode: 'plan', outputs: outputsOf(plan, findings, 0), summary, failures };
}

/**
 * The base branch's manifest (lint severities and suppressions come from it). New in this
 * pull request, invalid, or unreadable: compared with the built-in defaults, the strictest.
 */
async function readBaseDesired(
  octokit: Octokit,
  context: ActionContext,
  inputs: ActionInputs,
  services: ActionServices,
): Promise<{ desired: DesiredState | undefined; unreadable?: string }> {
  const pull = context.pullRequest;
  if (pull === undefined || pull.baseSha === '') return { desired: undefined };
  try {
    const text = await readFileFromRepo(octokit, {
      ...context.repo,
      path: inputs.manifest,
      ref: pull.baseSha,
    });
    if (text === undefined) return { desired: undefined };
    const base = readManifest(inputs.manifest, text, {
      repository: `${context.repo.owner}/${context.repo.repo}`,
      manifestPath: inputs.manifest,
    });
    if (base.ok) return { desired: base.desired };
    services.log.warning(
      `the base branch's ${inputs.manifest} is invalid: lint severities and suppressions fall back to the built-in defaults, and keys it may have in accounts or Regions this manifest no longer has keys in are not checked for orphans`,
    );
  } catch (error) {
    services.log.warning(
      `cannot read the base branch's ${inputs.manifest} (${errorMessage(error)}): lint severities and suppressions fall back to the built-in defaults`,
    );
    return { desired: undefined, unreadable: errorMessage(error) };
  }
  return { desired: undefined };
}

/**
 * Whose access the plan predicts (MFA guard, lockout): `apply-role` when set (never assumed);
 * else `role-to-assume` (the role that applies, whether or not a read-only plan role plans);
 * else the caller, who then is the one that applies. A plan role without either leaves the applier unknown: not checked, and said so.
 */
function applierOf(
  inputs: ActionInputs,
  planningInput: RoleChoice['input'] | undefined,
): { applierFor?: (account: string) => string | undefined; unchecked?: string } {
  // The role's own ARN carries its path, which a session ARN does not (aws:PrincipalArn).
  const template = inputs.applyRole ?? inputs.roleToAssume;
  if (template !== undefined) {
    return { applierFor: (account) => template.replace('{account}', account) };
  }
  if (planningInput !== 'plan-role-to-assume') return {};
  return {
    applierFor: () => undefined,
    unchecked:
      "This plan does not check whether the role that applies on merge may make each change (MFA guard, lockout): set the input 'apply-role' to that role (e.g. 'arn:aws:iam::{account}:role/kms-action-apply'; it is never assumed), or a change it cannot make fails only after the merge.",
  };
}
