import type { MeteredEvaluator } from '../policy/create-metered-evaluator.ts';
import type { Decision, RequestedKey } from '../policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import { describeDenies } from './describe-denies.ts';
import { evaluateApplier } from './evaluate-applier.ts';

/**
 * Who the new policy locks out of kms:PutKeyPolicy, under the `lockout` stance: an Allow
 * counts only when it surely applies to the key, a Deny whenever it could (its Resource may
 * name the key, or a condition reads a value unknown at plan time: SPEC section 8).
 */
export function findPolicyLockouts(
  evaluate: MeteredEvaluator,
  policy: KeyPolicyDocument,
  key: RequestedKey,
  applier: string | undefined,
  /** The key's own condition keys (`keyPropertyConditions`); unknown when not given. */
  keyProperties?: Record<string, string>,
): string[] {
  const lockouts: string[] = [];
  const { partition, account } =
    'arn' in key ? parseKeyArn(key.arn) : { partition: key.partition, account: key.account };
  const root = `arn:${partition ?? 'aws'}:iam::${account ?? ''}:root`;
  // The root signs in with MFA when it has to break the glass.
  const rootDecision = evaluate(
    policy,
    {
      principal: root,
      action: 'kms:PutKeyPolicy',
      mfaPresent: true,
      key,
      ...(keyProperties === undefined ? {} : { keys: keyProperties }),
    },
    'lockout',
  );
  if (rootDecision.verdict !== 'allowed' && !rootDecision.delegatedToIam)
    lockouts.push(`the account root (${root})${reasonOf(rootDecision)}`);
  if (applier !== undefined) {
    const decision = evaluateApplier(
      evaluate,
      policy,
      applier,
      'kms:PutKeyPolicy',
      key,
      keyProperties,
    );
    if (
      decision.verdict === 'explicit_deny' ||
      (decision.verdict === 'implicit_deny' && !decision.delegatedToIam)
    ) {
      lockouts.push(`the applying principal (${applier})${reasonOf(decision)}`);
    }
  }
  return lockouts;
}

function parseKeyArn(arn: string): { partition: string | undefined; account: string | undefined } {
  const parts = arn.split(':');
  return { partition: parts[1], account: parts[4] };
}

/** ` (denied by ...)` naming the Denies, and why an undecided one counts. */
function reasonOf(decision: Decision): string {
  return decision.verdict === 'explicit_deny' ? ` (denied by ${describeDenies(decision)})` : '';
}
