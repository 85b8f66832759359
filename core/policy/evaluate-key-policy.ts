/**
 * Key policy evaluation for one request, following the AWS rules below. Sources: IAM User
 * Guide ("Policy evaluation logic", "Condition operators", "Single-valued vs. multivalued
 * context keys", "Principal", "NotPrincipal", "Resource") and AWS KMS Developer Guide
 * ("Default key policy", "Troubleshooting key access", "Condition keys for AWS KMS").
 *
 * 1. A statement applies to a request when its Principal (or NotPrincipal, see
 *    `match-statement-principal.ts`), Action (or NotAction), Resource (or NotResource, see
 *    `match-statement-resource.ts`) and every condition (`match-conditions.ts`) match.
 * 2. An applicable Deny decides: explicit deny. Otherwise an applicable Allow decides:
 *    allowed. Otherwise the request is implicitly denied.
 * 3. The account principal in an Allow does not allow the users and roles of that account: it
 *    lets the account's IAM policies allow them ("enables IAM policies"), reported as
 *    `delegatedToIam`. The account root itself is allowed directly.
 * 4. Actions compare case-insensitively with `*` and `?` wildcards.
 * 5. KMS puts `kms:EncryptionContext:*` and `kms:EncryptionContextKeys` in the request context
 *    only for operations that take an encryption context, and `kms:GrantIsForAWSResource`
 *    only for CreateGrant, ListGrants and RevokeGrant; values given for other operations are
 *    ignored, as AWS would.
 * 6. What is not known (the key id of a key not created yet, a condition key the evaluator
 *    cannot know at plan time) makes a match `maybe`; the stance decides how it counts (see
 *    `EvaluationStance`), and the decision lists such statements in `undecided`.
 *
 * Out of scope: IAM identity policies, grants, SCPs/RCPs, VPC endpoint and session
 * policies. A `delegatedToIam` result says that the outcome depends on the caller's IAM
 * policies. A caller in another account always also needs an IAM policy in its own account.
 */
import { buildConditionContext, type ConditionContext } from './build-condition-context.ts';
import type {
  Decision,
  EvaluationStance,
  Match,
  RequestContext,
  UndecidedStatement,
} from './evaluation-types.ts';
import { matchConditions } from './match-conditions.ts';
import { describeCaller, matchStatementPrincipal } from './match-statement-principal.ts';
import { matchStatementResource } from './match-statement-resource.ts';
import { matchWildcard } from './match-wildcard.ts';
import {
  prepareKeyPolicy,
  type PreparedKeyPolicy,
  type CandidateStatement,
  type PreparedStatement,
} from './prepare-key-policy.ts';
import type { KeyPolicyDocument } from './types.ts';

export type {
  Decision,
  EvaluationStance,
  KeyLocation,
  RequestContext,
  RequestedKey,
  UndecidedStatement,
} from './evaluation-types.ts';
export { prepareKeyPolicy, type PreparedKeyPolicy } from './prepare-key-policy.ts';

/** Evaluates `policy` for `request`; see the rules at the top of this file. */
export function evaluateKeyPolicy(
  policy: KeyPolicyDocument | PreparedKeyPolicy,
  request: RequestContext,
  stance: EvaluationStance = 'exact',
): Decision {
  const prepared = 'kind' in policy ? policy : prepareKeyPolicy(policy);
  prepared.work.evaluations += 1;
  const caller = describeCaller(request.principal);
  // Built only when a statement gets as far as its conditions: most questions stop earlier.
  let context: ConditionContext | undefined;
  const denies: string[] = [];
  const allows: string[] = [];
  const delegatedBy: string[] = [];
  const undecided: UndecidedStatement[] = [];

  for (const { statement, principal: principalMatch } of candidateStatements(
    prepared,
    request.principal,
  )) {
    prepared.work.statements += 1;
    const action = memo(statement.actionMatches, request.action, () =>
      matchStatementAction(statement, request.action),
    );
    if (!action) continue;
    const resource = memo(statement.resourceMatches, keyText(request.key), () => {
      prepared.work.resourceScans += 1;
      return matchStatementResource(statement, request.key);
    });
    if (resource === 'no') continue;
    context ??= buildConditionContext(request, caller);
    prepared.work.conditions += statement.conditionCost;
    const conditions = matchConditions(
      statement.conditions,
      context,
      prepared.variables,
      stance === 'lockout' || stance === 'possible',
      prepared.work,
    );
    if (conditions.match === 'no') continue;
    const match: Match = resource === 'yes' ? conditions.match : 'maybe';
    if (match === 'maybe') {
      undecided.push({
        statement: statement.label,
        effect: statement.effect,
        because: [...(resource === 'maybe' ? ['Resource'] : []), ...conditions.unknownKeys],
      });
      const counts =
        (stance === 'lockout' && statement.effect === 'Deny') ||
        (stance === 'exposure' && statement.effect === 'Allow') ||
        (stance === 'possible' && statement.effect === 'Allow' && resource === 'yes');
      if (!counts) continue;
    }
    if (statement.effect === 'Deny') denies.push(statement.label);
    else if (principalMatch === 'account') delegatedBy.push(statement.label);
    else {
      allows.push(statement.label);
      if (principalMatch === 'account-root') delegatedBy.push(statement.label);
    }
  }

  if (denies.length > 0) {
    return {
      verdict: 'explicit_deny',
      delegatedToIam: false,
      statements: denies,
      delegatedBy: [],
      undecided,
    };
  }
  return {
    verdict: allows.length > 0 ? 'allowed' : 'implicit_deny',
    delegatedToIam: delegatedBy.length > 0,
    statements: allows,
    delegatedBy,
    undecided,
  };
}

/** The statements whose Principal / NotPrincipal covers `principal` (memoised per caller). */
export function candidateStatements(
  prepared: PreparedKeyPolicy,
  principal: string,
): readonly CandidateStatement[] {
  return memo(prepared.byCaller, principal, () => {
    const caller = describeCaller(principal);
    prepared.work.principalScans += prepared.statements.length;
    return prepared.statements.flatMap((statement) => {
      const match = matchStatementPrincipal(statement, caller);
      return match === 'none' ? [] : [{ statement, principal: match }];
    });
  });
}

/**
 * Whether an Allow statement could let `principal` make `action` at all: its Principal covers
 * the caller (through the caller's account only when `delegation` counts) and its Action
 * names the action. When none can, no request of that caller for that action is allowed,
 * whatever its conditions, key or context: a cheap exact answer before any evaluation.
 */
export function anyAllowCovers(
  prepared: PreparedKeyPolicy,
  principal: string,
  action: string,
  delegation: boolean,
): boolean {
  for (const { statement, principal: match } of candidateStatements(prepared, principal)) {
    if (statement.effect !== 'Allow' || (match === 'account' && !delegation)) continue;
    if (memo(statement.actionMatches, action, () => matchStatementAction(statement, action))) {
      return true;
    }
  }
  return false;
}

/** The key as memo text: requests built from one another share their key object. */
function keyText(key: RequestContext['key']): string {
  if (key === undefined) return 'null';
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    keyTexts.set(key, text);
  }
  return text;
}

const keyTexts = new WeakMap<object, string>();

/** Callers and keys asked about one prepared policy are few; the bound only guards memory. */
const MEMO_LIMIT = 10_000;

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

function matchStatementAction(statement: PreparedStatement, action: string): boolean {
  if (statement.notActions !== undefined) {
    return !statement.notActions.some((pattern) => matchWildcard(pattern, action, true));
  }
  return (statement.actions ?? []).some((pattern) => matchWildcard(pattern, action, true));
}
