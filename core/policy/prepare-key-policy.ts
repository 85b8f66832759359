import type { Match } from './evaluation-types.ts';
import type { PrincipalMatch } from './match-statement-principal.ts';
import { parseConditionOperator, type ConditionOperator } from './parse-condition-operator.ts';
import { parsePrincipal, type ParsedPrincipal } from './parse-principal.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument, PolicyStatement, PrincipalBlock } from './types.ts';

/**
 * A policy made ready for many evaluations (the access matrix evaluates one policy a few
 * thousand times). It is a snapshot: later edits to the document are not seen.
 */
export interface PreparedKeyPolicy {
  readonly kind: 'prepared-key-policy';
  readonly statements: readonly PreparedStatement[];
  /** Policy variables are replaced (2012-10-17 policies only). */
  readonly variables: boolean;
  /**
   * Memo per caller ARN: the statements whose Principal / NotPrincipal covers it, and how.
   * The access matrix asks about each caller for every action and request variant, so a
   * statement naming other principals is skipped without looking at it again.
   */
  readonly byCaller: Map<string, readonly CandidateStatement[]>;
  /**
   * Deterministic cost over every evaluation: evaluations, statements looked at past their
   * principal, Resource / NotResource lists scanned (once per statement and key), and
   * statements whose Principal was matched against a new caller.
   */
  readonly work: {
    evaluations: number;
    statements: number;
    resourceScans: number;
    principalScans: number;
    /**
     * Matching conditions: each statement's `conditionCost`, plus what a request makes of its
     * values (`matchConditions`): characters policy variables produce, set and multivalued
     * comparisons past the first request value, long request values, wildcard matcher steps.
     */
    conditions: number;
    /** While set (by the access matrix), a wildcard match past it stops (match-conditions.ts). */
    conditionsLimit?: number;
  };
}

export interface CandidateStatement {
  statement: PreparedStatement;
  principal: Exclude<PrincipalMatch, 'none'>;
}

export interface PreparedStatement {
  label: string;
  effect: PolicyStatement['Effect'];
  principals: PreparedPrincipal[] | undefined;
  notPrincipals: PreparedPrincipal[] | undefined;
  actions: string[] | undefined;
  notActions: string[] | undefined;
  resources: string[] | undefined;
  notResources: string[] | undefined;
  conditions: PreparedCondition[];
  /**
   * Its condition keys plus their values, each value weighted by its length
   * (`valueWork`): the work of matching its conditions against one short request value.
   */
  conditionCost: number;
  /**
   * Memo of `matchStatementResource` per key (JSON of the `RequestedKey`): a Resource list
   * only ever matters as match / no match against the key, so thousands of resources cost
   * their scan once per key, not once per request.
   */
  resourceMatches: Map<string, Match>;
  /** Memo of the Action / NotAction match per action, for the same reason. */
  actionMatches: Map<string, boolean>;
}

export interface PreparedCondition {
  /** `undefined`: an operator IAM does not know, which never matches (AWS refuses it). */
  operator: ConditionOperator | undefined;
  /** Lower-cased. */
  key: string;
  /** As written (the condition key's original casing, for messages). */
  name: string;
  values: string[];
}

export interface PreparedPrincipal {
  type: string;
  value: string;
  parsed: ParsedPrincipal;
}

/** Characters per step of text a condition copies, scans or compares. */
export const CHARACTERS_PER_STEP = 32;

/**
 * Characters per step of a request value compared with a policy value: equality stops at the
 * first difference and the wildcard matcher's steps count apart, so the value itself costs
 * little more than its copy; realistic values (ARNs, service names) cost nothing extra.
 */
export const REQUEST_CHARACTERS_PER_STEP = 128;

/** A step per value, and one per CHARACTERS_PER_STEP characters of it. */
export function valueWork(text: string): number {
  return 1 + Math.floor(text.length / CHARACTERS_PER_STEP);
}

/** Prepares `policy` for repeated `evaluateKeyPolicy` calls. */
export function prepareKeyPolicy(policy: KeyPolicyDocument): PreparedKeyPolicy {
  const list = (value: string | string[] | undefined): string[] | undefined =>
    value === undefined ? undefined : toList(value);
  return {
    kind: 'prepared-key-policy',
    variables: policy.Version === '2012-10-17',
    byCaller: new Map(),
    work: { evaluations: 0, statements: 0, resourceScans: 0, principalScans: 0, conditions: 0 },
    statements: policy.Statement.map((statement, index) => {
      const conditions = prepareConditions(statement.Condition);
      return {
        label: statement.Sid ?? `#${index}`,
        effect: statement.Effect,
        principals: preparePrincipals(statement.Principal),
        notPrincipals: preparePrincipals(statement.NotPrincipal),
        actions: list(statement.Action),
        notActions: list(statement.NotAction),
        resources: list(statement.Resource),
        notResources: list(statement.NotResource),
        resourceMatches: new Map(),
        actionMatches: new Map(),
        conditions,
        conditionCost: conditions.reduce(
          (cost, condition) =>
            condition.values.reduce((sum, value) => sum + valueWork(value), cost + 1),
          0,
        ),
      };
    }),
  };
}

function prepareConditions(block: PolicyStatement['Condition']): PreparedCondition[] {
  return Object.entries(block ?? {}).flatMap(([operatorName, entries]) => {
    const operator = parseConditionOperator(operatorName);
    return Object.entries(entries).map(([key, values]) => ({
      operator,
      key: key.toLowerCase(),
      name: key,
      values: toList(values).map(String),
    }));
  });
}

function preparePrincipals(block: PrincipalBlock | undefined): PreparedPrincipal[] | undefined {
  if (block === undefined) return undefined;
  if (block === '*') return [{ type: 'AWS', value: '*', parsed: { kind: 'anyone' } }];
  return Object.entries(block).flatMap(([type, values]) =>
    toList<string>(values).map((value) => ({ type, value, parsed: parsePrincipal(value) })),
  );
}
