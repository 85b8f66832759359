import { keyAccountOf } from '../policy/key-account-of.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import { statementLabel } from '../policy/statement-label.ts';
import type { PolicyIssue, PolicyRule } from '../types.ts';

const FULL_WILDCARDS = new Set(['*', 'kms:*']);

/**
 * An Allow of `kms:*` or `*` (or of everything but a few actions, with NotAction) to anyone
 * but the key's own account root. Prefix wildcards such as `kms:Describe*` are fine: they
 * name a family of actions. The root backstop (`kms:*` to the account root, delegating to
 * IAM) is the AWS default and is not reported.
 */
export const wildcardAction: PolicyRule = {
  kind: 'policy',
  id: 'wildcard-action',
  defaultSeverity: 'warning',
  summary: 'An Allow grants every KMS action (`kms:*`, `*` or NotAction) to a principal.',
  rationale:
    'Least privilege: `kms:*` gives a role the power to decrypt, re-key, rewrite the policy and schedule deletion, including actions AWS adds later. Administrators need management actions, users need cryptographic ones; neither needs all of them.',
  help: 'list the actions the principal needs (administrators: `kms:CreateAlias`, `kms:PutKeyPolicy`, `kms:ScheduleKeyDeletion`...; users: `kms:Decrypt`, `kms:Encrypt`, `kms:GenerateDataKey*`)',
  practice: {
    title: 'Least privilege in key policies',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html',
  },
  check: (target) => {
    const { document } = target;
    const account = keyAccountOf(target);
    const principals = listPolicyPrincipals(document);
    const issues: PolicyIssue[] = [];
    document.Statement.forEach((statement, index) => {
      if (statement.Effect !== 'Allow') return;
      let path: (string | number)[];
      let what: string;
      if (statement.NotAction !== undefined) {
        path = ['Statement', index, 'NotAction'];
        what = 'every action but those in NotAction';
      } else {
        const actions =
          typeof statement.Action === 'string' ? [statement.Action] : (statement.Action ?? []);
        const position = actions.findIndex((action) => FULL_WILDCARDS.has(action.toLowerCase()));
        if (position < 0) return;
        path =
          typeof statement.Action === 'string'
            ? ['Statement', index, 'Action']
            : ['Statement', index, 'Action', position];
        what = `\`${actions[position] ?? '*'}\``;
      }
      const grantees = principals.filter((principal) => principal.statement === index);
      const onlyOwnRoot =
        grantees.length > 0 &&
        grantees.every(
          (principal) =>
            !principal.negated &&
            principal.parsed.kind === 'account' &&
            account !== undefined &&
            principal.parsed.account === account,
        );
      if (onlyOwnRoot) return;
      const names = grantees.map((principal) => principal.value).join(', ') || 'its principals';
      issues.push({
        message: `statement \`${statementLabel(document, index)}\` allows ${what} to ${names}`,
        path,
      });
    });
    return issues;
  },
};
