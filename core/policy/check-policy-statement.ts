import { checkPolicyActions } from './check-policy-actions.ts';
import { checkPolicyCondition } from './check-policy-condition.ts';
import { checkPolicyPrincipal } from './check-policy-principal.ts';
import {
  checkFields,
  describeValue,
  isRecord,
  listStrings,
  toJsonPointer,
  type PolicyPath,
  type ReportPolicyProblem,
} from './policy-problem.ts';

const STATEMENT_FIELDS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const KEY_RESOURCE = /^arn:[^:]+:kms:[^:]*:[^:]*:key\/.+$/;

export interface StatementCheckOptions {
  /** Sid -> JSON pointer of the first statement that uses it, shared by a policy's statements. */
  sids: Map<string, string>;
  /** Policy variables (`${aws:username}`) need Version 2012-10-17. */
  variablesAllowed: boolean;
}

/**
 * Checks one statement of a key policy (IAM User Guide, "IAM JSON policy element reference"
 * and "Grammar of the IAM JSON policy language"): its fields, Sid, Effect, exactly one of
 * Principal/NotPrincipal, Action/NotAction and Resource/NotResource, and its Condition; the
 * principals, actions and conditions by their own checks.
 */
export function checkPolicyStatement(
  value: unknown,
  path: PolicyPath,
  report: ReportPolicyProblem,
  { sids, variablesAllowed }: StatementCheckOptions,
): void {
  if (!isRecord(value)) {
    report(
      path,
      'error',
      `a statement is a JSON object, got ${describeValue(value)}`,
      'write `{ "Effect": ..., "Principal": ..., "Action": ..., "Resource": "*" }`',
    );
    return;
  }
  const at = (...rest: (string | number)[]): PolicyPath => [...path, ...rest];
  checkFields(value, path, STATEMENT_FIELDS, 'statement', report);

  if (value.Sid !== undefined) {
    if (typeof value.Sid !== 'string') {
      report(
        at('Sid'),
        'error',
        `Sid must be a string, got ${describeValue(value.Sid)}`,
        'write the statement id as a string',
      );
    } else {
      const previous = sids.get(value.Sid);
      if (previous !== undefined) {
        report(
          at('Sid'),
          'warning',
          `Sid "${value.Sid}" is also used by ${previous}`,
          'give every statement its own Sid, so findings and diffs can name it',
        );
      } else {
        sids.set(value.Sid, toJsonPointer(path));
      }
    }
  }

  const effect = value.Effect;
  if (effect === undefined) {
    report(
      path,
      'error',
      'the statement has no `Effect`',
      'add `"Effect": "Allow"` or `"Effect": "Deny"`',
    );
  } else if (effect !== 'Allow' && effect !== 'Deny') {
    const fix = typeof effect === 'string' && /^(allow|deny)$/i.test(effect);
    report(
      at('Effect'),
      'error',
      `Effect must be "Allow" or "Deny", got ${describeValue(effect)}`,
      fix
        ? `write "${effect.charAt(0).toUpperCase()}${effect.slice(1).toLowerCase()}": the value is case-sensitive`
        : 'use "Allow" or "Deny"',
    );
  }

  checkExactlyOne(
    value,
    path,
    'Principal',
    'NotPrincipal',
    'a key policy statement must name its principals',
    report,
  );
  for (const field of ['Principal', 'NotPrincipal'] as const) {
    if (value[field] !== undefined) checkPolicyPrincipal(value[field], at(field), report);
  }
  if (value.NotPrincipal !== undefined && value.Principal === undefined && effect === 'Allow') {
    report(
      at('NotPrincipal'),
      'warning',
      'Allow with NotPrincipal allows everyone not listed, including anonymous and other accounts',
      'name the allowed principals in `Principal` instead',
    );
  }

  checkExactlyOne(
    value,
    path,
    'Action',
    'NotAction',
    'a statement must say which actions it covers',
    report,
  );
  for (const field of ['Action', 'NotAction'] as const) {
    if (value[field] !== undefined) checkPolicyActions(value[field], at(field), report);
  }

  if (value.Resource === undefined && value.NotResource === undefined) {
    report(
      path,
      'error',
      'the statement has no `Resource`',
      'add `"Resource": "*"`: in a key policy, `*` is the key itself',
    );
  } else {
    checkExactlyOne(value, path, 'Resource', 'NotResource', '', report);
  }
  for (const field of ['Resource', 'NotResource'] as const) {
    if (value[field] !== undefined) checkResources(value[field], at(field), report);
  }

  if (value.Condition !== undefined) {
    checkPolicyCondition(value.Condition, at('Condition'), report, { variablesAllowed });
  }
}

function checkExactlyOne(
  statement: Record<string, unknown>,
  path: PolicyPath,
  field: string,
  negated: string,
  missing: string,
  report: ReportPolicyProblem,
): void {
  const has = statement[field] !== undefined;
  const hasNegated = statement[negated] !== undefined;
  if (has && hasNegated) {
    report(
      [...path, negated],
      'error',
      `a statement has either \`${field}\` or \`${negated}\`, not both`,
      `remove \`${negated}\`, or move its values into a separate statement`,
    );
  } else if (!has && !hasNegated && missing !== '') {
    report(
      path,
      'error',
      `the statement has no \`${field}\`: ${missing}`,
      `add \`"${field}": ...\``,
    );
  }
}

function checkResources(value: unknown, path: PolicyPath, report: ReportPolicyProblem): void {
  for (const { value: resource, path: resourcePath } of listStrings(
    value,
    path,
    'resource',
    report,
  )) {
    if (resource === '*' || KEY_RESOURCE.test(resource)) continue;
    // Fewer than six segments with a wildcard: a segment's trailing `*` spans the colons in a
    // Resource (IAM User Guide, Resource), so it may name this key and more (every KMS key).
    const short = resource.split(':').length < 6 && /[*?]/.test(resource);
    report(
      resourcePath,
      'warning',
      short
        ? `\`${resource}\` is not a KMS key ARN of six segments: a Resource's trailing \`*\` spans the colons, so it names this key when the key's whole ARN matches it (and other keys too)`
        : `\`${resource}\` is not a KMS key ARN: it never matches this key`,
      'use `"*"`: in a key policy it stands for the key itself',
    );
  }
}
