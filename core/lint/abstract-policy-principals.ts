import { MAX_KEY_POLICY_BYTES } from '../policy/parse-key-policy.ts';
import { exactJsonOf } from './exact-json-of.ts';
import { chargeLintWork } from './policy/lint-work-meter.ts';
import { NAMED_PRINCIPAL, listAbstractionCandidates } from './list-abstraction-candidates.ts';
import { mapStrings } from './map-strings.ts';

/**
 * A key policy with the key's own roles and users, and its encryption context values,
 * replaced by placeholders: the keys of one intent (a user and a context of their own each)
 * share a shape, and what a rule says about the shape, with the placeholders put back, is
 * what it says about each key's policy.
 */
export interface AbstractedPolicy {
  /** The policy with placeholders, as data (what the rules read); built when first read. */
  readonly raw: unknown;
  /** Its exact JSON text: the cache key, together with the key's placement. */
  shape: string;
  /** How many principals were replaced (0: `raw` is the policy as written). */
  replaced: number;
  /**
   * `value` with every placeholder put back (deeply, for plain data); `undefined` when a
   * placeholder appears in a form that cannot be mapped back exactly (then do not share).
   */
  restore: <T>(value: T) => T | undefined;
}

/** Where the abstraction is exact: the account and partition of the key. */
export interface AbstractionScope {
  account?: string;
  partition?: string;
}

const PLACEHOLDER_PREFIX = 'KmsActionPlaceholder';
/** Fixed (not built from input): `KmsActionPlaceholder<n>X`, any case. */
const PLACEHOLDER = /KmsActionPlaceholder(\d+)X/gi;
const MAY_HOLD_PLACEHOLDER = /KmsActionPlaceholder/i;
/** Away from the size limit, the different lengths of names and placeholders never matter. */
const SIZE_MARGIN = 4096;
/**
 * Characters of policy text scanned for a name in one lint step (see lint-work-meter.ts):
 * measured at about 2 ns a character, a step being a few microseconds.
 */
const SCANNED_CHARS_PER_STEP = 1024;

/**
 * Replaces the roles and users of the key's own account that a policy names as `Principal`
 * `AWS` values with placeholders, when that provably changes nothing a rule can see:
 * - the policy is exact JSON, has no policy variables (`${...}`) and no text like a placeholder;
 * - no principal is a pattern (`*` alone is allowed: it matches every name alike);
 * - every condition key is one whose value does not depend on the caller's name;
 * - each replaced ARN or value occurs only where it was counted, and once all of them are
 *   replaced its name occurs nowhere in the text (not in a Sid, a condition key, an
 *   assumed-role session, another account's ARN), and it has one spelling (case-insensitively);
 *   a name inside another replaced ARN or value (`app` in `app-admin`) relates to nothing: the
 *   rules compare whole principals and values, only for equality;
 * - the policy is far from the size limit with and without placeholders.
 * Likewise each plain encryption context value (`kms:EncryptionContext:<name>`) compared by
 * `StringEquals` or `StringNotEquals` only, when no condition of the policy uses a pattern
 * or case-insensitive operator and no other operator looks at an encryption context key:
 * then the rules only ever compare such a value for equality with itself.
 * Principals of other accounts, account roots, services and anything else stay as written.
 * Placeholders are numbered in order of first appearance, so equal policies up to these
 * names get equal shapes. `undefined` when the policy is not exact JSON.
 */
export function abstractPolicyPrincipals(
  raw: unknown,
  scope: AbstractionScope,
): AbstractedPolicy | undefined {
  // Several rules ask about the same policy object: abstract it once per scope.
  if (typeof raw !== 'object' || raw === null) return abstractOnce(raw, scope);
  const scopeKey = `${scope.account ?? ''}:${scope.partition ?? ''}`;
  let byScope = abstractions.get(raw);
  if (byScope === undefined) {
    byScope = new Map();
    abstractions.set(raw, byScope);
  }
  if (!byScope.has(scopeKey)) byScope.set(scopeKey, abstractOnce(raw, scope));
  return byScope.get(scopeKey);
}

const abstractions = new WeakMap<object, Map<string, AbstractedPolicy | undefined>>();

