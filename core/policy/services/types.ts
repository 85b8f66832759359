import type { PolicyStatement } from '../types.ts';

/** The AWS services a key policy intent can name under `services:`. */
export const SERVICE_NAMES = [
  'autoscaling',
  'cloudtrail',
  'cloudwatch',
  'config',
  'events',
  'guardduty',
  'logs',
  'route53-dnssec',
  's3',
  'ses',
  'sns',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/** One `services:` entry with every name resolved. */
export interface ServiceUse {
  service: ServiceName;
  /**
   * Full ARNs of the resources the service may act for (trails, log groups, topics, buckets,
   * rules, alarms, detectors, hosted zones). Empty: any such resource of the key's account.
   */
  sources: string[];
  /** `autoscaling`: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`). */
  roleSuffix?: string;
}

/** Where the key lives: every statement is scoped to its account, Region and partition. */
export interface ServiceKeyPlacement {
  account: string;
  region: string;
  partition: string;
}

export type ServiceStatementGenerator = (
  use: ServiceUse,
  key: ServiceKeyPlacement,
) => PolicyStatement[];

/** One value or a list, as AWS writes condition values. */
export function oneOrMany(values: readonly string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : [...values];
}
