import type { DesiredState } from '../core/manifest/desired-state.ts';
import type { ActionServices } from './action-services.ts';
import type { ActionInputs } from './get-action-inputs.ts';

/**
 * Input `mask-aws-account-id` (as aws-actions/configure-aws-credentials names it): every
 * 12-digit account id of the role inputs and of the manifest's keys becomes a secret, so the
 * runner masks it in the rest of the log. Account ids are not secret (AWS), hence off by
 * default; the plan comment, posted through the API, still shows them.
 */
export function maskAccountIds(
  inputs: ActionInputs,
  desired: DesiredState | undefined,
  services: Pick<ActionServices, 'setSecret'>,
): void {
  if (!inputs.maskAwsAccountId) return;
  const ids = new Set<string>();
  for (const role of [inputs.roleToAssume, inputs.planRoleToAssume, inputs.applyRole]) {
    const account = role?.split(':')[4];
    if (account !== undefined && /^[0-9]{12}$/.test(account)) ids.add(account);
  }
  for (const key of desired?.keys ?? []) ids.add(key.account);
  for (const id of [...ids].sort()) services.setSecret(id);
}
