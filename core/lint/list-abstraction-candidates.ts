/** A role or user without a path, named by IAM's own character set and length. */
export const NAMED_PRINCIPAL =
  /^arn:(aws[a-z-]*):iam::(\d{12}):(role|user)\/([A-Za-z0-9+=,.@_-]{1,64})$/;
/** An encryption context value that can stand for itself only (no pattern, no separator). */
const PLAIN_VALUE = /^[A-Za-z0-9_.@=+,-]{1,64}$/;
/** The only operators under which an encryption context value is abstracted: plain equality. */
const EQUALITY_OPERATORS = new Set(['StringEquals', 'StringNotEquals']);
/**
 * Condition keys whose values never depend on which role or user of the key's account calls:
 * a policy with any other condition key (`aws:PrincipalArn`, `aws:userid`, tags...) is not
 * abstracted.
 */
const NAME_INDEPENDENT_CONDITION_KEYS = new Set([
  'kms:encryptioncontextkeys',
  'kms:viaservice',
  'kms:calleraccount',
  'aws:principalaccount',
  'aws:principalisawsservice',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'kms:grantisforawsresource',
  'kms:grantoperations',
  'aws:securetransport',
  'aws:viaawsservice',
  'kms:encryptionalgorithm',
  'kms:signingalgorithm',
  'kms:macalgorithm',
  'kms:requestalias',
  'kms:resourcealiases',
  'kms:keyspec',
  'kms:keyusage',
  'kms:keyorigin',
  'aws:requestedregion',
  'aws:currenttime',
  'aws:sourceip',
]);
const ENCRYPTION_CONTEXT_PREFIX = 'kms:encryptioncontext:';

/**
 * Each string named as a `Principal` `AWS` value that is a role or user of `account`, and
 * each plain value an encryption context condition compares with `StringEquals` or
 * `StringNotEquals`, with how often each is named. `values` is `undefined` when any
 * condition could relate values otherwise (a pattern or case-insensitive operator, or another
 * operator on an encryption context key). `undefined` when the policy is not abstracted at all
 * (a principal pattern, a condition key that may depend on the caller's name, or a shape the
 * rules would report as invalid anyway).
 */
export function listAbstractionCandidates(
  document: Record<string, unknown>,
  account: string,
  partition: string,
): { principals: Map<string, number>; values: Map<string, number> | undefined } | undefined {
  const statements = Array.isArray(document['Statement'])
    ? (document['Statement'] as unknown[])
    : [document['Statement']];
  const principals = new Map<string, number>();
  const values = new Map<string, number>();
  let valuesAbstracted = true;
  for (const statement of statements) {
    if (!isRecord(statement)) return undefined;
    for (const field of ['Principal', 'NotPrincipal'] as const) {
      const principal = statement[field];
      if (principal === undefined) continue;
      const named = principalValues(principal);
      if (named === undefined) return undefined;
      for (const { type, value } of named) {
        if (value !== '*' && (value.includes('*') || value.includes('?'))) return undefined;
        if (field !== 'Principal' || type !== 'AWS') continue;
        const match = NAMED_PRINCIPAL.exec(value);
        if (match?.[1] !== partition || match[2] !== account) continue;
        principals.set(value, (principals.get(value) ?? 0) + 1);
      }
    }
    const condition = statement['Condition'];
    if (condition === undefined) continue;
    if (!isRecord(condition)) return undefined;
    for (const [operator, block] of Object.entries(condition)) {
      if (!isRecord(block)) return undefined;
      if (/like|ignorecase/i.test(operator)) valuesAbstracted = false;
      for (const [key, listed] of Object.entries(block)) {
        const folded = key.toLowerCase();
        const context =
          folded.startsWith(ENCRYPTION_CONTEXT_PREFIX) &&
          folded.length > ENCRYPTION_CONTEXT_PREFIX.length;
        if (!context && !NAME_INDEPENDENT_CONDITION_KEYS.has(folded)) return undefined;
        if (!context) continue;
        if (!EQUALITY_OPERATORS.has(operator)) {
          valuesAbstracted = false;
          continue;
        }
        for (const value of Array.isArray(listed) ? (listed as unknown[]) : [listed]) {
          if (typeof value === 'string' && PLAIN_VALUE.test(value)) {
            values.set(value, (values.get(value) ?? 0) + 1);
          }
        }
      }
    }
  }
  return { principals, values: valuesAbstracted ? values : undefined };
}

/** The type and value of every principal a `Principal` element names, or `undefined` for an odd shape. */
function principalValues(principal: unknown): { type: string; value: string }[] | undefined {
  if (typeof principal === 'string') return [{ type: '', value: principal }];
  if (!isRecord(principal)) return undefined;
  const values: { type: string; value: string }[] = [];
  for (const [type, listed] of Object.entries(principal)) {
    for (const value of Array.isArray(listed) ? (listed as unknown[]) : [listed]) {
      if (typeof value !== 'string') return undefined;
      values.push({ type, value });
    }
  }
  return values;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
