import { parseConditionOperator } from '../../policy/parse-condition-operator.ts';
import { findPermission } from '../policy/find-permission.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import { partitionOf } from '../policy/partition-of.ts';
import { statementLabel } from '../policy/statement-label.ts';
import { usablePolicyDocument } from '../policy/usable-policy-document.ts';
import type { ManifestIssue, ManifestRule } from '../types.ts';

const AWS_MANAGED_CONDITION_KEYS = ['kms:calleraccount', 'kms:viaservice'];

/**
 * Aliases under `alias/aws/` are refused by the schema already (they belong to AWS managed
 * keys). This rule catches the subtler way of getting an AWS managed key: a customer managed
 * key whose policy copies an AWS managed key's, where a wildcard principal limited only by
 * `kms:CallerAccount` and `kms:ViaService` lets every principal of the account that may use
 * the service use the key. Decided by evaluating an unnamed role of the key's account.
 */
export const awsManagedKey: ManifestRule = {
  kind: 'manifest',
  id: 'aws-managed-key',
  defaultSeverity: 'warning',
  summary:
    "A key's policy copies an AWS managed key's: anyone in the account may use it through the service.",
  rationale:
    "Customer managed keys exist so that you decide who uses a key. An AWS managed key (`alias/aws/s3`...) lets every principal of the account that may call the service use it, its policy cannot be changed, and it cannot be disabled, rotated on your schedule, or shared across accounts. A customer managed key with the same wildcard policy pays for a CMK and keeps the AWS managed key's weaknesses.",
  help: 'replace the wildcard statement with named key users (`policy: { users: [...], via_service: [...] }`)',
  practice: {
    title: 'CMKs, never AWS managed keys (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt',
  },
  check: (desired) =>
    desired.keys.flatMap((key): ManifestIssue[] => {
      if (key.policy?.kind !== 'document') return [];
      const document = usablePolicyDocument(key.policy.document);
      if (document === undefined) return [];
      const probe = `arn:${partitionOf(key)}:iam::${key.account}:role/kms-action-probe`;
      const issues: ManifestIssue[] = [];
      for (const principal of listPolicyPrincipals(document)) {
        if (principal.effect !== 'Allow' || principal.negated || principal.value !== '*') continue;
        const statement = document.Statement[principal.statement];
        if (statement === undefined || !hasAwsManagedConditions(statement.Condition)) continue;
        const label = statementLabel(document, principal.statement);
        const permitted = findPermission(document, {
          principal: probe,
          action: 'kms:Decrypt',
          perspective: { kind: 'insider' },
        });
        if (permitted?.decision.statements.includes(label) !== true) continue;
        issues.push({
          key: key.name,
          path: ['keys', key.name, 'policy', 'document', 'Statement', principal.statement],
          message: `key \`${key.name}\` has an AWS managed key's policy: statement \`${label}\` lets every principal of account ${key.account} use it through ${permitted.request.viaService ?? 'the service'}`,
        });
      }
      return issues;
    }),
};

function hasAwsManagedConditions(
  condition: Record<string, Record<string, unknown>> | undefined,
): boolean {
  const keys = new Set<string>();
  for (const [operatorName, entries] of Object.entries(condition ?? {})) {
    if (parseConditionOperator(operatorName)?.negated !== false) continue;
    for (const key of Object.keys(entries)) keys.add(key.toLowerCase());
  }
  return AWS_MANAGED_CONDITION_KEYS.every((key) => keys.has(key));
}