/**
 * The shapes made last, each kept once: the keys of one intent (usually written next to each
 * other) then hold one copy of their shared shape's text instead of one each (8 MB for 5,000
 * keys, kept as long as their policies). Bounded, so little policy text outlives a lint run.
 */
const recentShapes = new Map<string, string>();
const MAX_RECENT_SHAPES = 8;
const MAX_RECENT_SHAPE_CHARS = 256 * 1024;
let recentShapeChars = 0;

function internShape(shape: string): string {
  const seen = recentShapes.get(shape);
  if (seen !== undefined) return seen;
  if (shape.length > MAX_RECENT_SHAPE_CHARS) return shape;
  if (
    recentShapes.size >= MAX_RECENT_SHAPES ||
    recentShapeChars + shape.length > MAX_RECENT_SHAPE_CHARS
  ) {
    recentShapes.clear();
    recentShapeChars = 0;
  }
  recentShapes.set(shape, shape);
  recentShapeChars += shape.length;
  return shape;
}

/**
 * The abstraction made last, when it has placeholders: the keys of one template or of one
 * `defaults.policy` without names of their own come one after the other with policies of the
 * same text, and each is then abstracted once, charged the steps the abstraction was charged.
 * One entry: a key whose text differs costs one string comparison, no hashing. Its `raw` is
 * read from the shape, never from the key's own policy object.
 */
let lastAbstraction:
  { text: string; scope: string; abstraction: AbstractedPolicy; steps: number } | undefined;

function abstractOnce(raw: unknown, scope: AbstractionScope): AbstractedPolicy | undefined {
  const text = exactJsonOf(raw);
  if (text === undefined) return undefined;
  const scopeKey = `${scope.account ?? ''}:${scope.partition ?? ''}`;
  const last = lastAbstraction;
  if (last !== undefined && last.text === text && last.scope === scopeKey) {
    chargeLintWork(last.steps);
    return last.abstraction;
  }
  const charged = { steps: 0 };
  const abstraction = abstractText(raw, text, scope, charged);
  lastAbstraction =
    abstraction.replaced > 0 && text.length <= MAX_RECENT_SHAPE_CHARS
      ? { text, scope: scopeKey, abstraction, steps: charged.steps }
      : undefined;
  return abstraction;
}

