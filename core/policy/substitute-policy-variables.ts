import { findConditionKey } from './find-condition-key.ts';
import type { WildcardPart } from './match-wildcard.ts';

/** A policy value after variable substitution: as text, and as a pattern for `*Like` operators. */
export interface SubstitutedValue {
  text: string;
  /** The written text keeps its wildcards; `${*}`, `${?}` and variable values are literal. */
  pattern: readonly WildcardPart[];
}

/**
 * Replaces the policy variables of `value` (IAM User Guide, "IAM policy elements: Variables and
 * tags"): `${aws:username}` by the request's value of that key, `${key, 'default'}` by the
 * default when the key is absent, and the special characters `${*}`, `${?}`, `${$}` by the
 * literal `*`, `?`, `$` (never wildcards). `missing` lists the lower-cased keys of variables
 * without a default that the request does not carry; then `value` is undefined and the policy
 * value matches nothing. One pass over the value, no regular expression.
 */
export function substitutePolicyVariables(
  value: string,
  context: ReadonlyMap<string, readonly string[]>,
): { value: SubstitutedValue | undefined; missing: string[] } {
  const pattern: WildcardPart[] = [];
  const missing: string[] = [];
  let text = '';
  let rest = 0;
  for (let open = value.indexOf('${'); open !== -1; open = value.indexOf('${', rest)) {
    const close = value.indexOf('}', open + 2);
    if (close === -1) break;
    const body = value.slice(open + 2, close);
    const replaced = resolveVariable(body, context);
    const written = value.slice(rest, open);
    if (written !== '') pattern.push({ glob: written });
    if (replaced === undefined) missing.push((body.split(',', 1)[0] ?? '').trim().toLowerCase());
    else if (replaced !== '') pattern.push({ literal: replaced });
    text += written + (replaced ?? '');
    rest = close + 1;
  }
  const tail = value.slice(rest);
  if (tail !== '') pattern.push({ glob: tail });
  return missing.length > 0
    ? { value: undefined, missing }
    : { value: { text: text + tail, pattern }, missing };
}

function resolveVariable(
  body: string,
  context: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  if (body === '*' || body === '?' || body === '$') return body;
  const [name = '', fallback] = body.split(',', 2).map((part) => part.trim());
  const values = context.get(name.toLowerCase());
  if (values?.[0] !== undefined && findConditionKey(name)?.multiValued !== true) return values[0];
  if (
    fallback !== undefined &&
    fallback.length >= 2 &&
    fallback.startsWith("'") &&
    fallback.endsWith("'")
  ) {
    return fallback.slice(1, -1);
  }
  return undefined;
}
