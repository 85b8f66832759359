/** Manifests the app tests read through the mocked Contents API. Line numbers matter. */

/** A clean manifest: one key, no findings. */
export const CLEAN_MANIFEST = `version: 1
defaults:
  region: us-east-1
  tags: { ManagedBy: kms-action, CostCenter: platform }
accounts:
  production: '111122223333'
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  s3-app: arn:aws:iam::111122223333:role/app-s3
keys:
  prod-s3:
    account: production
    environment: production
    service: s3
    description: CMK for S3 encryption - Production
    rotation: { enabled: true, period_in_days: 180 }
    aliases: [alias/prod-s3-encryption]
    policy:
      admins: [kms-admin]
      users: [s3-app]
      via_service: [s3]
      encryption_context: { project: portfolio }
`;

/** Line 16 (rotation) has a schema error. */
export const SCHEMA_ERROR_MANIFEST = CLEAN_MANIFEST.replace(
  'period_in_days: 180',
  'period_in_days: ninety',
);

/** Line 17 (the alias) draws an `alias-naming` warning. */
export const WARNING_MANIFEST = CLEAN_MANIFEST.replace('alias/prod-s3-encryption', 'alias/S3Key');

/** Line 16 draws `rotation-period` (1000 days), line 17 `alias-naming`. */
export const TWO_WARNINGS_MANIFEST = WARNING_MANIFEST.replace(
  'period_in_days: 180',
  'period_in_days: 1000',
);

/** `count` keys whose aliases each draw an `alias-naming` warning (lines 18, 24, 30, ...). */
export function manyWarningsManifest(count: number): string {
  const keys = Array.from(
    { length: count },
    (_, index) => `  app-${index}:
    account: staging
    environment: staging
    service: app${index}
    description: key ${index}
    aliases: [alias/App${index}Key]`,
  );
  return `version: 1
defaults:
  region: eu-west-1
  tags: { ManagedBy: kms-action, CostCenter: platform }
  policy:
    admins: [kms-admin]
    encryption_context: { team: apps }
accounts:
  staging: '444455556666'
principals:
  kms-admin: arn:aws:iam::444455556666:role/kms-admin
keys:
${keys.join('\n')}
`;
}

/** A unified-diff hunk that replaces line `line` of a file (the Pull Request Files API form). */
export function patchChanging(line: number, before: string, after: string): string {
  return `@@ -${line - 1},3 +${line - 1},3 @@ keys:\n context above\n-${before}\n+${after}\n context below`;
}
