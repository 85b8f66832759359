/** Where a key lives and what kind it is: what its generated policy depends on besides the intent. */
export interface KeyPlacement {
  account: string;
  region: string;
  /** ARN partition, `aws` unless the key lives in China or GovCloud. */
  partition?: string;
  /** Multi-Region keys: administrators may also replicate the key (`kms:ReplicateKey`). */
  multiRegion?: boolean;
  /** `SYMMETRIC_DEFAULT` when absent. Decides what key users may do. */
  keySpec?: string;
  /** `ENCRYPT_DECRYPT` when absent. */
  keyUsage?: string;
  /** `AWS_KMS` when absent; `EXTERNAL` (imported key material) gives administrators the import actions. */
  origin?: string;
}
