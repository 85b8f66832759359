import { parsePrincipal } from './parse-principal.ts';
import {
  describeValue,
  isRecord,
  listStrings,
  suggestName,
  type PolicyPath,
  type ReportPolicyProblem,
} from './policy-problem.ts';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
/** AWS managed (`iam::aws:policy/...`) and customer managed policy ARNs. */
const MANAGED_POLICY = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\//;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/**
 * Checks a `Principal` or `NotPrincipal` element (IAM User Guide, "IAM JSON policy elements:
 * Principal"): `"*"` or an object of principal types, AWS principals as accounts, roles, users
 * or role sessions (no wildcards inside an ARN, no managed policies), service principals as
 * `<name>.amazonaws.com`.
 */
export function checkPolicyPrincipal(
  value: unknown,
  path: PolicyPath,
  report: ReportPolicyProblem,
): void {
  if (value === '*') return;
  if (!isRecord(value)) {
    report(
      path,
      'error',
      `a principal is "*" or an object such as {"AWS": [...]}, got ${describeValue(value)}`,
      'write `{"AWS": "arn:aws:iam::111122223333:role/name"}`',
    );
    return;
  }
  if (Object.keys(value).length === 0) {
    report(
      path,
      'error',
      'the principal names nobody',
      'list principals under `AWS`, `Service`, `Federated` or `CanonicalUser`',
    );
  }
  for (const [type, identifiers] of Object.entries(value)) {
    const typePath = [...path, type];
    if (!PRINCIPAL_TYPES.includes(type)) {
      report(
        typePath,
        'error',
        `unknown principal type \`${type}\``,
        suggestName(type, PRINCIPAL_TYPES, 'use AWS, Service, Federated or CanonicalUser'),
      );
      continue;
    }
    for (const { value: identifier, path: identifierPath } of listStrings(
      identifiers,
      typePath,
      `${type} principal`,
      report,
    )) {
      if (type === 'AWS') checkAwsPrincipal(identifier, identifierPath, report);
      if (type === 'Service' && !SERVICE_PRINCIPAL.test(identifier)) {
        report(
          identifierPath,
          'error',
          `\`${identifier}\` is not a service principal`,
          'service principals look like `logs.amazonaws.com`; wildcards are not allowed',
        );
      }
    }
  }
}

function checkAwsPrincipal(
  identifier: string,
  path: PolicyPath,
  report: ReportPolicyProblem,
): void {
  if (identifier === '*') return;
  if (identifier.includes('*') || identifier.includes('?')) {
    report(
      path,
      'error',
      `wildcards are not allowed in principal ARNs: \`${identifier}\``,
      'use `"*"` with a condition such as `aws:PrincipalArn` (ArnLike) or `kms:CallerAccount`',
    );
    return;
  }
  if (MANAGED_POLICY.test(identifier)) {
    report(
      path,
      'error',
      `\`${identifier}\` is an IAM managed policy, not a principal: a policy cannot call KMS`,
      'name the roles or users the managed policy is attached to',
    );
    return;
  }
  const parsed = parsePrincipal(identifier);
  switch (parsed.kind) {
    case 'account':
    case 'role':
    case 'user':
    case 'assumed-role':
      return;
    case 'unique-id':
      report(
        path,
        'warning',
        `\`${identifier}\` is the unique id of a deleted IAM ${parsed.type}: AWS replaced its ARN, and a new ${parsed.type} with the same name does not match`,
        'remove the principal, or write the ARN of the principal that should have access',
      );
      return;
    case 'iam-other':
      if (parsed.resource.startsWith('federated-user/')) return;
      break;
    case 'anyone':
    case 'service':
    case 'other':
      break;
  }
  report(
    path,
    'error',
    `\`${identifier}\` is not an AWS principal`,
    'use an account id, `arn:aws:iam::<account>:root`, or an IAM role or user ARN',
  );
}
