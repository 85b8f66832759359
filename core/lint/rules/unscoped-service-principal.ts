import { summarizeActions } from '../policy/action-sets.ts';
import { chooseOutsider } from '../policy/choose-outsider.ts';
import { expandStatementActions } from '../policy/expand-statement-actions.ts';
import { findPermission } from '../policy/find-permission.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import { statementLabel } from '../policy/statement-label.ts';
import type { PolicyIssue, PolicyRule } from '../types.ts';

/**
 * An AWS service principal (`cloudtrail.amazonaws.com`, `logs.<region>.amazonaws.com`) may
 * use the key for a request made on behalf of any account: the confused-deputy problem.
 * Decided by evaluating the service's request for a resource in an unrelated account, so
 * `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOrgID` and service encryption contexts
 * that name your account (`kms:EncryptionContext:aws:cloudtrail:arn`) count as scoping.
 */
/** Reading key metadata for another account harms nobody (AWS's CloudTrail policy allows it). */
const METADATA_ACTION = /^kms:(Describe|List|GetPublicKey$)/i;

export const unscopedServicePrincipal: PolicyRule = {
  kind: 'policy',
  id: 'unscoped-service-principal',
  defaultSeverity: 'warning',
  summary: 'A service principal may use the key on behalf of any account (confused deputy).',
  rationale:
    'A service principal acts for every AWS customer. Without a condition on the source account or resource, another account can point its own CloudTrail trail, log group or SNS topic at your key and have the service use it on their behalf.',
  help: 'add `"StringEquals": {"aws:SourceAccount": "<account>"}` or `"ArnLike": {"aws:SourceArn": "arn:aws:<service>:<region>:<account>:..."}` to the statement',
  practice: {
    title: 'Cross-service confused deputy prevention',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html#cross-service-confused-deputy-prevention',
  },
  check: (target) => {
    const { document } = target;
    const outsider = chooseOutsider(document, target.partition);
    const issues: PolicyIssue[] = [];
    for (const principal of listPolicyPrincipals(document)) {
      if (principal.effect !== 'Allow' || principal.negated || principal.type !== 'Service')
        continue;
      const statement = document.Statement[principal.statement];
      if (statement === undefined) continue;
      const service = principal.value.split('.')[0] ?? 'service';
      const label = statementLabel(document, principal.statement);
      const open = expandStatementActions(statement).filter(
        (action) =>
          !METADATA_ACTION.test(action) &&
          findPermission(document, {
            key: target.key,
            principal: principal.value,
            action,
            perspective: { kind: 'outsider', ...outsider },
            keys: {
              'aws:SourceAccount': outsider.account,
              'aws:SourceArn': `arn:${target.partition}:${service}:us-east-1:${outsider.account}:outsider`,
              'aws:SourceOrgID': outsider.organization,
            },
          })?.decision.statements.includes(label) === true,
      );
      if (open.length === 0) continue;
      issues.push({
        message: `\`${principal.value}\` may call ${summarizeActions(open)} for resources of any account`,
        path: principal.path,
      });
    }
    return issues;
  },
};
