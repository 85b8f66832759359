import { assumeRolePerAccount } from '../adapters/aws/assume-role.ts';
import { prepareAwsPlan } from '../adapters/aws/prepare-plan.ts';
import type { DesiredState } from '../core/manifest/desired-state.ts';
import type { Plan } from '../core/plan/plan-types.ts';
import { parsePlanAccounts } from './parse-plan-accounts.ts';

/** Plans a desired state against the live keys (read-only). */
export type Planner = (desired: DesiredState) => Promise<Plan>;

/**
 * The app's planner from its environment: `KMS_ACTION_PLAN_ROLE` (a read-only role, with
 * `{account}` for one role per account) assumed from the app's own AWS credentials, limited to
 * the accounts `KMS_ACTION_PLAN_ACCOUNTS` allows each repository. Without the role,
 * `undefined`: the app validates and lints, and the Action plans.
 * The applier's access is not predicted: the app knows the planning role, not the Action's.
 */
export function createAwsPlanner(
  env: Readonly<Record<string, string | undefined>>,
): Planner | undefined {
  const roleTemplate = env['KMS_ACTION_PLAN_ROLE'];
  if (roleTemplate === undefined || roleTemplate === '') return undefined;
  const stsRegionOf = (desired: DesiredState) =>
    env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? desired.keys[0]?.region ?? 'us-east-1';
  // Validates the configuration now: a misconfigured app fails at start, not on every event.
  assumeRolePerAccount({ roleTemplate, sessionName: 'kms-action-app', region: 'us-east-1' });
  const allowList = parsePlanAccounts(env['KMS_ACTION_PLAN_ACCOUNTS']);

  return async (desired) => {
    // The repository part of the ownership tag (`owner/name/<manifest path>`).
    const repository = desired.owner.split('/').slice(0, 2).join('/').toLowerCase();
    const allowed = allowList.get(repository) ?? allowList.get('*') ?? new Set<string>();
    const refused = [...new Set(desired.keys.map((key) => key.account))].filter(
      (account) => !allowed.has(account),
    );
    if (refused.length > 0) {
      throw new Error(
        `not planned: this app may not read account${refused.length === 1 ? '' : 's'} ${refused.join(', ')} for ${repository} ` +
          '(KMS_ACTION_PLAN_ACCOUNTS); the Action plans with the repository’s own role',
      );
    }
    const region = stsRegionOf(desired);
    const prepared = await prepareAwsPlan(desired, {
      credentialsFor: assumeRolePerAccount({ roleTemplate, sessionName: 'kms-action-app', region }),
      stsRegion: region,
      applierFor: () => undefined,
    });
    prepared.clients.destroy();
    return prepared.plan;
  };
}
