import { KMS_ACTIONS } from '../policy/kms-actions.ts';
import { matchWildcard } from '../policy/match-wildcard.ts';

/** Concrete KMS actions a list of (wildcard) action patterns covers. */
export function expandKmsActions(patterns: readonly string[]): Set<string> {
  return new Set(
    KMS_ACTIONS.filter((action) =>
      patterns.some((pattern) => matchWildcard(pattern, action, true)),
    ),
  );
}
