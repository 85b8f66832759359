import { keyUsageActions } from '../policy/key-usage-actions.ts';
import type { KeyPlacement } from '../policy/key-placement.ts';
import type { ServiceName, ServiceUse } from '../policy/services/types.ts';
import type { DocumentPath, ServiceInput } from './types.ts';

export interface ServicesContext {
  placement: KeyPlacement;
  /** Path of the `services` list (the key's own, or `defaults.policy.services`). */
  path: DocumentPath;
  report: (path: DocumentPath, message: string, hint?: string) => void;
}

/** The field that lists each service's sources, and the ARN service namespace of those sources. */
const SOURCES: Readonly<Record<ServiceName, { field?: string; namespace?: string }>> = {
  autoscaling: {},
  cloudtrail: { field: 'trails', namespace: 'cloudtrail' },
  cloudwatch: { field: 'source_arns', namespace: 'cloudwatch' },
  config: {},
  events: { field: 'source_arns', namespace: 'events' },
  guardduty: { field: 'source_arns', namespace: 'guardduty' },
  logs: { field: 'log_groups', namespace: 'logs' },
  'route53-dnssec': { field: 'source_arns', namespace: 'route53' },
  s3: { field: 'source_arns', namespace: 's3' },
  ses: {},
  sns: { field: 'source_arns', namespace: 'sns' },
};

const OPTIONAL_FIELDS = ['trails', 'log_groups', 'source_arns', 'role_suffix'] as const;

/** `arn:partition:service:region:account:resource`, read without a regular expression built from input. */
function splitArn(arn: string): string[] {
  const parts = arn.split(':');
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/**
 * The `services:` entries of a key's intent, checked against the key: each service at most
 * once, only the fields that service reads, sources that belong to the key's account and
 * partition, and a key the service can use (Route 53 DNSSEC: an ECC_NIST_P256 SIGN_VERIFY key
 * in us-east-1; every other service: a symmetric encryption key). Trail and log group names
 * become ARNs in the key's account and Region.
 */
export function resolveServices(
  entries: readonly ServiceInput[],
  { placement, path, report }: ServicesContext,
): ServiceUse[] {
  const { account, region } = placement;
  const partition = placement.partition ?? 'aws';
  const keySpec = placement.keySpec ?? 'SYMMETRIC_DEFAULT';
  const keyUsage = placement.keyUsage ?? 'ENCRYPT_DECRYPT';
  const symmetric = keyUsageActions(keySpec, keyUsage).kind === 'symmetric-encryption';
  const seen = new Set<string>();
  return entries.flatMap((entry, index): ServiceUse[] => {
    const at = (...rest: (string | number)[]): DocumentPath => [...path, index, ...rest];
    const service = entry.service;
    let ok = true;
    if (seen.has(service)) {
      report(
        at('service'),
        `service \`${service}\` is listed twice`,
        'list each service once, with all its sources in one entry',
      );
      ok = false;
    }
    seen.add(service);

    const { field, namespace } = SOURCES[service];
    for (const name of OPTIONAL_FIELDS) {
      if (entry[name] === undefined || name === field) continue;
      if (name === 'role_suffix' && service === 'autoscaling') continue;
      report(
        at(name),
        `\`${name}\` does not apply to service \`${service}\``,
        field === undefined
          ? `remove \`${name}\`: \`${service}\` takes no sources`
          : `\`${service}\` lists its sources under \`${field}\``,
      );
      ok = false;
    }

    if (service === 'route53-dnssec') {
      if (keySpec !== 'ECC_NIST_P256' || keyUsage !== 'SIGN_VERIFY') {
        report(
          at('service'),
          `Route 53 DNSSEC signing needs an ECC_NIST_P256 key with key_usage SIGN_VERIFY, got key_spec ${keySpec}, key_usage ${keyUsage}`,
          'set `key_spec: ECC_NIST_P256` and `key_usage: SIGN_VERIFY` on this key (a new key: the spec cannot change after creation)',
        );
        ok = false;
      }
      if (region !== 'us-east-1') {
        report(
          at('service'),
          `Route 53 DNSSEC signing uses keys in us-east-1 only, got a key in ${region}`,
          'declare the DNSSEC key with `region: us-east-1`',
        );
        ok = false;
      }
    } else if (!symmetric) {
      report(
        at('service'),
        `service \`${service}\` encrypts with symmetric encryption keys only, got key_spec ${keySpec}, key_usage ${keyUsage}`,
        'use a SYMMETRIC_DEFAULT key for this service',
      );
      ok = false;
    }

    const sources: string[] = [];
    const written =
      field === 'trails'
        ? entry.trails
        : field === 'log_groups'
          ? entry.log_groups
          : field === 'source_arns'
            ? entry.source_arns
            : undefined;
    (written ?? []).forEach((value, position) => {
      if (field === 'log_groups') {
        sources.push(`arn:${partition}:logs:${region}:${account}:log-group:${value}`);
        return;
      }
      if (field === 'trails' && !value.startsWith('arn:')) {
        sources.push(`arn:${partition}:cloudtrail:${region}:${account}:trail/${value}`);
        return;
      }
      const [, arnPartition, arnService, , arnAccount] = splitArn(value);
      const problem =
        arnPartition !== partition
          ? `is in partition ${arnPartition ?? ''}, the key in ${partition}`
          : arnService !== namespace
            ? `is not a ${namespace ?? ''} resource (its service is \`${arnService ?? ''}\`)`
            : arnAccount !== '' && arnAccount !== account
              ? `belongs to account ${arnAccount ?? ''}, not to the key's account ${account}`
              : undefined;
      if (problem !== undefined) {
        report(
          at(field ?? 'source_arns', position),
          `\`${value}\` ${problem}`,
          `name ${namespace ?? ''} resources of account ${account} in partition ${partition}: the service may use the key for them only`,
        );
        ok = false;
        return;
      }
      sources.push(value);
    });
    if (!ok) return [];
    return [
      {
        service,
        sources,
        ...(entry.role_suffix === undefined ? {} : { roleSuffix: entry.role_suffix }),
      },
    ];
  });
}
