import { buildSatisfyingRequest } from '../lint/policy/build-satisfying-request.ts';
import {
  buildAccessMatrix,
  type AccessEntry,
  type AccessMatrixOptions,
} from './build-access-matrix.ts';
import { callerOf } from './evaluate-access-cell.ts';
import { evaluateKeyPolicy, prepareKeyPolicy, type RequestContext } from './evaluate-key-policy.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument } from './types.ts';

/** One statement that takes part in a verdict. */
export interface ExplainedStatement {
  /** Index in `Statement`. */
  index: number;
  /** The Sid, or `#<index>` without one. */
  sid: string;
  /**
   * `allows`: an Allow that lets the principal in (under its conditions). `delegates`: an
   * Allow of the principal's account, leaving it to IAM policies. `denies`: a Deny that
   * applies to some of the requests. `undecided`: its Resource or conditions cannot be
   * decided (see `because`), so it does not count.
   */
  role: 'allows' | 'delegates' | 'denies' | 'undecided';
  /** The statement's conditions, as `Operator key = value | value`: what a request must meet. */
  conditions: string[];
  because: string[];
}

export interface AccessExplanation {
  /** The access matrix cell. */
  entry: AccessEntry;
  /** In policy order. */
  statements: ExplainedStatement[];
}

/**
 * Why the access matrix says what it says for one principal and action: the cell, and the
 * statements that decided it, found by evaluating the plain request, the request with MFA,
 * and for each Allow a request that meets its conditions.
 */
export function explainAccess(
  policy: KeyPolicyDocument,
  principal: string,
  action: string,
  options: AccessMatrixOptions,
): AccessExplanation {
  const partition = options.partition ?? 'aws';
  const row = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal;
  const entry = buildAccessMatrix(policy, {
    ...options,
    actions: [action],
    principals: [row],
  }).find((candidate) => candidate.principal === row) ?? {
    principal: row,
    action,
    allowed: 'no',
    requires: [],
    delegated_to_iam: false,
  };

  const prepared = prepareKeyPolicy(policy);
  const base: RequestContext = {
    principal: row,
    action,
    key: options.key ?? { partition, account: options.account },
    ...(options.keyProperties === undefined ? {} : { keys: options.keyProperties }),
  };
  const withMfa: RequestContext = { ...base, mfaPresent: true };
  const requests = [
    base,
    withMfa,
    ...policy.Statement.filter((statement) => statement.Effect === 'Allow').map((statement) =>
      buildSatisfyingRequest(statement, withMfa, { kind: 'insider' }),
    ),
  ];
  const roles = new Map<string, { role: ExplainedStatement['role']; because: string[] }>();
  const RANK = { undecided: 0, delegates: 1, allows: 2, denies: 3 } as const;
  const note = (label: string, role: ExplainedStatement['role'], because: string[] = []): void => {
    const known = roles.get(label);
    if (known === undefined || RANK[known.role] < RANK[role]) roles.set(label, { role, because });
  };
  for (const request of requests) {
    const decision = evaluateKeyPolicy(prepared, request, 'exact');
    const role = decision.verdict === 'explicit_deny' ? 'denies' : 'allows';
    for (const label of decision.statements) note(label, role);
    for (const label of decision.delegatedBy) note(label, 'delegates');
    for (const undecided of decision.undecided)
      note(undecided.statement, 'undecided', undecided.because);
  }
  // A cell decided by a condition the matrix does not vary (`other_condition`) comes from the
  // `possible` stance, as the matrix asks it, with what an unnamed row assumes unknown: the
  // statements that may apply by such a condition are listed as undecided, with its keys.
  if (entry.requires.includes('other_condition')) {
    const caller = callerOf(row);
    for (const request of requests) {
      const decision = evaluateKeyPolicy(
        prepared,
        {
          ...request,
          principal: caller.principal,
          ...(caller.principalOrgId === undefined ? {} : { principalOrgId: caller.principalOrgId }),
          keys: { ...request.keys, ...caller.keys },
        },
        'possible',
      );
      for (const undecided of decision.undecided)
        note(undecided.statement, 'undecided', undecided.because);
    }
  }

  const statements = policy.Statement.flatMap((statement, index): ExplainedStatement[] => {
    const sid = statement.Sid ?? `#${index}`;
    const found = roles.get(sid);
    if (found === undefined) return [];
    const conditions = Object.entries(statement.Condition ?? {}).flatMap(([operator, entries]) =>
      Object.entries(entries).map(
        ([key, values]) => `${operator} ${key} = ${toList(values).map(String).join(' | ')}`,
      ),
    );
    return [{ index, sid, role: found.role, conditions, because: found.because }];
  });
  return { entry, statements };
}
