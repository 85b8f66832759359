import type { AccessEntry, AccessRequirement } from './build-access-matrix.ts';
import {
  evaluateKeyPolicy,
  type PreparedKeyPolicy,
  type RequestContext,
  type RequestedKey,
} from './evaluate-key-policy.ts';
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
  'iam_policy_in_account',
];

/**
 * A role, user or role session of another account: the key policy alone never lets it in
 * (IAM User Guide, "Cross-account policy evaluation logic"; KMS Developer Guide, "Allowing
 * users in other accounts to use a KMS key"). An account root is not one: IAM policies do
 * not apply to it, and the policy's Allow of the account is `delegated_to_iam` already.
 */
export function isForeign(principal: string, account: string): boolean {
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
 * How a row calls: itself, or for an organisation row (`organization o-...`) an unnamed
 * caller (`*`) whose `aws:PrincipalOrgID`, and for an organisational unit whose
 * `aws:PrincipalOrgPaths`, are the organisation's.
 */
export function callerOf(
  principal: string,
): Pick<RequestContext, 'principal' | 'principalOrgId' | 'keys'> {
  const organization = parseOrganizationPrincipal(principal);
  if (organization === undefined) return { principal };
  return {
    principal: '*',
    principalOrgId: organization.orgId,
    ...(organization.memberPath === undefined
      ? {}
      : { keys: { 'aws:PrincipalOrgPaths': [organization.memberPath] } }),
  };
}

export function evaluateCell(
  policy: PreparedKeyPolicy,
  { principal, action, key }: { principal: string; action: string; key: RequestedKey },
  dimensions: readonly Dimension[],
  {
    foreign,
    caller,
  }: { foreign: boolean; caller: Pick<RequestContext, 'principal' | 'principalOrgId' | 'keys'> },
): AccessEntry {
  const allowedWith: Set<AccessRequirement>[] = [];
  let combinations = 0;
  let delegated = false;
  forEachCombination(dimensions, (request, met) => {
    combinations += 1;
    const decision = evaluateKeyPolicy(
      policy,
      { action, key, ...request, ...caller, keys: { ...request.keys, ...caller.keys } },
      'exact',
    );
    if (decision.verdict === 'allowed') allowedWith.push(met);
    if (decision.delegatedToIam) delegated = true;
  });

  const base = { principal, action, delegated_to_iam: delegated };
  if (allowedWith.length === 0) return { ...base, allowed: 'no', requires: [] };
  if (allowedWith.length === combinations) {
    return foreign
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
  if (foreign) requires = [...requires, 'iam_policy_in_account'];
  return { ...base, allowed: 'conditional', requires };
}
