import type { AccessEntry, AccessRequirement } from './access-matrix-types.ts';
import {
  evaluateKeyPolicy,
  type PreparedKeyPolicy,
  type RequestContext,
  type RequestedKey,
} from './evaluate-key-policy.ts';
import type { Decision } from './evaluation-types.ts';
import type { Dimension } from './list-request-dimensions.ts';
import { forEachCombination } from './list-request-dimensions.ts';
import { parseOrganizationPrincipal } from './parse-organization-principal.ts';
import { parsePrincipal } from './parse-principal.ts';

const REQUIREMENT_ORDER: readonly AccessRequirement[] = [
  'mfa',
  'encryption_context',
  'via_service',
  'grant_for_aws_resource',
  'source',
  'other_condition',
  'iam_policy_in_account',
];

/**
 * A role, user or role session of another account: the key policy alone never lets it in
 * (IAM User Guide, "Cross-account policy evaluation logic"; KMS Developer Guide, "Allowing
 * users in other accounts to use a KMS key"). An account root is not one: IAM policies do
 * not apply to it, and the policy's Allow of the account is `delegated_to_iam` already. An
 * organisation row is: it stands for the principals of every member account (anyone's row,
 * `*`, is foreign where it is allowed for callers of other accounts: `coversOtherAccounts`).
 */
export function isForeign(principal: string, account: string): boolean {
  if (parseOrganizationPrincipal(principal) !== undefined) return true;
  const parsed = parsePrincipal(principal);
  return (
    (parsed.kind === 'role' ||
      parsed.kind === 'user' ||
      parsed.kind === 'assumed-role' ||
      parsed.kind === 'iam-other') &&
    parsed.account !== account
  );
}

/**
 * A caller as the matrix asks about it. `assumed`: what an unnamed row (`*`, an organisation)
 * is first taken to be, a caller the policy names nowhere; where a condition reads one of
 * these keys, the row is asked again with them unknown (`evaluateCell`).
 */
export type Caller = Pick<
  RequestContext,
  'principal' | 'principalOrgId' | 'callerAccount' | 'keys'
> & { assumed?: Readonly<Record<string, string | readonly string[]>> };

/**
 * A value no organisation id or path has (a NUL byte cannot appear in a policy): anyone's row
 * (`*`) stands for a caller in no organisation the policy names; the organisation rows show
 * the members of each.
 */
const NO_ORGANIZATION = '\u0000';

/**
 * The ARN of a caller the policy names nowhere (a NUL byte cannot appear in a policy), so that
 * a condition excluding named ARNs (`ArnNotEquals aws:PrincipalArn <administrator>`) lets an
 * unnamed row in; the second ask, with the ARN unknown, lets one naming ARNs (`ArnLike
 * aws:PrincipalArn arn:aws:iam::444455556666:*`) in under `other_condition`.
 */
const UNNAMED_ARN = 'arn:aws:iam::000000000000:role/\u0000';

/**
 * How a row calls: itself; for an organisation row (`organization o-...`) an unnamed caller
 * (`*`) whose `aws:PrincipalOrgID`, and for an organisational unit whose
 * `aws:PrincipalOrgPaths`, are the organisation's (a member of a whole organisation's row is
 * first taken to be in none of its units that the policy names); for `*` an unnamed caller in
 * none of them.
 */
export function callerOf(principal: string): Caller {
  const organization = parseOrganizationPrincipal(principal);
  if (organization === undefined) {
    if (principal !== '*') return { principal };
    return {
      principal,
      keys: { 'aws:PrincipalOrgID': NO_ORGANIZATION, 'aws:PrincipalOrgPaths': NO_ORGANIZATION },
      assumed: { 'aws:PrincipalArn': UNNAMED_ARN },
    };
  }
  if (organization.memberPath === undefined) {
    return {
      principal: '*',
      principalOrgId: organization.orgId,
      assumed: {
        'aws:PrincipalArn': UNNAMED_ARN,
        'aws:PrincipalOrgPaths': [`${organization.orgId}/r-${NO_ORGANIZATION}/`],
      },
    };
  }
  return {
    principal: '*',
    principalOrgId: organization.orgId,
    keys: { 'aws:PrincipalOrgPaths': [organization.memberPath] },
    assumed: { 'aws:PrincipalArn': UNNAMED_ARN },
  };
}

/** Whether a condition the action's statements read (lower-cased keys) is one `caller` assumes. */
export function readsAssumed(caller: Caller, conditionKeys: ReadonlySet<string>): boolean {
  return Object.keys(caller.assumed ?? {}).some((name) => conditionKeys.has(name.toLowerCase()));
}

