import { ManifestError } from '../core/errors.ts';
import { runLint } from '../core/lint/run-lint.ts';
import { selectTargetKeys } from '../core/plan/select-target-keys.ts';
import { renderFindingsJson } from '../core/render/render-findings-json.ts';
import type { PlanJson } from '../core/json-contracts.ts';
import { renderPlanJson } from '../core/render/render-plan-json.ts';
import type { ManifestOptions, ManifestSource } from './library-options.ts';
import { checkStringList } from './check-string-list.ts';
import { readManifestSource } from './read-manifest-source.ts';

export type PlanOptions = ManifestSource &
  ManifestOptions & {
    /**
     * `--role-to-assume`: a role assumed in each account from the ambient credentials,
     * `{account}` standing for the 12-digit id (`arn:aws:iam::{account}:role/kms-admin`).
     * Default: the ambient credentials of the SDK's standard chain, which must belong to the
     * keys' account.
     */
    roleToAssume?: string;
    /** `--target`: plan only these keys, their aliases and grants (a partial plan). */
    targets?: readonly string[];
  };

/**
 * `kms-action plan --format json`: reads the live keys the manifest owns (read-only) and
 * returns the changes apply would make, with their risk, problems that block apply, and the
 * lint findings. Throws `ManifestError` (invalid manifest), `UsageError` (bad options or
 * file) or `AwsAccessError` (AWS refused or failed a call, or the credentials are of another
 * account).
 */
export async function plan(options: PlanOptions): Promise<PlanJson> {
  const result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  const desired = selectTargetKeys(result.desired, checkStringList(options.targets, 'targets'));
  // Loaded on first use: importing the library for validate or access loads no AWS SDK.
  const { prepareRolePlan } = await import('../adapters/aws/prepare-role-plan.ts');
  const prepared = await prepareRolePlan(desired, {
    roleToAssume: options.roleToAssume,
    env: options.env ?? process.env,
  });
  try {
    return renderPlanJson(prepared.plan, renderFindingsJson(runLint(prepared.desired)));
  } finally {
    prepared.clients.destroy();
  }
}
