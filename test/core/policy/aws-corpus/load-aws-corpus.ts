/**
 * Loads the AWS-documented key policy corpus (the `*.yaml` files next to this one) and checks
 * the shape of every case, so that a typo in a case fails loudly instead of testing nothing.
 * The format is described in `README.md` in this folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type {
  EvaluationStance,
  RequestContext,
} from '../../../../core/policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../../core/policy/types.ts';

export const CORPUS_DIR = import.meta.dirname;

export type Verdict = 'allowed' | 'explicit_deny' | 'implicit_deny';
export type Mode = 'arn_known' | 'location_only';
export const MODES: readonly Mode[] = ['arn_known', 'location_only'];

export interface Expectation {
  verdict: Verdict;
  /** The key policy lets the caller's account's IAM policies decide (account principal). */
  delegated_to_iam: boolean;
}

export interface CorpusCase {
  file: string;
  id: string;
  description: string;
  source: { title: string; url: string; section: string };
  policy: KeyPolicyDocument;
  request: Omit<RequestContext, 'key'>;
  /** One expectation per mode (the same one unless the case states `modes`). */
  expected: Record<Mode, Expectation>;
  /** The caller is in another account, so its own account's IAM policy must allow it too. */
  callerAccountIam: boolean | undefined;
  stance: EvaluationStance;
  note: string | undefined;
  knownBug: string | undefined;
}

const CASE_FIELDS = new Set([
  'id',
  'description',
  'source',
  'policy',
  'statement',
  'request',
  'expected',
  'modes',
  'stance',
  'note',
  'known_bug',
  'caller_account_iam',
]);
const REQUEST_FIELDS = new Set([
  'principal',
  'action',
  'mfaPresent',
  'encryptionContext',
  'viaService',
  'callerAccount',
  'principalOrgId',
  'grantIsForAwsResource',
  'keys',
]);
const VERDICTS = new Set<string>(['allowed', 'explicit_deny', 'implicit_deny']);
const STANCES = new Set<string>(['exact', 'lockout', 'exposure']);
const STATEMENT_FIELDS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

type Json = Record<string, unknown>;

