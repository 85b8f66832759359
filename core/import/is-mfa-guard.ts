import { toList } from '../policy/to-list.ts';
import type { PolicyStatement } from '../policy/types.ts';

/**
 * Whether a Deny statement's condition is exactly the MFA guard `require_mfa_for` generates:
 * `Bool` or `BoolIfExists` `aws:MultiFactorAuthPresent` `false`, nothing else.
 */
export function isMfaGuard(statement: PolicyStatement): boolean {
  const entries = Object.entries(statement.Condition ?? {});
  if (entries.length !== 1) return false;
  const [operator = '', values = {}] = entries[0] ?? [];
  const keys = Object.entries(values);
  return (
    ['boolifexists', 'bool'].includes(operator.toLowerCase()) &&
    keys.length === 1 &&
    keys[0]?.[0].toLowerCase() === 'aws:multifactorauthpresent' &&
    toList(keys[0][1]).join() === 'false'
  );
}
