import { countPolicyGrants } from '../policy/count-policy-grants.ts';
import { expandPolicyActions } from '../policy/expand-policy-actions.ts';
import { normalizeKeyPolicy } from '../policy/normalize-key-policy.ts';
import { MAX_COMPARED_GRANTS, policiesEquivalent } from '../policy/policies-equivalent.ts';
import { splitKeyPolicyStatement, type PolicyGrant } from '../policy/split-key-policy-statement.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../policy/types.ts';
import type { WorkMeter } from '../work/create-work-meter.ts';

/** Steps a grant normalised (`normalizeKeyPolicy`) is charged: measured, thrice a grant split. */
const NORMALISE_STEPS = 3;

/** The comparisons the intent inference makes, each statement split into grants once. */
export interface PolicyComparer {
  /**
   * Whether every single grant of `covered` is also a grant of `container`: adding `covered`
   * to `container` changes nothing. Always the answer of
   * `policiesEquivalent(container, [...container, ...covered])`.
   */
  covers(container: readonly PolicyStatement[], covered: readonly PolicyStatement[]): boolean;
  /** Always the answer of `policiesEquivalent(a, b)`, each policy normalised once. */
  equivalent(a: KeyPolicyDocument, b: KeyPolicyDocument): boolean;
}

/** One statement, its actions expanded, and its grants once split. */
interface StatementGrants {
  expanded: PolicyStatement;
  /** `countPolicyGrants` of the statement: at least its number of grants. */
  count: number;
  /** The grants as `normalizeKeyPolicy` keys them (their JSON), once split. */
  keys?: string[];
  /** See `isRegular`. */
  regular?: boolean;
}

/**
 * A comparer for one key policy's inference: each statement is split into grants once (by
 * object, then by JSON text), each container's grants are indexed once, and each comparison
 * looks up the covered grants, so a comparison costs the covered statements' size, not the
 * policy's. Every step is charged to `meter`, which stops the inference past its limit.
 *
 * Why a look-up answers as `policiesEquivalent` does: `normalizeKeyPolicy` keys grants by
 * their JSON, regroups them and sorts the statements. When every covered grant is a grant of
 * the container, the grant map is the same in content and order, so the normalised policies
 * are equal; when one is not, the grant sets differ, and regrouping regular grants
 * (`isRegular`) can be undone, so the normalised policies differ too. Statements with
 * irregular grants are compared by `policiesEquivalent` itself. Likewise two policies with
 * different regular grants are not equivalent; with the same ones, they are, unless
 * statements that sort alike may come out in another order (then the normalised texts decide).
 */
