import {
  candidateStatements,
  prepareKeyPolicy,
  type PreparedKeyPolicy,
} from './evaluate-key-policy.ts';
import { accessWorkLeft, spendAccessWork } from './access-work-meter.ts';
import { callerOf, evaluateCell, isForeign, readsAssumed } from './evaluate-access-cell.ts';
import { coversOtherAccounts, listConditionAccounts } from './covers-other-accounts.ts';
import {
  AccessMatrixTooLargeError,
  MAX_ACCESS_MATRIX_WORK,
} from './access-matrix-too-large-error.ts';
import { estimateConditionWork } from './estimate-condition-work.ts';
import { WildcardWorkLimitError } from './match-wildcard.ts';
import { isServicePrincipal } from './is-service-principal.ts';
import { accessMatrixActionsFor } from './key-usage-actions.ts';
import { conditionKeysFor, listRequestDimensions } from './list-request-dimensions.ts';
import { listOrganizationPrincipals } from './list-organization-principals.ts';
import { parseConditionOperator } from './parse-condition-operator.ts';
import { parseOrganizationPrincipal } from './parse-organization-principal.ts';
import { indexServiceSources } from './index-service-sources.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument, PolicyStatement, PrincipalBlock } from './types.ts';
import type { AccessEntry, AccessMatrixOptions } from './access-matrix-types.ts';

/**
 * The actions the access matrix shows for a symmetric encryption key: use, re-wrap, delegate,
 * re-permission, destroy. Other keys have their own uses (`accessMatrixActionsFor`).
 */
export {
  AccessMatrixTooLargeError,
  MAX_ACCESS_MATRIX_WORK,
} from './access-matrix-too-large-error.ts';

export const ACCESS_MATRIX_ACTIONS: readonly string[] = accessMatrixActionsFor();

export type { AccessEntry, AccessMatrixOptions, AccessRequirement } from './access-matrix-types.ts';

/**
 * Who can do what with a key: every principal the policy names, the account root and anyone
 * (`*`), over the actions that matter, each evaluated with and without MFA, with the required
 * encryption context / a wrong one / none, directly and via the allowed service, and (for
 * grant operations) for an AWS resource or not. A permission that holds in every context is
 * `yes`, in none `no`, otherwise `conditional` with the request properties it requires.
 */
