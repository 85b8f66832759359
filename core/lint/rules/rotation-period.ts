import { canRotateAutomatically } from '../../policy/key-usage-actions.ts';
import { keyOrDefaultsPath } from '../manifest-path.ts';
import type { ManifestIssue, ManifestRule } from '../types.ts';

/** Longest rotation period, in days, for a general key (the AWS default and annual rotation). */
export const MAX_ROTATION_PERIOD_DAYS = 365;
/** Longest rotation period for keys of database services: tighter (SPEC section 1). */
export const MAX_DATABASE_ROTATION_PERIOD_DAYS = 180;

/** Services whose keys protect databases (the `service:` of a key, lower case). */
export const DATABASE_SERVICES = new Set([
  'aurora',
  'docdb',
  'documentdb',
  'dynamodb',
  'elasticache',
  'keyspaces',
  'memorydb',
  'neptune',
  'rds',
  'redshift',
  'timestream',
]);

export const rotationPeriod: ManifestRule = {
  kind: 'manifest',
  id: 'rotation-period',
  defaultSeverity: 'warning',
  summary: `Rotation is less frequent than every ${MAX_ROTATION_PERIOD_DAYS} days (${MAX_DATABASE_ROTATION_PERIOD_DAYS} for databases).`,
  rationale: `KMS accepts rotation periods of 90 to 2560 days. Beyond a year, much more data depends on one key material; keys of databases, which hold long-lived sensitive records, should rotate at least every ${MAX_DATABASE_ROTATION_PERIOD_DAYS} days. Rotation keeps the key id and old ciphertext working, so a shorter period costs nothing to applications.`,
  help: `set \`rotation: { period_in_days: ${MAX_ROTATION_PERIOD_DAYS} }\` or less (${MAX_DATABASE_ROTATION_PERIOD_DAYS} or less for database keys)`,
  practice: {
    title: 'Rotation 90..2560 days, tighter for databases (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotation-period',
  },
  check: (desired) =>
    desired.keys.flatMap((key): ManifestIssue[] => {
      if (!canRotateAutomatically(key) || !key.rotation.enabled) return [];
      const database = DATABASE_SERVICES.has((key.service ?? '').toLowerCase());
      const limit = database ? MAX_DATABASE_ROTATION_PERIOD_DAYS : MAX_ROTATION_PERIOD_DAYS;
      if (key.rotation.periodInDays <= limit) return [];
      return [
        {
          key: key.name,
          path: keyOrDefaultsPath(desired, key.name, ['rotation', 'period_in_days']),
          message: `key \`${key.name}\` rotates every ${key.rotation.periodInDays} days, more than the ${limit} days ${database ? `recommended for a database key (service \`${key.service ?? ''}\`)` : 'recommended'}`,
          // The help names this key's limit: the general one may be what it already has.
          help: `set \`rotation: { period_in_days: ${limit} }\` or less${database ? ' (a database key)' : ''}`,
        },
      ];
    }),
};