export function createPolicyComparer(partition: string, meter: WorkMeter): PolicyComparer {
  const byObject = new WeakMap<PolicyStatement, StatementGrants>();
  const byText = new Map<string, StatementGrants>();
  const indexes = new WeakMap<readonly PolicyStatement[], Set<string>>();
  const normalised = new WeakMap<KeyPolicyDocument, Normalised>();

  const grantsOf = (statement: PolicyStatement): StatementGrants => {
    let found = byObject.get(statement);
    if (found !== undefined) return found;
    meter.charge(1);
    const text = JSON.stringify(statement);
    found = byText.get(text);
    if (found === undefined) {
      const [expanded = statement] = expandPolicyActions({
        Version: '2012-10-17',
        Statement: [statement],
      }).Statement;
      found = {
        expanded,
        count: countPolicyGrants({ Version: '2012-10-17', Statement: [expanded] }),
      };
      byText.set(text, found);
    }
    byObject.set(statement, found);
    return found;
  };
  const keysOf = (grants: StatementGrants): string[] => {
    if (grants.keys === undefined) {
      meter.charge(grants.count);
      const split = splitKeyPolicyStatement(grants.expanded, partition);
      grants.keys = split.map((grant) => JSON.stringify(grant));
      grants.regular = split.every(isRegular);
    }
    return grants.keys;
  };
  const countOf = (list: readonly StatementGrants[]): number =>
    list.reduce((sum, grants) => sum + grants.count, 0);
  const indexOf = (
    statements: readonly PolicyStatement[],
    grants: readonly StatementGrants[],
  ): Set<string> => {
    let index = indexes.get(statements);
    if (index === undefined) {
      meter.charge(countOf(grants));
      index = new Set(grants.flatMap(keysOf));
      indexes.set(statements, index);
    }
    return index;
  };
  const normalisedOf = (policy: KeyPolicyDocument, count: number): Normalised => {
    let found = normalised.get(policy);
    if (found === undefined) {
      meter.charge(NORMALISE_STEPS * count);
      const statements = normalizeKeyPolicy(expandPolicyActions(policy), { partition }).Statement;
      const texts = statements.map((statement) => JSON.stringify(statement));
      found = {
        text: JSON.stringify({ Version: policy.Version, Statement: statements }),
        sortsOneWay: texts.every(
          (text, at) => at === 0 || (texts[at - 1] ?? '').localeCompare(text) !== 0,
        ),
      };
      normalised.set(policy, found);
    }
    return found;
  };

  return {
    covers(container, covered) {
      if (covered.length === 0) return true;
      const inside = container.map(grantsOf);
      const added = covered.map(grantsOf);
      const insideCount = countOf(inside);
      const addedCount = countOf(added);
      // As `policiesEquivalent`: past its limit a policy equals only the very same JSON.
      if (insideCount > MAX_COMPARED_GRANTS || insideCount + addedCount > MAX_COMPARED_GRANTS) {
        return false;
      }
      const index = indexOf(container, inside);
      const addedKeys = added.flatMap(keysOf);
      if (![...inside, ...added].every((grants) => grants.regular === true)) {
        meter.charge(NORMALISE_STEPS * (2 * insideCount + addedCount));
        return policiesEquivalent(
          { Version: '2012-10-17', Statement: [...container] },
          { Version: '2012-10-17', Statement: [...container, ...covered] },
          { partition },
        );
      }
      meter.charge(addedKeys.length);
      return addedKeys.every((key) => index.has(key));
    },
    equivalent(a, b) {
      meter.charge(2);
      if (a === b || JSON.stringify(a) === JSON.stringify(b)) return true;
      const grantsA = a.Statement.map(grantsOf);
      const grantsB = b.Statement.map(grantsOf);
      const countA = countOf(grantsA);
      const countB = countOf(grantsB);
      if (countA > MAX_COMPARED_GRANTS || countB > MAX_COMPARED_GRANTS) return false;
      const indexA = indexOf(a.Statement, grantsA);
      const indexB = indexOf(b.Statement, grantsB);
      if ([...grantsA, ...grantsB].every((grants) => grants.regular === true)) {
        meter.charge(indexA.size);
        if (indexA.size !== indexB.size || ![...indexA].every((key) => indexB.has(key))) {
          return false;
        }
        if (JSON.stringify(a.Version) !== JSON.stringify(b.Version)) return false;
        // The same grants normalise to the same statements, in the same order unless two of
        // them sort alike (`localeCompare` ignores some characters): then the texts decide.
        if (normalisedOf(a, countA).sortsOneWay) return true;
      }
      return normalisedOf(a, countA).text === normalisedOf(b, countB).text;
    },
  };
}

/** A policy's `normalizeKeyPolicy` JSON, and whether no two of its statements sort alike. */
interface Normalised {
  text: string;
  sortsOneWay: boolean;
}

/**
 * Regrouping merges the values of grants that differ in one element only; a grant whose
 * splittable element is empty (a statement without principal, action or resource) vanishes
 * into such a merge, and a principal entry with a second `\u0000` is cut when written back
 * (`Type\u0000value`), so two policies with such grants may normalise alike while their
 * grants differ.
 */
function isRegular(grant: PolicyGrant): boolean {
  for (const element of [grant.principal, grant.action, grant.resource]) {
    if (!element.not && element.values.length === 0) return false;
  }
  return grant.principal.values.every(
    (entry) => entry.indexOf('\u0000') === entry.lastIndexOf('\u0000'),
  );
}
