import { evaluateKeyPolicy, prepareKeyPolicy, type Decision } from './evaluate-key-policy.ts';
import type { EvaluationStance, RequestContext } from './evaluation-types.ts';
import { evaluationWorkOf } from './evaluation-work-of.ts';
import type { PreparedKeyPolicy } from './prepare-key-policy.ts';
import type { KeyPolicyDocument } from './types.ts';
import type { WorkMeter } from '../work/create-work-meter.ts';

/** `evaluateKeyPolicy` charging `meter` for its work; see `createMeteredEvaluator`. */
export type MeteredEvaluator = (
  policy: KeyPolicyDocument,
  request: RequestContext,
  stance: EvaluationStance,
) => Decision;

/**
 * Evaluates policies for many requests, each policy made ready once (by document object), and
 * charges `meter` for the preparing (a step per statement, principal, action and resource,
 * and a condition value's `valueWork`) and for every evaluation (`evaluationWorkOf`). A charge
 * past the meter's limit throws its budget's error; the work of one policy is done before it
 * is charged, so a run stops within one policy's work of the limit.
 */
export function createMeteredEvaluator(meter: WorkMeter): MeteredEvaluator {
  const prepared = new WeakMap<KeyPolicyDocument, PreparedKeyPolicy>();
  return (policy, request, stance) => {
    let ready = prepared.get(policy);
    if (ready === undefined) {
      ready = prepareKeyPolicy(policy);
      prepared.set(policy, ready);
      meter.charge(preparingWorkOf(ready));
    }
    const before = evaluationWorkOf(ready);
    const decision = evaluateKeyPolicy(ready, request, stance);
    meter.charge(evaluationWorkOf(ready) - before);
    return decision;
  };
}

function preparingWorkOf(policy: PreparedKeyPolicy): number {
  let steps = 0;
  for (const statement of policy.statements) {
    steps +=
      1 +
      (statement.principals?.length ?? 0) +
      (statement.notPrincipals?.length ?? 0) +
      (statement.actions?.length ?? 0) +
      (statement.notActions?.length ?? 0) +
      (statement.resources?.length ?? 0) +
      (statement.notResources?.length ?? 0) +
      statement.conditionCost;
  }
  return steps;
}
