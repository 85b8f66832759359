import { dnsSuffixOf } from './dns-suffix-of.ts';
import type { ConsumerScope } from './generate-consumer-statements.ts';
import { sortedUnique } from './sorted-unique.ts';
import type { ConditionBlock, ResolvedPolicyIntent } from './types.ts';

/**
 * The conditions that scope every consumer of a key (its users, user groups, organisation):
 * `kms:ViaService` for the intent's services in the key's Region, and
 * `kms:EncryptionContext:<name>` for its required encryption context; `undefined` for either
 * when the intent asks for none.
 */
export function buildConsumerScope(
  intent: Pick<ResolvedPolicyIntent, 'viaService' | 'encryptionContext'>,
  region: string,
  partition: string,
): ConsumerScope {
  return {
    viaService: viaServiceCondition(intent.viaService, region, partition),
    encryptionContext: encryptionContextCondition(intent.encryptionContext),
  };
}

function viaServiceCondition(
  services: readonly string[],
  region: string,
  partition: string,
): ConditionBlock | undefined {
  if (services.length === 0) return undefined;
  const suffix = dnsSuffixOf(partition);
  // A name with a dot is already an endpoint (`s3.eu-west-1.amazonaws.com`): kept as written.
  const endpoints = sortedUnique(
    services.map((service) => (service.includes('.') ? service : `${service}.${region}.${suffix}`)),
  );
  return {
    StringEquals: {
      'kms:ViaService': endpoints.length === 1 ? (endpoints[0] as string) : endpoints,
    },
  };
}

function encryptionContextCondition(
  context: Readonly<Record<string, string>>,
): ConditionBlock | undefined {
  const entries = Object.entries(context).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return undefined;
  return {
    StringEquals: Object.fromEntries(
      entries.map(([name, value]) => [`kms:EncryptionContext:${name}`, value]),
    ),
  };
}
