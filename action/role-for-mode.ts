import type { RoleChoice } from './credentials-for-role.ts';
import type { ActionInputs, ActionMode } from './get-action-inputs.ts';

/**
 * The role a mode assumes through GitHub OIDC, or `undefined` (the SDK's default chain, no
 * token): plans read with plan-role-to-assume, else role-to-assume; apply writes with
 * role-to-assume; drift reads like a plan, but its repairs (on-drift: cancel-deletion) write,
 * so they use role-to-assume. The modes and the early token request (start-id-token-prefetch)
 * both decide with this one function.
 */
export function roleForMode(
  mode: ActionMode,
  inputs: Pick<ActionInputs, 'roleToAssume' | 'planRoleToAssume' | 'onDrift'>,
): RoleChoice | undefined {
  const reads = mode === 'plan' || (mode === 'drift' && inputs.onDrift !== 'cancel-deletion');
  if (reads && inputs.planRoleToAssume !== undefined) {
    return { arn: inputs.planRoleToAssume, input: 'plan-role-to-assume' };
  }
  return inputs.roleToAssume === undefined
    ? undefined
    : { arn: inputs.roleToAssume, input: 'role-to-assume' };
}
