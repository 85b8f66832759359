import { ManifestError } from '../core/errors.ts';
import type { PlanJson } from '../core/json-contracts.ts';
import { renderPlanJson } from '../core/render/render-plan-json.ts';
import type { ManifestOptions, ManifestSource } from './library-options.ts';
import { readManifestSource } from './read-manifest-source.ts';

export type DriftOptions = ManifestSource &
  ManifestOptions & {
    /** As for `plan`: a role assumed in each account; default the ambient credentials. */
    roleToAssume?: string;
  };

/**
 * `kms-action drift --format json` without `--repair`: the plan of the whole manifest against
 * the live keys (read-only), without lint findings. Drift is `summary.has_changes`; problems
 * (e.g. an orphan) are in `problems`. It never repairs: undoing an out-of-band deletion is a
 * write, left to the CLI and the Action.
 */
export async function drift(options: DriftOptions): Promise<PlanJson> {
  const result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  // Loaded on first use: importing the library for validate or access loads no AWS SDK.
  const { prepareRolePlan } = await import('../adapters/aws/prepare-role-plan.ts');
  const prepared = await prepareRolePlan(result.desired, {
    roleToAssume: options.roleToAssume,
    env: options.env ?? process.env,
  });
  try {
    return renderPlanJson(prepared.plan);
  } finally {
    prepared.clients.destroy();
  }
}
