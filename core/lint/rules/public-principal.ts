import { summarizeActions } from '../policy/action-sets.ts';
import { chooseOutsider } from '../policy/choose-outsider.ts';
import { expandStatementActions } from '../policy/expand-statement-actions.ts';
import { findPermission } from '../policy/find-permission.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import { statementLabel } from '../policy/statement-label.ts';
import type { DocumentPath } from '../../manifest/types.ts';
import type { ExcludedStatement } from '../../policy/parse-key-policy.ts';
import type { PolicyIssue, PolicyRule } from '../types.ts';

/**
 * An Allow with `Principal: "*"` (or `NotPrincipal`) that lets a caller from an unrelated
 * account and organization through. Decided by evaluating such a caller's requests, so a
 * wildcard restricted by `aws:PrincipalOrgID`, `kms:CallerAccount`, `aws:PrincipalAccount`,
 * `aws:PrincipalArn` or a source VPC endpoint does not fire, while conditions any caller can
 * meet (an encryption context, a service, MFA) do not make a wildcard private, nor do
 * identity or network conditions whose values admit every caller (`aws:SourceIp` `0.0.0.0/0`,
 * `aws:SourceVpce` `vpce-*`: see `outsiderIdentityValue`). A wildcard
 * Allow left out of the reading for its errors is reported as undecided.
 */
export const publicPrincipal: PolicyRule = {
  kind: 'policy',
  id: 'public-principal',
  defaultSeverity: 'error',
  summary: 'The key policy lets any AWS principal, in any account, use or manage the key.',
  rationale:
    'A wildcard principal in an Allow statement opens the key to every AWS account unless a condition ties the caller to your account or organization. Conditions the caller controls (an encryption context, `kms:ViaService`, MFA) do not: anyone can call S3 with their own bucket or send any encryption context.',
  help: 'name the principals (role ARNs), or restrict the wildcard with `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `kms:CallerAccount`',
  practice: {
    title: 'Cross-account access only to named principals (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-principal',
  },
  check: (target) => {
    const { document } = target;
    const outsider = chooseOutsider(document, target.partition);
    const wildcards = listPolicyPrincipals(document).filter(
      (principal) =>
        principal.effect === 'Allow' &&
        (principal.negated || (principal.type === 'AWS' && principal.value === '*')),
    );
    const seen = new Set<number>();
    const issues: PolicyIssue[] = [];
    for (const wildcard of wildcards) {
      if (seen.has(wildcard.statement)) continue;
      seen.add(wildcard.statement);
      const statement = document.Statement[wildcard.statement];
      if (statement === undefined) continue;
      const label = statementLabel(document, wildcard.statement);
      const open = expandStatementActions(statement).filter((action) =>
        findPermission(document, {
          key: target.key,
          principal: outsider.principal,
          action,
          perspective: { kind: 'outsider', ...outsider },
        })?.decision.statements.includes(label),
      );
      if (open.length === 0) continue;
      const who = wildcard.negated
        ? `every principal not listed in its NotPrincipal`
        : 'any AWS principal';
      issues.push({
        message: `statement \`${label}\` lets ${who}, from any account, call ${summarizeActions(open)}`,
        path: wildcard.path,
      });
    }
    return [...issues, ...target.excluded.flatMap(undecidedWildcard)];
  },
};

/**
 * A statement left out for its errors cannot be evaluated, but leaving out an Allow to a
 * wildcard principal must not make this rule go silent: it is reported, failing closed, until
 * the statement is valid and its conditions can be read. An Effect that is not a Deny in any
 * casing may be meant as Allow.
 */
function undecidedWildcard({ statement, label, path }: ExcludedStatement): PolicyIssue[] {
  if (typeof statement !== 'object' || statement === null) return [];
  const {
    Effect: effect,
    Principal: principal,
    NotPrincipal: notPrincipal,
  } = statement as Record<string, unknown>;
  if (typeof effect === 'string' && effect.toLowerCase() === 'deny') return [];
  let where: DocumentPath | undefined;
  if (notPrincipal !== undefined) where = ['NotPrincipal'];
  else if (principal === '*') where = ['Principal'];
  else if (typeof principal === 'object' && principal !== null) {
    const aws = (principal as Record<string, unknown>).AWS;
    if (aws === '*') where = ['Principal', 'AWS'];
    else if (Array.isArray(aws) && aws.includes('*'))
      where = ['Principal', 'AWS', aws.indexOf('*')];
  }
  if (where === undefined) return [];
  const who =
    where[0] === 'NotPrincipal'
      ? 'every principal not listed in its NotPrincipal'
      : 'any AWS principal';
  return [
    {
      message: `statement \`${label}\` is invalid, so its actions and conditions were not read: as written it lets ${who} in, from any account`,
      help: 'fix the statement (see invalid-policy); this rule then decides whether a condition such as `aws:PrincipalOrgID` keeps other accounts out',
      path: [],
      writtenPath: [...path, ...where],
    },
  ];
}
