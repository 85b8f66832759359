import type { RequestContext } from './evaluation-types.ts';
import { matchWildcard } from './match-wildcard.ts';
import { parseConditionOperator } from './parse-condition-operator.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument } from './types.ts';

/** Condition keys that name the resource a service acts for (its confused-deputy guard). */
const SOURCE_KEYS = new Set([
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceowner',
]);
const CONTEXT_PREFIX = 'kms:encryptioncontext:';

/**
 * A request in which the service principal acts for a resource the key policy names: the
 * source account, source ARN and service encryption context values of the first Allow that
 * names the service for the action (wildcards of a pattern filled with `x`, a key that a
 * `Null: false` condition requires given the value `x`). `undefined` when no such statement
 * reads a source: the access matrix then has nothing to vary for the service.
 */
export function serviceSourceRequest(
  policy: KeyPolicyDocument,
  service: string,
  action: string,
): Partial<RequestContext> | undefined {
  for (const statement of policy.Statement) {
    if (statement.Effect !== 'Allow' || statement.Principal === undefined) continue;
    if (statement.Principal === '*' || !toList(statement.Principal.Service).includes(service))
      continue;
    if (!toList(statement.Action).some((pattern) => matchWildcard(pattern, action, true))) continue;
    const keys: Record<string, string> = {};
    const encryptionContext: Record<string, string> = {};
    for (const [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      const operator = parseConditionOperator(operatorName);
      if (operator === undefined || operator.negated) continue;
      for (const [key, values] of Object.entries(entries)) {
        const lower = key.toLowerCase();
        const context = lower.startsWith(CONTEXT_PREFIX);
        if (!context && !SOURCE_KEYS.has(lower)) continue;
        const first = String(toList(values)[0] ?? '');
        const value =
          operator.family === 'Null' ? 'x' : first.replace(/\*/g, 'x').replace(/\?/g, 'x');
        if (operator.family === 'Null' && first.toLowerCase() !== 'false') continue;
        if (context) encryptionContext[key.slice(CONTEXT_PREFIX.length)] = value;
        else keys[key] = value;
      }
    }
    if (Object.keys(keys).length === 0 && Object.keys(encryptionContext).length === 0) continue;
    return {
      ...(Object.keys(keys).length === 0 ? {} : { keys }),
      ...(Object.keys(encryptionContext).length === 0 ? {} : { encryptionContext }),
    };
  }
  return undefined;
}
