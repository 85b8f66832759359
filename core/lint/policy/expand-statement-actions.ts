import { KMS_ACTIONS } from '../../policy/kms-actions.ts';
import { matchWildcard } from '../../policy/match-wildcard.ts';
import { toList } from '../../policy/to-list.ts';
import type { PolicyStatement } from '../../policy/types.ts';

/**
 * The KMS actions (`kms:Decrypt` style) a statement's `Action` or `NotAction` covers,
 * wildcards expanded against the list of every KMS action.
 */
export function expandStatementActions(statement: PolicyStatement): string[] {
  if (statement.NotAction !== undefined) {
    const excluded = toList(statement.NotAction);
    return KMS_ACTIONS.filter(
      (action) => !excluded.some((pattern) => matchWildcard(pattern, action, true)),
    );
  }
  const patterns = toList(statement.Action);
  return KMS_ACTIONS.filter((action) =>
    patterns.some((pattern) => matchWildcard(pattern, action, true)),
  );
}
