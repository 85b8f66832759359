/** What a key is, as KMS puts it in the request context of every operation on it. */
export interface KeyProperties {
  keySpec: string;
  keyUsage: string;
  origin: string;
  multiRegion: boolean;
  /** For a multi-Region key: whether this one is the primary or a replica. */
  replica?: boolean;
}

/**
 * The condition keys that describe the key itself (KMS Developer Guide, "AWS KMS condition
 * keys": "Conditions for KMS keys used in API operations", e.g. kms:KeyOrigin to allow
 * GenerateDataKey only on keys with imported key material): every request on the key carries
 * them with the key's own values, which the manifest and the live key know.
 * `kms:MultiRegionKeyType` exists on multi-Region keys only.
 */
export function keyPropertyConditions(key: KeyProperties): Record<string, string> {
  return {
    'kms:KeyOrigin': key.origin,
    'kms:KeySpec': key.keySpec,
    'kms:KeyUsage': key.keyUsage,
    // Deprecated names, still evaluated ("AWS KMS condition keys").
    'kms:CustomerMasterKeySpec': key.keySpec,
    'kms:CustomerMasterKeyUsage': key.keyUsage,
    'kms:MultiRegion': String(key.multiRegion),
    ...(key.multiRegion
      ? { 'kms:MultiRegionKeyType': key.replica === true ? 'REPLICA' : 'PRIMARY' }
      : {}),
  };
}
