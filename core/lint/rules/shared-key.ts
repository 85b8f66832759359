import { parseConditionOperator } from '../../policy/parse-condition-operator.ts';
import { toList } from '../../policy/to-list.ts';
import type { KeyPolicyDocument } from '../../policy/types.ts';
import type { ManifestIssue, ManifestRule } from '../types.ts';

/**
 * A key that serves several services, or does not say which service and environment it
 * serves: `service` or `environment` missing, more than one service in the intent's
 * `via_service`, or a raw policy whose `kms:ViaService` admits several services.
 */
export const sharedKey: ManifestRule = {
  kind: 'manifest',
  id: 'shared-key',
  defaultSeverity: 'warning',
  summary: 'A key is shared by several services, or does not declare its service and environment.',
  rationale:
    "One key per service, environment and compliance domain keeps the blast radius small: disabling, rotating or losing one key affects one service in one environment, and its policy lists only that service's roles. A key used through S3 and RDS at once, or one whose purpose is not declared, tends to collect principals over time.",
  help: 'declare `service:` and `environment:` on the key, and give each service its own key (one `via_service` entry per key)',
  practice: {
    title: 'One key per service x environment x compliance domain (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-kms-best-practices/data-protection-key-management.html',
  },
  check: (desired) =>
    desired.keys.flatMap((key): ManifestIssue[] => {
      const missing = [
        ...(key.service === undefined ? ['service'] : []),
        ...(key.environment === undefined ? ['environment'] : []),
      ];
      if (missing.length > 0) {
        return [
          {
            key: key.name,
            path: ['keys', key.name],
            message: `key \`${key.name}\` does not declare its ${missing.join(' and ')}`,
          },
        ];
      }
      const services =
        key.policy?.kind === 'intent'
          ? new Set(key.policy.intent.viaService.map((service) => service.split('.')[0] ?? service))
          : viaServicesOf(key.policy?.document);
      if (services.size <= 1) return [];
      return [
        {
          key: key.name,
          path:
            key.policy?.kind === 'intent'
              ? ['keys', key.name, 'policy', 'via_service']
              : ['keys', key.name, 'policy', 'document'],
          message: `key \`${key.name}\` (service \`${key.service ?? ''}\`) is used through ${services.size} services: ${[...services].sort().join(', ')}`,
        },
      ];
    }),
};

/** Service names (`s3`, `rds`) that Allow statements admit through `kms:ViaService`. */
function viaServicesOf(document: KeyPolicyDocument | undefined): Set<string> {
  const services = new Set<string>();
  for (const statement of document?.Statement ?? []) {
    if (statement.Effect !== 'Allow') continue;
    for (const [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      if (parseConditionOperator(operatorName)?.negated !== false) continue;
      for (const [key, values] of Object.entries(entries)) {
        if (key.toLowerCase() !== 'kms:viaservice') continue;
        for (const value of toList(values)) services.add(String(value).split('.')[0] ?? '');
      }
    }
  }
  return services;
}
