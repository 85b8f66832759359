import { checkPolicyStatement } from './check-policy-statement.ts';
import { findDuplicateJsonKeys } from './find-duplicate-json-keys.ts';
import {
  checkFields,
  describeValue,
  isRecord,
  toJsonPointer,
  type PolicyPath,
  type PolicyProblem,
  type ReportPolicyProblem,
} from './policy-problem.ts';
import type { KeyPolicyDocument, PolicyStatement } from './types.ts';

export type { PolicyProblem } from './policy-problem.ts';

/** A statement left out of the understood policy because it has errors. */
export interface ExcludedStatement {
  /** Index in the policy as written (0 for a lone statement object). */
  index: number;
  /** Its Sid, or `#<index>`: the label the evaluator would give it. */
  label: string;
  /** Where it is: `['Statement', 2]`, or `['Statement']` for a lone statement object. */
  path: (string | number)[];
  /** The statement as written. */
  statement: unknown;
}

/**
 * What can be read of a policy KMS would refuse: its statements without errors, so the other
 * lint rules still say everything they can in one pass.
 */
export interface UnderstoodPolicy {
  /**
   * The statements without errors, in order. When statements are left out, a statement
   * without Sid that moved gets its label as written (`#3`) as Sid, so findings name it as
   * the author numbers it.
   */
  document: KeyPolicyDocument;
  /** For each statement of `document`, its index in the policy as written. */
  indexes: number[];
  excluded: ExcludedStatement[];
}

export type ParseKeyPolicyResult =
  | { ok: true; policy: KeyPolicyDocument; problems: PolicyProblem[] }
  | {
      ok: false;
      problems: PolicyProblem[];
      /**
       * Absent when nothing can be read: not JSON, not an object, no statements, or a name
       * repeated in the top-level object.
       */
      understood?: UnderstoodPolicy;
    };

/** KMS refuses key policies over 32 KB. */
export const MAX_KEY_POLICY_BYTES = 32_768;

const TOP_LEVEL_FIELDS = ['Version', 'Id', 'Statement'];
const VERSIONS = ['2012-10-17', '2008-10-17'];

/**
 * Parses and validates a raw key policy, given as JSON text or as already-parsed data, by the
 * grammar of the IAM JSON policy language (IAM User Guide, "IAM JSON policy element reference",
 * "Grammar of the IAM JSON policy language"): document shape, Version, each statement (see
 * `checkPolicyStatement`), and the 32 KB limit (measured on the compact JSON kms-action
 * sends); in text, a name repeated in one object (RFC 8259 section 4). Every problem carries a
 * JSON pointer, a message and a fix hint, all of them in one pass (repeated names last). With no
 * errors the result is the policy with `Statement` as a list; warnings travel along. With
 * errors, `understood` is the policy without the statements that have them.
 */
