import { applierRequests, type ApplierRequest } from './applier-request.ts';
import type { MeteredEvaluator } from '../policy/create-metered-evaluator.ts';
import type { Decision, RequestedKey } from '../policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';

/**
 * The applier's decision for `action` under the `lockout` stance: of the requests it may make
 * (`applierRequests`), the one that fares worst (an explicit deny, then an implicit deny the
 * key policy does not delegate to IAM), so a Deny that catches any of them counts.
 */
export function evaluateApplier(
  evaluate: MeteredEvaluator,
  policy: KeyPolicyDocument,
  applier: string,
  action: string,
  key: RequestedKey,
  keyProperties: Record<string, string> | undefined,
): Decision {
  const withKey = (request: ApplierRequest) => ({
    ...request,
    ...(keyProperties === undefined ? {} : { keys: { ...keyProperties, ...request.keys } }),
    action,
    key,
  });
  const [first, ...others] = applierRequests(applier);
  let worst = evaluate(policy, withKey(first), 'lockout');
  for (const request of others) {
    const decision = evaluate(policy, withKey(request), 'lockout');
    if (severityOf(decision) > severityOf(worst)) worst = decision;
  }
  return worst;
}

/** How badly a decision stops the applier: 3 explicit deny, 2 not allowed, 1 IAM decides, 0 allowed. */
function severityOf(decision: Decision): number {
  if (decision.verdict === 'explicit_deny') return 3;
  if (decision.verdict === 'allowed') return 0;
  return decision.delegatedToIam ? 1 : 2;
}
