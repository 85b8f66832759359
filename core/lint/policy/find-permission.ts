import {
  anyAllowCovers,
  evaluateKeyPolicy,
  prepareKeyPolicy,
  type Decision,
  type EvaluationStance,
  type PreparedKeyPolicy,
  type RequestContext,
  type RequestedKey,
} from '../../policy/evaluate-key-policy.ts';
import { evaluationWorkOf } from '../../policy/evaluation-work-of.ts';
import type { KeyPolicyDocument } from '../../policy/types.ts';
import { buildSatisfyingRequest, type Perspective } from './build-satisfying-request.ts';
import { chargeLintWork } from './lint-work-meter.ts';

export interface Permission {
  decision: Decision;
  /** A request the key policy lets through. */
  request: RequestContext;
}

export interface PermissionQuery {
  principal: string;
  action: string;
  perspective: Perspective;
  /**
   * `favourable`: the caller may have MFA when a condition wants it; `absent`: long-term
   * credentials (an IAM user's access keys), with no MFA key at all; `false`: temporary
   * credentials without MFA (any role session, OIDC included), whose requests carry the key as
   * `false`.
   */
  mfa?: 'favourable' | 'absent' | 'false';
  /** Count "the key policy lets IAM policies decide" (account principal) as permitted. */
  delegation?: boolean;
  /** Only direct calls (no `kms:ViaService`) without an encryption context. */
  bare?: boolean;
  /** Extra request values that stay as given (e.g. `aws:SourceAccount` of an outsider). */
  keys?: Readonly<Record<string, string>>;
  /** The key (`PolicyTarget.key`); omitted: nothing is known about it. */
  key?: RequestedKey;
  /**
   * `exposure` by default: an Allow whose Resource could name the key counts (rules that look
   * for too much access). `lockout`: only surely applying Allows count, and every Deny that
   * could apply (rules that look for a lockout).
   */
  stance?: EvaluationStance;
}

/**
 * Whether some request by `principal` for `action` gets through the key policy: the plain
 * request, and for each Allow statement a request that satisfies its conditions as far as
 * the caller can (see `buildSatisfyingRequest`), each evaluated against the whole policy, so
 * Deny statements and NotPrincipal apply exactly as AWS applies them.
 */
export function findPermission(
  document: KeyPolicyDocument,
  query: PermissionQuery,
): Permission | undefined {
  const policy = preparedPolicy(document);
  // Most questions name a caller or action no Allow covers: answered before anything is built.
  const before = evaluationWorkOf(policy);
  const covered = anyAllowCovers(policy, query.principal, query.action, query.delegation === true);
  chargeLintWork(1 + evaluationWorkOf(policy) - before);
  if (!covered) return undefined;
  // Several rules ask the same question of one policy: answer each once.
  let answers = answered.get(document);
  if (answers === undefined) {
    answers = new Map();
    answered.set(document, answers);
  }
  chargeLintWork(QUESTION_STEPS);
  const question = questionOf(query);
  if (answers.has(question)) return answers.get(question);
  const answer = searchPermission(document, policy, query);
  answers.set(question, answer);
  return answer;
}

/**
 * Lint work of a question (its text, the answer cache) and of a candidate request (built and
 * compared), in evaluation steps: measured to cost about that many statement visits.
 */
const QUESTION_STEPS = 4;
const CANDIDATE_STEPS = 2;

const answered = new WeakMap<KeyPolicyDocument, Map<string, Permission | undefined>>();

/** Every field of the query, in a fixed order: equal texts for equal questions only. */
function questionOf(query: PermissionQuery): string {
  const { perspective, key } = query;
  // Typed by the query's own fields: a field added to the query must be added here.
  const fields: Record<keyof PermissionQuery, unknown> = {
    principal: query.principal,
    action: query.action,
    perspective:
      perspective.kind === 'outsider' ? [perspective.account, perspective.organization] : null,
    mfa: query.mfa ?? null,
    delegation: query.delegation ?? null,
    bare: query.bare ?? null,
    keys: query.keys ?? null,
    key:
      key === undefined
        ? null
        : 'arn' in key
          ? [key.arn, key.properties ?? null]
          : [
              key.partition ?? null,
              key.account ?? null,
              key.region ?? null,
              key.properties ?? null,
            ],
    stance: query.stance ?? null,
  };
  return JSON.stringify(Object.values(fields));
}