export function buildAccessMatrix(
  policy: KeyPolicyDocument,
  options: AccessMatrixOptions,
): AccessEntry[] {
  const partition = options.partition ?? 'aws';
  const root = `arn:${partition}:iam::${options.account}:root`;
  const named = new Set<string>();
  const organizations = new Set<string>(listOrganizationPrincipals(policy));
  for (const principal of [...namedPrincipals(policy), ...(options.principals ?? [])]) {
    const row = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal;
    if (parseOrganizationPrincipal(row) !== undefined) organizations.add(row);
    else if (row !== '*' && row !== root) named.add(row);
  }
  const rows = [root, ...[...named].sort(), ...[...organizations].sort(), '*'];
  const accounts = listConditionAccounts(policy, options.account);
  const actions = options.actions ?? ACCESS_MATRIX_ACTIONS;
  const encryptionContext = options.encryptionContext ?? requiredEncryptionContext(policy);
  const viaService = options.viaService ?? allowedViaServices(policy)[0];

  const prepared = prepareKeyPolicy(policy);
  const key = options.key ?? { partition, account: options.account };
  const keys = options.keyProperties;
  const probes = {
    encryptionContext: Object.keys(encryptionContext).length > 0 ? encryptionContext : undefined,
    viaService,
  };
  const conditionKeys = new Map(
    actions.map((action) => [action, conditionKeysFor(policy, action)]),
  );
  const dimensions = new Map(
    actions.map((action) => [
      action,
      listRequestDimensions(action, probes, conditionKeys.get(action) ?? new Set()),
    ]),
  );
  // An unnamed row (`*`, an organisation) is asked again with what it assumes unknown where
  // a condition reads it (`evaluateCell`).
  const readsIdentity = new Set(
    actions.filter((action) =>
      readsAssumed(callerOf('organization o-x'), conditionKeys.get(action) ?? new Set()),
    ),
  );
  const variantsOf = (action: string): number =>
    (dimensions.get(action) ?? []).reduce((product, d) => product * d.variants.length, 1);
  const variants = actions.reduce((sum, action) => sum + variantsOf(action), 0);
  const unnamedVariants =
    variants + [...readsIdentity].reduce((sum, action) => sum + variantsOf(action), 0);
  // Matching a caller against every statement's principals costs that many steps per row;
  // the plan's budget counts it too, and the count stops as soon as either limit is passed.
  const left = accessWorkLeft();
  const size = {
    longest: Math.max(
      ...rows.map((row) => row.length),
      ...Object.entries(encryptionContext)
        .flat()
        .map((text) => text.length),
      viaService?.length ?? 0,
    ),
    contextKeys: Object.keys(encryptionContext).length,
  };
  const scan = prepared.statements.reduce(
    (sum, statement) =>
      sum + 1 + (statement.principals?.length ?? 0) + (statement.notPrincipals?.length ?? 0),
    0,
  );
  let work = 0;
  let scanned = 0;
  // Evaluation work done so far (the estimate foresees no wildcard matcher steps).
  let done = 0;
  // A refused matrix still spends the scans and evaluations it did: else each key of a plan
  // could scan up to a fresh budget and be refused at no cost.
  const refuse = (error: AccessMatrixTooLargeError): never => {
    spendAccessWork(scanned + done);
    throw error;
  };
  for (const row of rows) {
    scanned += scan;
    if (scanned + work > left) {
      refuse(new AccessMatrixTooLargeError(rows.length, actions.length, scanned + work, 'plan'));
    }
    // An evaluation costs about as much as a statement looked at, and a statement's
    // conditions what `matchConditions` charges for them: count each.
    const caller = callerOf(row).principal;
    const candidates = candidateStatements(prepared, caller);
    work +=
      (1 +
        candidates.reduce(
          (sum, { statement }) => sum + 1 + estimateConditionWork(statement, size),
          0,
        )) *
      (caller === '*' ? unnamedVariants : variants) *
      (isServicePrincipal(row) ? 2 : 1);
    if (work > MAX_ACCESS_MATRIX_WORK) {
      refuse(new AccessMatrixTooLargeError(rows.length, actions.length, work));
    }
  }
  if (scanned + work > left) {
    refuse(new AccessMatrixTooLargeError(rows.length, actions.length, scanned + work, 'plan'));
  }
  const sources = indexServiceSources(policy);
  const cap = Math.min(MAX_ACCESS_MATRIX_WORK, left - scanned);
  const start = evaluationWork(prepared);
  const stopPastCap = () => {
    done = evaluationWork(prepared) - start;
    if (done > cap) {
      refuse(
        new AccessMatrixTooLargeError(
          rows.length,
          actions.length,
          scanned + done,
          done > MAX_ACCESS_MATRIX_WORK ? 'matrix' : 'plan',
        ),
      );
    }
  };
  const evaluateRows = () =>
    rows.flatMap((principal) =>
      actions.map((action) => {
        stopPastCap();
        // Last, so the service's own encryption context is the one its request carries.
        const source = isServicePrincipal(principal) ? sources(principal, action) : undefined;
        const varied = [
          ...(dimensions.get(action) ?? []),
          ...(source === undefined
            ? []
            : [{ requirement: 'source' as const, variants: [source, {}] }]),
        ];
        const caller = callerOf(principal);
        const request = {
          principal,
          action,
          key,
          keys,
          readsAssumed: readsAssumed(caller, conditionKeys.get(action) ?? new Set()),
        };
        return evaluateCell(prepared, request, varied, {
          // Anyone's row is evaluated again per account tried when it is allowed: the
          // estimate does not foresee it, the work counted (`done`) does.
          foreign:
            principal === '*'
              ? (allowed) => coversOtherAccounts(accounts, allowed)
              : isForeign(principal, options.account),
          caller,
        });
      }),
    );
  // One wildcard match of two long values can cost seconds: it stops at the cap as well.
  prepared.work.conditionsLimit = prepared.work.conditions + cap + 1;
  let entries: ReturnType<typeof evaluateRows>;
  try {
    entries = evaluateRows();
  } catch (error) {
    if (!(error instanceof WildcardWorkLimitError)) throw error;
    prepared.work.conditions = prepared.work.conditionsLimit;
    entries = [];
  } finally {
    delete prepared.work.conditionsLimit;
  }
  stopPastCap();
  spendAccessWork(scanned + Math.max(work, done));
  return entries;
}

/** The evaluation work the estimate prices: evaluations, statements and conditions. */
function evaluationWork(prepared: PreparedKeyPolicy): number {
  const { evaluations, statements, conditions } = prepared.work;
  return evaluations + statements + conditions;
}
function namedPrincipals(policy: KeyPolicyDocument): string[] {
  const blocks = policy.Statement.flatMap((statement: PolicyStatement) => [
    statement.Principal,
    statement.NotPrincipal,
  ]);
  return blocks.flatMap((block: PrincipalBlock | undefined) => {
    if (block === undefined || block === '*') return [];
    return Object.values(block).flatMap((values) => toList<string>(values));
  });
}

/** Positive string conditions on `key` in Allow statements: the values a request should carry. */
function allowedConditionValues(policy: KeyPolicyDocument, matches: (key: string) => boolean) {
  const found: [string, string][] = [];
  for (const statement of policy.Statement) {
    if (statement.Effect !== 'Allow') continue;
    for (const [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      const operator = parseConditionOperator(operatorName);
      if (operator?.family !== 'String' || operator.negated) continue;
      for (const [key, values] of Object.entries(entries)) {
        if (!matches(key)) continue;
        const first = toList(values)[0];
        // A StringLike pattern stands for any value it matches; `x` fills its wildcards.
        if (first !== undefined) found.push([key, String(first).replace(/[*?]/g, 'x')]);
      }
    }
  }
  return found;
}

const CONTEXT_PREFIX = 'kms:encryptioncontext:';

function requiredEncryptionContext(policy: KeyPolicyDocument): Record<string, string> {
  const context: Record<string, string> = {};
  for (const [key, value] of allowedConditionValues(policy, (name) =>
    name.toLowerCase().startsWith(CONTEXT_PREFIX),
  )) {
    const contextKey = key.slice(CONTEXT_PREFIX.length);
    context[contextKey] ??= value;
  }
  return context;
}

function allowedViaServices(policy: KeyPolicyDocument): string[] {
  return [
    ...new Set(
      allowedConditionValues(policy, (name) => name.toLowerCase() === 'kms:viaservice').map(
        ([, value]) => value,
      ),
    ),
  ].sort();
}
