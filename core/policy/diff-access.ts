import {
  buildAccessMatrix,
  type AccessEntry,
  type AccessMatrixOptions,
} from './build-access-matrix.ts';
import { listOrganizationPrincipals } from './list-organization-principals.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument } from './types.ts';

/** What a principal may do with one action, as the access matrix says it. */
export type AccessVerdict = Pick<AccessEntry, 'allowed' | 'requires' | 'delegated_to_iam'>;

/** One principal gaining, losing, or keeping under other conditions, one action. */
export interface AccessChange {
  principal: string;
  action: string;
  /**
   * `gains`: allowed (or newly delegated to IAM) where it was not. `loses`: the reverse.
   * `conditions-change`: allowed before and after, under other requirements.
   */
  change: 'gains' | 'loses' | 'conditions-change';
  /** `undefined` for a new key. */
  before: AccessVerdict | undefined;
  after: AccessVerdict;
}

/**
 * The access difference between two key policies: for every principal either policy names
 * (plus the account root and anyone) and every action of the matrix, who gains and who loses
 * what, and where the requirements (MFA, encryption context, via service...) change. A
 * policy that only delegates an action to IAM counts below a direct allow and above nothing,
 * so removing the root backstop shows as a loss. `before` is `undefined` for a new key.
 */
export function diffAccess(
  before: KeyPolicyDocument | undefined,
  after: KeyPolicyDocument,
  options: AccessMatrixOptions,
): AccessChange[] {
  const principals = [
    ...(options.principals ?? []),
    ...(before === undefined ? [] : policyPrincipals(before)),
    ...policyPrincipals(after),
  ];
  const matrixOptions = { ...options, principals };
  const beforeEntries =
    before === undefined ? undefined : indexEntries(buildAccessMatrix(before, matrixOptions));
  const changes: AccessChange[] = [];
  for (const entry of buildAccessMatrix(after, matrixOptions)) {
    const previous = beforeEntries?.get(cellKey(entry));
    const afterVerdict = verdictOf(entry);
    const beforeVerdict = previous === undefined ? undefined : verdictOf(previous);
    const change = classify(beforeVerdict, afterVerdict);
    if (change === undefined) continue;
    changes.push({
      principal: entry.principal,
      action: entry.action,
      change,
      before: beforeVerdict,
      after: afterVerdict,
    });
  }
  return changes;
}

function classify(
  before: AccessVerdict | undefined,
  after: AccessVerdict,
): AccessChange['change'] | undefined {
  const from = before === undefined ? 0 : level(before);
  const to = level(after);
  if (to > from) return 'gains';
  if (to < from) return 'loses';
  if (before === undefined || to === 0 || to === 1) return undefined;
  const same =
    before.allowed === after.allowed && before.requires.join(',') === after.requires.join(',');
  return same ? undefined : 'conditions-change';
}

/** 0: nothing; 1: only through IAM policies; 2: allowed (with or without conditions). */
function level(verdict: AccessVerdict): number {
  if (verdict.allowed !== 'no') return 2;
  return verdict.delegated_to_iam ? 1 : 0;
}

function verdictOf(entry: AccessEntry): AccessVerdict {
  return {
    allowed: entry.allowed,
    requires: entry.requires,
    delegated_to_iam: entry.delegated_to_iam,
  };
}

function indexEntries(entries: readonly AccessEntry[]): Map<string, AccessEntry> {
  return new Map(entries.map((entry) => [cellKey(entry), entry]));
}

function cellKey(entry: Pick<AccessEntry, 'principal' | 'action'>): string {
  return `${entry.principal}\n${entry.action}`;
}

function policyPrincipals(policy: KeyPolicyDocument): string[] {
  return [
    ...listOrganizationPrincipals(policy),
    ...policy.Statement.flatMap((statement) =>
      [statement.Principal, statement.NotPrincipal].flatMap((block) =>
        block === undefined || block === '*'
          ? []
          : Object.values(block).flatMap((values) => toList<string>(values)),
      ),
    ),
  ];
}