function fail(where: string, message: string): never {
  throw new Error(`AWS corpus ${where}: ${message}`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyFields(where: string, value: Json, allowed: ReadonlySet<string>): void {
  for (const field of Object.keys(value)) {
    if (!allowed.has(field)) {
      fail(where, `unknown field "${field}"; allowed: ${[...allowed].join(', ')}`);
    }
  }
}

function text(where: string, value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(where, `"${field}" must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

function checkStatement(where: string, statement: unknown): PolicyStatement {
  if (!isObject(statement)) fail(where, 'a statement must be a mapping');
  onlyFields(where, statement, STATEMENT_FIELDS);
  if (statement['Effect'] !== 'Allow' && statement['Effect'] !== 'Deny') {
    fail(where, `Effect must be Allow or Deny, got ${JSON.stringify(statement['Effect'])}`);
  }
  const hasPrincipal = 'Principal' in statement;
  if (hasPrincipal === 'NotPrincipal' in statement) {
    fail(where, 'a key policy statement needs exactly one of Principal and NotPrincipal');
  }
  if ('Action' in statement === 'NotAction' in statement) {
    fail(where, 'a statement needs exactly one of Action and NotAction');
  }
  if ('Resource' in statement === 'NotResource' in statement) {
    fail(where, 'a statement needs exactly one of Resource and NotResource');
  }
  return statement as unknown as PolicyStatement;
}

function checkPolicy(where: string, value: unknown): KeyPolicyDocument {
  if (!isObject(value)) fail(where, 'policy must be a mapping or the name of a shared policy');
  onlyFields(where, value, new Set(['Version', 'Id', 'Statement']));
  if (value['Version'] !== '2012-10-17' && value['Version'] !== '2008-10-17') {
    fail(where, `policy Version must be 2012-10-17 or 2008-10-17, got ${String(value['Version'])}`);
  }
  const statements = value['Statement'];
  if (!Array.isArray(statements) || statements.length === 0) {
    fail(where, 'policy Statement must be a non-empty list');
  }
  statements.forEach((statement, index) =>
    checkStatement(`${where} statement ${index}`, statement),
  );
  return value as unknown as KeyPolicyDocument;
}

function checkExpectation(where: string, value: unknown): Expectation {
  if (!isObject(value)) fail(where, 'an expectation must be a mapping');
  onlyFields(where, value, new Set(['verdict', 'delegated_to_iam']));
  const verdict = value['verdict'];
  if (typeof verdict !== 'string' || !VERDICTS.has(verdict)) {
    fail(where, `verdict must be allowed, explicit_deny or implicit_deny, got ${String(verdict)}`);
  }
  const delegated = value['delegated_to_iam'] ?? false;
  if (typeof delegated !== 'boolean') fail(where, 'delegated_to_iam must be true or false');
  return { verdict: verdict as Verdict, delegated_to_iam: delegated };
}

function checkRequest(where: string, value: unknown): Omit<RequestContext, 'key'> {
  if (!isObject(value)) fail(where, 'request must be a mapping');
  onlyFields(where, value, REQUEST_FIELDS);
  text(where, value['principal'], 'request.principal');
  const action = text(where, value['action'], 'request.action');
  if (!/^kms:[A-Za-z*?]+$/.test(action))
    fail(where, `request.action must be kms:<Name>, got ${action}`);
  return value as unknown as Omit<RequestContext, 'key'>;
}

function checkCase(
  file: string,
  raw: unknown,
  shared: Record<string, KeyPolicyDocument>,
): CorpusCase {
  if (!isObject(raw)) fail(file, 'each case must be a mapping');
  const id = text(file, raw['id'], 'id');
  const where = `${file} ${id}`;
  onlyFields(where, raw, CASE_FIELDS);
  const description = text(where, raw['description'], 'description');
  const source = raw['source'];
  if (!isObject(source)) fail(where, 'source must be a mapping of title, url and section');
  onlyFields(where, source, new Set(['title', 'url', 'section']));
  const url = text(where, source['url'], 'source.url');
  if (!/^https:\/\/docs\.aws\.amazon\.com\/[^\s]+$/.test(url)) {
    fail(
      where,
      `source.url must be an AWS documentation page (https://docs.aws.amazon.com/...), got ${url}`,
    );
  }

  let policy: KeyPolicyDocument;
  if ('policy' in raw === 'statement' in raw)
    fail(where, 'give exactly one of policy and statement');
  if (typeof raw['policy'] === 'string') {
    policy = shared[raw['policy']] ?? fail(where, `no shared policy named ${raw['policy']}`);
  } else if ('policy' in raw) {
    policy = checkPolicy(where, raw['policy']);
  } else {
    const statements = Array.isArray(raw['statement']) ? raw['statement'] : [raw['statement']];
    policy = checkPolicy(where, { Version: '2012-10-17', Statement: statements });
  }

  let expected: Record<Mode, Expectation>;
  if ('expected' in raw === 'modes' in raw) fail(where, 'give exactly one of expected and modes');
  if ('expected' in raw) {
    const both = checkExpectation(where, raw['expected']);
    expected = { arn_known: both, location_only: both };
  } else {
    const modes = raw['modes'];
    if (!isObject(modes)) fail(where, 'modes must map arn_known and location_only to expectations');
    onlyFields(where, modes, new Set(MODES));
    expected = {
      arn_known: checkExpectation(`${where} arn_known`, modes['arn_known']),
      location_only: checkExpectation(`${where} location_only`, modes['location_only']),
    };
    if (JSON.stringify(expected.arn_known) === JSON.stringify(expected.location_only)) {
      fail(where, 'modes states the same expectation twice: use expected');
    }
  }
  const stance = raw['stance'] ?? 'exact';
  if (typeof stance !== 'string' || !STANCES.has(stance))
    fail(where, `stance must be exact, lockout or exposure, got ${JSON.stringify(stance)}`);
  const iam = raw['caller_account_iam'];
  if (iam !== undefined && typeof iam !== 'boolean')
    fail(where, 'caller_account_iam must be true or false');
  return {
    file,
    id,
    description,
    source: {
      title: text(where, source['title'], 'source.title'),
      url,
      section: text(where, source['section'], 'source.section'),
    },
    policy,
    request: checkRequest(where, raw['request']),
    expected,
    callerAccountIam: iam,
    stance: stance as EvaluationStance,
    note: raw['note'] === undefined ? undefined : text(where, raw['note'], 'note'),
    knownBug:
      raw['known_bug'] === undefined ? undefined : text(where, raw['known_bug'], 'known_bug'),
  };
}

/** Every case of every corpus file, in file order; throws on the first malformed one. */
export function loadAwsCorpus(): CorpusCase[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const ids = new Set<string>();
  return files.flatMap((file) =>
    parseCorpusFile(file, readFileSync(join(CORPUS_DIR, file), 'utf8'), ids),
  );
}

/** The cases of one corpus file; `ids` collects the ids seen so far (unique across files). */
export function parseCorpusFile(file: string, text: string, ids = new Set<string>()): CorpusCase[] {
  const document: unknown = parse(text, { merge: true });
  if (!isObject(document)) fail(file, 'the file must be a mapping');
  // `sources` holds YAML anchors for the cases' sources and is not read otherwise.
  onlyFields(file, document, new Set(['topic', 'sources', 'policies', 'cases']));
  if (document['topic'] !== file.replace(/\.yaml$/, '')) {
    fail(file, `topic must be the file name without .yaml, got ${String(document['topic'])}`);
  }
  const shared: Record<string, KeyPolicyDocument> = {};
  const policies = document['policies'] ?? {};
  if (!isObject(policies)) fail(file, 'policies must map names to policies');
  for (const [name, policy] of Object.entries(policies)) {
    shared[name] = checkPolicy(`${file} policy ${name}`, policy);
  }
  const cases = document['cases'];
  if (!Array.isArray(cases) || cases.length === 0) fail(file, 'cases must be a non-empty list');
  return cases.map((raw) => {
    const corpusCase = checkCase(file, raw, shared);
    if (ids.has(corpusCase.id)) fail(file, `duplicate case id ${corpusCase.id}`);
    ids.add(corpusCase.id);
    return corpusCase;
  });
}