function searchPermission(
  document: KeyPolicyDocument,
  policy: PreparedKeyPolicy,
  query: PermissionQuery,
): Permission | undefined {
  const mfa = query.mfa ?? 'favourable';
  const base: RequestContext = {
    principal: query.principal,
    action: query.action,
    ...(query.key === undefined ? {} : { key: query.key }),
    ...(query.perspective.kind === 'outsider'
      ? {
          principalOrgId: query.perspective.organization,
          // Anyone can create an organisation: the outsider is in one, at an OU of its own.
          keys: {
            'aws:PrincipalOrgPaths': [`${query.perspective.organization}/r-kmsa/ou-kmsa-outsider/`],
            ...query.keys,
          },
        }
      : query.keys === undefined
        ? {}
        : { keys: query.keys }),
    ...(mfa === 'favourable' ? { mfaPresent: true } : {}),
  };
  let charged = evaluationWorkOf(policy);
  const charge = (): void => {
    const now = evaluationWorkOf(policy);
    chargeLintWork(now - charged);
    charged = now;
  };
  // The plain request first; then, one at a time, a request built to satisfy each Allow.
  // An Allow without conditions the caller can satisfy (most) adds nothing to the plain
  // request, which is not evaluated again.
  // Candidates that differ only in what the query then removes (bare, no MFA) are one request:
  // equal JSON texts are equal requests (a text per request keeps this linear).
  const evaluated = new Set<string>();
  const evaluate = (candidate: RequestContext): Permission | undefined => {
    const request = askedRequest(candidate, query.keys, mfa, query.bare === true);
    const text = JSON.stringify(request);
    if (evaluated.has(text)) return undefined;
    evaluated.add(text);
    const decision = evaluateKeyPolicy(policy, request, query.stance ?? 'exposure');
    charge();
    const permitted =
      decision.verdict === 'allowed' ||
      (query.delegation === true &&
        decision.verdict === 'implicit_deny' &&
        decision.delegatedToIam);
    return permitted ? { decision, request } : undefined;
  };
  const plain = evaluate(base);
  if (plain !== undefined) return plain;
  for (const statement of document.Statement) {
    // Without conditions the satisfying request is the plain one, already evaluated.
    if (statement.Effect !== 'Allow' || statement.Condition === undefined) continue;
    chargeLintWork(CANDIDATE_STEPS);
    const candidate = buildSatisfyingRequest(statement, base, query.perspective);
    if (sameRequest(candidate, base)) continue;
    const permission = evaluate(candidate);
    if (permission !== undefined) return permission;
  }
  return undefined;
}

/** Same fields with the same values (requests are flat records of strings and lists). */
function sameRequest(a: RequestContext, b: RequestContext): boolean {
  const fields = Object.keys(a) as (keyof RequestContext)[];
  if (fields.length !== Object.keys(b).length) return false;
  return fields.every((field) => sameValue(a[field], b[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const entries = Object.entries(a);
  if (entries.length !== Object.keys(b).length) return false;
  return entries.every(
    ([name, value]) =>
      Object.prototype.hasOwnProperty.call(b, name) &&
      sameValue(value, (b as Record<string, unknown>)[name]),
  );
}

/** Rules ask many questions of one policy: parse its statements once per document. */
const prepared = new WeakMap<KeyPolicyDocument, PreparedKeyPolicy>();

function preparedPolicy(document: KeyPolicyDocument): PreparedKeyPolicy {
  let policy = prepared.get(document);
  if (policy === undefined) {
    policy = prepareKeyPolicy(document);
    prepared.set(document, policy);
  }
  return policy;
}

/**
 * `candidate` as the query asks it, in one copy: the query's fixed keys over its own; without
 * MFA (`absent`: no MFA key at all, `false`: a session that says it has none); as a direct
 * call without encryption context (`bare`).
 */
function askedRequest(
  candidate: RequestContext,
  fixedKeys: Readonly<Record<string, string>> | undefined,
  mfa: 'favourable' | 'absent' | 'false',
  bareCall: boolean,
): RequestContext {
  const withoutMfa = mfa !== 'favourable';
  if (fixedKeys === undefined && !withoutMfa && !bareCall) return candidate;
  const request = { ...candidate };
  let keys: RequestContext['keys'] =
    fixedKeys === undefined ? candidate.keys : { ...candidate.keys, ...fixedKeys };
  if (withoutMfa) {
    delete request.mfaPresent;
    if (mfa === 'false') request.mfaPresent = false;
  }
  if (bareCall) {
    delete request.encryptionContext;
    delete request.viaService;
  }
  if (withoutMfa || bareCall) {
    keys = keysWithout(
      keys,
      (lower) =>
        (withoutMfa && lower.startsWith('aws:multifactorauth')) ||
        (bareCall &&
          (lower.startsWith('kms:encryptioncontext') ||
            lower === 'kms:viaservice' ||
            lower === 'aws:viaawsservice' ||
            lower.startsWith('aws:calledvia'))),
    );
  }
  if (keys !== undefined) request.keys = keys;
  return request;
}

/** A copy of `keys` without the keys whose lower-cased name `drop` names. */
function keysWithout(
  keys: RequestContext['keys'],
  drop: (lower: string) => boolean,
): Record<string, string | readonly string[]> {
  const kept: Record<string, string | readonly string[]> = {};
  if (keys === undefined) return kept;
  for (const [key, value] of Object.entries(keys)) {
    // defineProperty: a key named `__proto__` stays a key, as Object.fromEntries keeps it.
    if (drop(key.toLowerCase())) continue;
    if (key === '__proto__') {
      Object.defineProperty(kept, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      kept[key] = value;
    }
  }
  return kept;
}
