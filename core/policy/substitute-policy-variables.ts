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
 * literal `*`, `?`, `$` (never wildcards). `undefined` when a variable without default is
 * missing from the request: the value then matches nothing. One pass over the value.
 */
export function substitutePolicyVariables(
  value: string,
  context: ReadonlyMap<string, readonly string[]>,
): SubstitutedValue | undefined {
  const pattern: WildcardPart[] = [];
  let text = '';
  let rest = 0;
  for (let open = value.indexOf('${'); open !== -1; open = value.indexOf('${', rest)) {
    const close = value.indexOf('}', open + 2);
    if (close === -1) break;
    const replaced = resolveVariable(value.slice(open + 2, close), context);
    if (replaced === undefined) return undefined;
    const written = value.slice(rest, open);
    if (written !== '') pattern.push({ glob: written });
    if (replaced !== '') pattern.push({ literal: replaced });
    text += written + replaced;
    rest = close + 1;
  }
  const tail = value.slice(rest);
  if (tail !== '') pattern.push({ glob: tail });
  return { text: text + tail, pattern };
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
