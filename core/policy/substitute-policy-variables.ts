import { findConditionKey } from './find-condition-key.ts';

const VARIABLE = /\$\{([^}]*)\}/g;

/**
 * Replaces policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${*}`, defaults
 * as in `${aws:username, 'none'}`) in a condition value (IAM User Guide, "IAM policy
 * elements: Variables and tags"). `missing` lists the lower-cased keys of variables without
 * a default that the request does not carry; then `value` is undefined.
 */
export function substitutePolicyVariables(
  value: string,
  context: ReadonlyMap<string, readonly string[]>,
): { value: string | undefined; missing: string[] } {
  if (!value.includes('${')) return { value, missing: [] };
  const missing: string[] = [];
  const result = value.replace(VARIABLE, (_match, body: string) => {
    if (body === '*' || body === '?' || body === '$') return body;
    const [name = '', fallback] = body.split(',', 2).map((part) => part.trim());
    const values = context.get(name.toLowerCase());
    if (values?.[0] !== undefined && findConditionKey(name)?.multiValued !== true) return values[0];
    const quoted = fallback === undefined ? undefined : /^'(.*)'$/.exec(fallback)?.[1];
    if (quoted !== undefined) return quoted;
    missing.push(name.toLowerCase());
    return '';
  });
  return missing.length > 0 ? { value: undefined, missing } : { value: result, missing };
}