export function parseKeyPolicy(input: unknown): ParseKeyPolicyResult {
  const problems: PolicyProblem[] = [];
  let errors = 0;
  const report: ReportPolicyProblem = (path, severity, message, hint) => {
    problems.push({ path: toJsonPointer(path), severity, message, hint });
    if (severity === 'error') errors += 1;
  };

  let data = input;
  let textProblems: TextProblem[] = [];
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch (error) {
      report(
        [],
        'error',
        `the key policy is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        'check for missing commas, quotes or brackets',
      );
      return { ok: false, problems };
    }
    textProblems = duplicateKeyProblems(input);
  }
  if (!isRecord(data)) {
    report(
      [],
      'error',
      `a key policy is a JSON object, got ${describeValue(data)}`,
      'write `{ "Version": "2012-10-17", "Statement": [ ... ] }`',
    );
    return { ok: false, problems };
  }

  const json = JSON.stringify(data);
  // A UTF-16 code unit is at most 3 bytes of UTF-8: only a long text needs encoding.
  const size = json.length * 3 <= MAX_KEY_POLICY_BYTES ? 0 : new TextEncoder().encode(json).length;
  if (size > MAX_KEY_POLICY_BYTES) {
    report(
      [],
      'error',
      `a key policy must be at most ${MAX_KEY_POLICY_BYTES} bytes, got ${size}`,
      'merge statements that share principals and actions, or move grants of access to IAM policies and grants',
    );
  }
  checkFields(data, [], TOP_LEVEL_FIELDS, 'policy', report);
  const version = checkVersion(data, report);
  const statements = statementsOf(data.Statement, report);

  const variablesAllowed = version !== '2008-10-17' && version !== undefined;
  const sids = new Map<string, string>();
  const broken = new Set<number>();
  statements.forEach(({ value, path }, index) => {
    const errorsBefore = errors;
    checkPolicyStatement(value, path, report, { sids, variablesAllowed });
    if (errors > errorsBefore) broken.add(index);
  });

  let frameUnderstood = statements.length > 0;
  for (const { problem, objectPath } of textProblems) {
    problems.push(problem);
    errors += 1;
    const owner = ownerStatement(objectPath, data.Statement);
    if (owner !== undefined) broken.add(owner);
    // A name twice in the policy object itself: which Version or Statement counts is unknown.
    else frameUnderstood = false;
  }

  if (errors > 0) {
    return frameUnderstood
      ? { ok: false, problems, understood: understand(statements, broken, version) }
      : { ok: false, problems };
  }
  const policy = {
    ...data,
    Version: version ?? '2008-10-17',
    Statement: statements.map(({ value }) => value),
  } as KeyPolicyDocument;
  return { ok: true, policy, problems };
}

interface StatementAt {
  value: unknown;
  path: (string | number)[];
}

interface TextProblem {
  problem: PolicyProblem;
  objectPath: (string | number)[];
}

function checkVersion(
  data: Record<string, unknown>,
  report: ReportPolicyProblem,
): KeyPolicyDocument['Version'] | undefined {
  if (data.Id !== undefined && typeof data.Id !== 'string') {
    report(
      ['Id'],
      'error',
      `Id must be a string, got ${describeValue(data.Id)}`,
      'remove `Id` or make it a string',
    );
  }
  const version = data.Version;
  if (version === undefined) {
    report(
      [],
      'warning',
      'the key policy has no `Version`: AWS reads it as 2008-10-17, without policy variables',
      'add `"Version": "2012-10-17"`',
    );
    return undefined;
  }
  if (typeof version !== 'string' || !VERSIONS.includes(version)) {
    report(
      ['Version'],
      'error',
      `Version must be "2012-10-17" or "2008-10-17", got ${describeValue(version)}`,
      'use `"Version": "2012-10-17"`, the current policy language version',
    );
    // Read as the version the hint asks for, so the statements are still understood.
    return '2012-10-17';
  }
  return version as KeyPolicyDocument['Version'];
}

/** Index of the statement a path inside the policy belongs to (0 for a lone statement object). */
function ownerStatement(objectPath: PolicyPath, statementData: unknown): number | undefined {
  if (objectPath[0] !== 'Statement') return undefined;
  if (Array.isArray(statementData)) {
    return typeof objectPath[1] === 'number' ? objectPath[1] : undefined;
  }
  return isRecord(statementData) ? 0 : undefined;
}

/** The statements to check: a list, or one statement object (IAM accepts both). */
function statementsOf(statementData: unknown, report: ReportPolicyProblem): StatementAt[] {
  if (statementData === undefined) {
    report(
      [],
      'error',
      'the key policy has no `Statement`',
      'add `"Statement": [ ... ]` with at least one statement',
    );
    return [];
  }
  if (Array.isArray(statementData)) {
    if (statementData.length === 0) {
      report(
        ['Statement'],
        'error',
        'the key policy has no statements: nobody, not even the account, could use or manage the key',
        'add at least the statement that allows the account root `kms:*`',
      );
    }
    return statementData.map((value: unknown, index) => ({ value, path: ['Statement', index] }));
  }
  if (isRecord(statementData)) return [{ value: statementData, path: ['Statement'] }];
  report(
    ['Statement'],
    'error',
    `Statement must be a list of statements, got ${describeValue(statementData)}`,
    'write `"Statement": [ { "Effect": "Allow", ... } ]`',
  );
  return [];
}

function duplicateKeyProblems(text: string): TextProblem[] {
  return findDuplicateJsonKeys(text).map((duplicate) => ({
    objectPath: duplicate.objectPath,
    problem: {
      path: toJsonPointer([...duplicate.objectPath, duplicate.name]),
      severity: 'error',
      message: `\`${duplicate.name}\` appears twice in one object (first at line ${duplicate.first.line}, column ${duplicate.first.column}): JSON readers differ on which one counts (RFC 8259 section 4), so this part of the policy has no single meaning`,
      hint: `keep one \`${duplicate.name}\` and merge the values into it`,
      position: { line: duplicate.line, column: duplicate.column },
    },
  }));
}

function understand(
  statements: readonly StatementAt[],
  broken: ReadonlySet<number>,
  version: KeyPolicyDocument['Version'] | undefined,
): UnderstoodPolicy {
  const kept: PolicyStatement[] = [];
  const indexes: number[] = [];
  const excluded: ExcludedStatement[] = [];
  statements.forEach(({ value, path }, index) => {
    if (broken.has(index)) {
      const sid = isRecord(value) && typeof value.Sid === 'string' ? value.Sid : undefined;
      excluded.push({ index, label: sid ?? `#${index}`, path: [...path], statement: value });
      return;
    }
    const statement = value as PolicyStatement;
    kept.push(
      statement.Sid === undefined && kept.length !== index
        ? { ...statement, Sid: `#${index}` }
        : statement,
    );
    indexes.push(index);
  });
  return {
    document: { Version: version ?? '2008-10-17', Statement: kept },
    indexes,
    excluded,
  };
}