/** `abstractOnce` for the policy `raw` of exact JSON `text`; `charged` gets the steps charged. */
function abstractText(
  raw: unknown,
  text: string,
  scope: AbstractionScope,
  charged: { steps: number },
): AbstractedPolicy {
  // Interned only when it is the answer: most policies of a manifest are abstracted.
  const asWritten = (): AbstractedPolicy => ({
    raw,
    shape: internShape(text),
    replaced: 0,
    restore: (value) => value,
  });
  const lower = text.toLowerCase();
  if (
    scope.account === undefined ||
    text.includes('${') ||
    lower.includes(PLACEHOLDER_PREFIX.toLowerCase()) ||
    !isRecord(raw)
  ) {
    return asWritten();
  }
  // Too large to be a key policy: never abstracted, so not scanned per name either.
  const limit = MAX_KEY_POLICY_BYTES - SIZE_MARGIN;
  if (utf8BytesOver(text, limit)) return asWritten();
  const found = listAbstractionCandidates(raw, scope.account, scope.partition ?? 'aws');
  if (found === undefined) return asWritten();
  const { principals: candidates, values } = found;
  // Each name is looked for in the whole text, and each replaced one replaced through it:
  // hundreds of users from defaults.policy cost each key that many scans of its policy.
  const names = candidates.size + (values?.size ?? 0);
  charged.steps = Math.ceil((names * text.length) / SCANNED_CHARS_PER_STEP);
  chargeLintWork(charged.steps);

  const spellings = new Map<string, number>();
  for (const arn of candidates.keys()) {
    const folded = arn.toLowerCase();
    spellings.set(folded, (spellings.get(folded) ?? 0) + 1);
  }
  // Candidates: each replaced ARN or value is a string value of the policy that occurs only
  // where it was counted (its quoted text nowhere else), and holds no character JSON escapes,
  // so replacing its quoted text is exact.
  const selected: Candidate[] = [];
  for (const [arn, uses] of candidates) {
    const match = NAMED_PRINCIPAL.exec(arn);
    const name = match?.[4];
    if (match === null || name === undefined) continue;
    if (spellings.get(arn.toLowerCase()) !== 1 || /\d{12}/.test(name)) continue;
    if (occurrences(lower, `"${arn.toLowerCase()}"`) !== uses) continue;
    selected.push({
      written: arn,
      original: name,
      placeholder: (placeholder) =>
        `arn:${match[1] ?? 'aws'}:iam::${match[2] ?? ''}:${match[3] ?? ''}/${placeholder}`,
    });
  }
  for (const [value, uses] of values ?? []) {
    if (/\d{12}/.test(value) || occurrences(lower, `"${value.toLowerCase()}"`) !== uses) continue;
    selected.push({ written: value, original: value, placeholder: (placeholder) => placeholder });
  }
  // A name or value that still occurs once they are all replaced (in a Sid, a condition, a
  // session ARN, a longer value) is kept as written, and so is every other name then: the
  // strings replaced are whole principals and values, which the rules compare only for
  // equality, so a name inside another replaced string relates to nothing.
  // No closure below may read `built`: the abstraction lives as long as the key's policy,
  // and a captured `built` would keep its lower-cased copy of the whole policy text with it.
  let built = replaceCandidates(text, selected);
  const kept = namesGone(selected, built.lower);
  if (kept.length < selected.length) {
    built = replaceCandidates(text, kept);
    if (namesGone(kept, built.lower).length < kept.length) return asWritten();
  }
  const { originals } = built;
  if (originals.length === 0) return asWritten();
  if (utf8BytesOver(built.shape, limit)) return asWritten();
  const shape = internShape(built.shape);

  const restoreText = (value: string): string | undefined => {
    if (!MAY_HOLD_PLACEHOLDER.test(value)) return value;
    const state = { exact: true };
    const restored = value.replace(PLACEHOLDER, (found: string, index: string) => {
      const original = originals[Number(index)];
      const placeholder = `${PLACEHOLDER_PREFIX}${Number(index)}X`;
      if (original !== undefined && found === placeholder) return original;
      if (original !== undefined && found === placeholder.toLowerCase()) {
        return original.toLowerCase();
      }
      state.exact = false;
      return found;
    });
    return state.exact ? restored : undefined;
  };
  return {
    // Only a shape not seen before is read: most keys of a manifest never need the copy. Not
    // kept: the abstraction lives as long as the key's policy, the copy (and what the
    // evaluator caches about it) only as long as its reader holds it.
    get raw(): unknown {
      return JSON.parse(shape) as unknown;
    },
    shape,
    replaced: originals.length,
    restore: <T>(value: T): T | undefined => {
      const state = { exact: true };
      const restored = mapStrings(
        value,
        (text) => {
          const back = restoreText(text);
          if (back === undefined) state.exact = false;
          return back ?? text;
        },
        () => {
          state.exact = false; // a value the walk cannot look into may hold a placeholder
        },
      );
      return state.exact ? (restored as T) : undefined;
    },
  };
}

/** A string of the policy to replace: a principal ARN (by its name) or a context value. */
interface Candidate {
  written: string;
  original: string;
  /** The replacement for `written`, given the placeholder for `original`. */
  placeholder: (placeholder: string) => string;
}

/** The candidates whose name occurs nowhere in `lower` (the lower-cased text). */
function namesGone(candidates: readonly Candidate[], lower: string): Candidate[] {
  return candidates.filter(({ original }) => !lower.includes(original.toLowerCase()));
}

/** `text` with each candidate's quoted text replaced, placeholders numbered in order. */
function replaceCandidates(
  text: string,
  candidates: readonly Candidate[],
): { shape: string; lower: string; originals: string[] } {
  let shape = text;
  const originals: string[] = [];
  for (const { written, original, placeholder } of candidates) {
    const replacement = placeholder(`${PLACEHOLDER_PREFIX}${String(originals.length)}X`);
    shape = shape.split(`"${written}"`).join(`"${replacement}"`);
    originals.push(original);
  }
  return { shape, lower: shape.toLowerCase(), originals };
}

/** Occurrences of `part` in `text`, overlapping ones included. */
function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count += 1;
  return count;
}

function utf8BytesOver(text: string, limit: number): boolean {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: only a long text needs encoding.
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).byteLength > limit;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
