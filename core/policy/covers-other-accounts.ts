import { callerOf, type Caller } from './evaluate-access-cell.ts';
import { parseConditionOperator } from './parse-condition-operator.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument } from './types.ts';

const ACCOUNT_KEYS = new Set(['kms:calleraccount', 'aws:principalaccount']);

/** An account no policy is about: it stands for any account the policy does not name. */
const UNNAMED_ACCOUNT = '000000000000';

/** Accounts tried by name; past them a row allowed to anyone counts as covering others. */
const MAX_NAMED_ACCOUNTS = 3;

/**
 * The accounts other than `own` that the policy's `kms:CallerAccount` / `aws:PrincipalAccount`
 * conditions name (string and ARN operators alike), sorted.
 */
export function listConditionAccounts(policy: KeyPolicyDocument, own: string): string[] {
  const accounts = new Set<string>();
  for (const statement of policy.Statement) {
    for (const [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      if (parseConditionOperator(operatorName) === undefined) continue;
      for (const [name, values] of Object.entries(entries)) {
        if (!ACCOUNT_KEYS.has(name.toLowerCase())) continue;
        for (const value of toList(values))
          if (/^\d{12}$/.test(String(value)) && String(value) !== own) accounts.add(String(value));
      }
    }
  }
  return [...accounts].sort();
}

/**
 * Whether anyone's row (`*`) is allowed for callers of another account than the key's, who
 * then need an IAM policy of their own account too (IAM User Guide, "Cross-account policy
 * evaluation logic"): asked for a caller of an account the policy does not name, then of each
 * account its conditions name. A policy naming more accounts than are tried counts as covering
 * them.
 */
export function coversOtherAccounts(
  accounts: readonly string[],
  allowed: (caller: Caller) => boolean,
): boolean {
  const anyone = callerOf('*');
  if (accounts.length > MAX_NAMED_ACCOUNTS) return true;
  return [UNNAMED_ACCOUNT, ...accounts].some((account) =>
    allowed({ ...anyone, callerAccount: account }),
  );
}
