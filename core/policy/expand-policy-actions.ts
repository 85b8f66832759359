import { expandActionPattern } from './expand-action-pattern.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument, PolicyStatement } from './types.ts';

/**
 * The policy with every `Action` and `NotAction` entry replaced by the KMS actions it matches
 * (`expandActionPattern`), each distinct pattern expanded once.
 */
export function expandPolicyActions(policy: KeyPolicyDocument): KeyPolicyDocument {
  const expanded = new Map<string, string[]>();
  const expand = (patterns: string | readonly string[]): string[] => [
    ...new Set(
      toList(patterns).flatMap((pattern) => {
        let actions = expanded.get(pattern);
        if (actions === undefined) {
          actions = expandActionPattern(pattern);
          expanded.set(pattern, actions);
        }
        return actions;
      }),
    ),
  ];
  return {
    ...policy,
    Statement: policy.Statement.map((statement): PolicyStatement => {
      if (statement.Action !== undefined) return { ...statement, Action: expand(statement.Action) };
      if (statement.NotAction !== undefined)
        return { ...statement, NotAction: expand(statement.NotAction) };
      return statement;
    }),
  };
}