interface CellRequest {
  principal: string;
  action: string;
  key: RequestedKey;
  /** Request keys every request on the key carries (its properties). */
  keys?: Readonly<Record<string, string>> | undefined;
  /** The action's statements read a key the caller assumes (`readsAssumed`). */
  readsAssumed?: boolean;
}

interface Combinations {
  /** Per allowed combination, the requirements it met. */
  allowedWith: Set<AccessRequirement>[];
  combinations: number;
  delegated: boolean;
}

/**
 * Every combination of the varied request properties, evaluated under the `possible` stance:
 * allowed where some value of the keys the matrix does not model lets the caller in, and then
 * with `other_condition` unless it is allowed whatever they are.
 */
function evaluateCombinations(
  policy: PreparedKeyPolicy,
  { action, key, keys, readsAssumed: retry = true }: CellRequest,
  dimensions: readonly Dimension[],
  { assumed, ...caller }: Caller,
): Combinations {
  const result: Combinations = { allowedWith: [], combinations: 0, delegated: false };
  // A role's callers are its sessions: temporary credentials, which always carry the MFA key
  // (`false` without MFA); only long-term access keys (users, the root) leave it out.
  const kind = parsePrincipal(caller.principal).kind;
  const session = kind === 'role' || kind === 'assumed-role';
  const asked = session
    ? dimensions.map((dimension) =>
        dimension.requirement === 'mfa'
          ? {
              ...dimension,
              variants: dimension.variants.filter((variant) => variant.mfaPresent !== undefined),
            }
          : dimension,
      )
    : dimensions;
  forEachCombination(asked, (request, met) => {
    result.combinations += 1;
    const ask = (as: Caller['assumed']): Decision => {
      const decision = evaluateKeyPolicy(
        policy,
        {
          action,
          key,
          ...request,
          ...caller,
          keys: { ...keys, ...request.keys, ...as, ...caller.keys },
        },
        'possible',
      );
      if (decision.delegatedToIam) result.delegated = true;
      return decision;
    };
    const decision = ask(assumed);
    if (decision.verdict === 'allowed') {
      result.allowedWith.push(
        surelyAllowed(decision) ? met : new Set([...met, 'other_condition' as const]),
      );
    } else if (assumed !== undefined && retry && ask(undefined).verdict === 'allowed') {
      result.allowedWith.push(new Set([...met, 'other_condition' as const]));
    }
  });
  return result;
}

/**
 * An allowed `possible` decision that holds whatever the unknown keys are: no Deny could apply
 * by them, and an Allow applies without them. A Resource the matrix cannot decide counts as not
 * matching (the `exact` rule), so it makes nothing uncertain.
 */
function surelyAllowed(decision: Decision): boolean {
  const uncertain = decision.undecided.filter((entry) => !entry.because.includes('Resource'));
  if (uncertain.some((entry) => entry.effect === 'Deny')) return false;
  const maybeAllows = new Set(uncertain.map((entry) => entry.statement));
  return decision.statements.some((label) => !maybeAllows.has(label));
}

export function evaluateCell(
  policy: PreparedKeyPolicy,
  request: CellRequest,
  dimensions: readonly Dimension[],
  {
    foreign,
    caller,
  }: {
    /** Whether the row needs an IAM policy of its own account; a function is asked only when allowed. */
    foreign: boolean | ((allowed: (caller: Caller) => boolean) => boolean);
    caller: Caller;
  },
): AccessEntry {
  const { allowedWith, combinations, delegated } = evaluateCombinations(
    policy,
    request,
    dimensions,
    caller,
  );
  const base = {
    principal: request.principal,
    action: request.action,
    delegated_to_iam: delegated,
  };
  if (allowedWith.length === 0) return { ...base, allowed: 'no', requires: [] };
  const needsIam =
    typeof foreign === 'boolean'
      ? foreign
      : foreign(
          (other) =>
            evaluateCombinations(policy, request, dimensions, other).allowedWith.length > 0,
        );
  const unconditional = allowedWith.every((met) => !met.has('other_condition'));
  if (allowedWith.length === combinations && unconditional) {
    return needsIam
      ? { ...base, allowed: 'conditional', requires: ['iam_policy_in_account'] }
      : { ...base, allowed: 'yes', requires: [] };
  }
  // What every allowed request had; when alternatives exist (MFA or via service), the
  // smallest allowed set of requirements names one way in.
  let requires = REQUIREMENT_ORDER.filter((requirement) =>
    allowedWith.every((met) => met.has(requirement)),
  );
  if (requires.length === 0) {
    const smallest = [...allowedWith].sort((a, b) => a.size - b.size)[0] ?? new Set();
    requires = REQUIREMENT_ORDER.filter((requirement) => smallest.has(requirement));
  }
  if (needsIam) requires = [...requires, 'iam_policy_in_account'];
  return { ...base, allowed: 'conditional', requires };
}
