import type { KeyPlacement } from '../policy/key-placement.ts';
import { KMS_ACTIONS } from '../policy/kms-actions.ts';
import { toList } from '../policy/to-list.ts';
import type { PolicyStatement, ResolvedPolicyIntent } from '../policy/types.ts';
import { classifyPrincipalGrants } from './classify-principal-grants.ts';
import { expandKmsActions } from './expand-kms-actions.ts';
import { isMfaGuard } from './is-mfa-guard.ts';
import { isConditionless, type PrincipalGrant } from './principal-grant.ts';
import { readAllowConditions } from './read-allow-conditions.ts';
import { readStatementPrincipals } from './read-statement-principals.ts';

/** The intent of the statements the plain intent fields can say, or why not. */
export interface CoreIntent {
  /** Absent when a reason below applies. */
  intent?: ResolvedPolicyIntent;
  reasons: string[];
  /**
   * Positions of the statements the reasons are about: without them the rest may still fit
   * (they can stay as `extra_statements`). Empty when a reason is about the whole policy.
   */
  rejected: Set<number>;
  /** A reason about the whole policy (no root backstop): no statement left out helps. */
  fatal: boolean;
}

/**
 * Infers the plain intent fields (admins, users and user groups, via_service,
 * encryption_context, cross_account, require_mfa_for) of key policy statements, noting the
 * statements it has no word for (NotPrincipal, service principals, other conditions, a Deny
 * that is not the MFA guard, a same-account principal with actions beyond a role...). The
 * caller checks what the intent generates against the live policy.
 */
export function inferCoreIntent(
  statements: readonly PolicyStatement[],
  placement: KeyPlacement,
): CoreIntent {
  const partition = placement.partition ?? 'aws';
  const root = `arn:${partition}:iam::${placement.account}:root`;
  const reasons: string[] = [];
  const rejected = new Set<number>();
  const requireMfaFor = new Set<string>();
  const grants = new Map<string, PrincipalGrant[]>();
  const grantedBy = new Map<string, number[]>();
  // Set inside the statement callback (a `let` would be narrowed to `false` there).
  const found = { backstop: false };

  statements.forEach((statement, index) => {
    const label = statement.Sid === undefined ? `#${String(index + 1)}` : `"${statement.Sid}"`;
    const reject = (reason: string): void => {
      reasons.push(reason);
      rejected.add(index);
    };
    for (const field of ['NotPrincipal', 'NotAction', 'NotResource'] as const) {
      if (statement[field] !== undefined) {
        reject(`statement ${label} uses ${field}, which the intent form has no word for`);
        return;
      }
    }
    const resources = toList(statement.Resource);
    if (resources.length !== 1 || resources[0] !== '*') {
      reject(`statement ${label} names resources other than "*"`);
      return;
    }
    const principalReasons: string[] = [];
    const principals = readStatementPrincipals(statement, label, principalReasons);
    if (principals === undefined) {
      principalReasons.forEach(reject);
      return;
    }
    const actions = expandKmsActions(toList(statement.Action));

    if (statement.Effect === 'Deny') {
      if (principals.length === 1 && principals[0] === '*' && isMfaGuard(statement)) {
        for (const action of actions) requireMfaFor.add(action);
      } else {
        reject(`Deny statement ${label} is not the MFA guard (require_mfa_for)`);
      }
      return;
    }
    const conditionReasons: string[] = [];
    const conditions = readAllowConditions(
      statement,
      label,
      placement.region,
      partition,
      conditionReasons,
    );
    if (conditions === undefined) {
      conditionReasons.forEach(reject);
      return;
    }
    if (principals.includes('*')) {
      reject(`statement ${label} allows anyone ("*")`);
      return;
    }
    for (const principal of principals) {
      if (principal === root) {
        if (actions.size === KMS_ACTIONS.length && isConditionless(conditions))
          found.backstop = true;
        else reject(`statement ${label} gives the account root restricted access`);
        continue;
      }
      grants.set(principal, [...(grants.get(principal) ?? []), { ...conditions, actions }]);
      grantedBy.set(principal, [...(grantedBy.get(principal) ?? []), index]);
    }
  });
  if (!found.backstop) {
    reasons.push(
      `no statement gives the account root (${root}) kms:*; the generated policy always keeps that backstop`,
    );
    return { reasons: unique(reasons), rejected, fatal: true };
  }
  const { intent, leftovers } = classifyPrincipalGrants(grants, placement, requireMfaFor);
  for (const { principal, reason } of leftovers) {
    reasons.push(reason);
    for (const index of grantedBy.get(principal) ?? []) rejected.add(index);
  }
  if (reasons.length > 0) return { reasons: unique(reasons), rejected, fatal: false };
  return { intent, reasons: [], rejected, fatal: false };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
