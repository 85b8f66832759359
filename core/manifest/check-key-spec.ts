import { KEY_SPEC_USAGES, SYMMETRIC_DEFAULT } from '../policy/key-usage-actions.ts';

export interface KeySpecChoice {
  keySpec: string;
  keyUsage: string;
  /** False when `key_usage` is written neither on the key nor in `defaults:`. */
  usageWritten: boolean;
  region: string;
}

export type KeySpecReport = (
  field: 'key_spec' | 'key_usage',
  message: string,
  hint: string,
) => void;

const REFERENCE = 'see "Key spec reference" in the AWS KMS Developer Guide';

/**
 * Refuses what CreateKey would refuse, before anything is planned: a key usage the key spec
 * does not offer, an asymmetric or HMAC spec without its usage (the default ENCRYPT_DECRYPT
 * is a guess there, and wrong for most of them), a spec not offered in the key's Region (SM2
 * only in the China Regions, ML-KEM nowhere there), and ML-KEM keys, whose kms:Encapsulate and
 * kms:Decapsulate permissions the IAM action data kms-action evaluates policies with lacks.
 */
export function checkKeySpec(choice: KeySpecChoice, report: KeySpecReport): void {
  const { keySpec, keyUsage, region } = choice;
  const usages = KEY_SPEC_USAGES[keySpec];
  if (usages === undefined) return; // the schema names every spec
  const china = region.startsWith('cn-');
  if (keySpec === 'SM2' && !china) {
    report(
      'key_spec',
      `key_spec SM2 is offered only in the China Regions, not in ${region}`,
      `use an RSA or ECC_NIST key spec in ${region}, or create the key in cn-north-1 or cn-northwest-1; ${REFERENCE}`,
    );
  }
  if (keySpec.startsWith('ML_KEM_')) {
    report(
      'key_spec',
      `key_spec ${keySpec} (ML-KEM) is not supported by kms-action yet: it cannot check policies for kms:Encapsulate and kms:Decapsulate`,
      china
        ? 'ML-KEM keys are not offered in the China Regions either; manage this key outside kms-action'
        : 'manage this key outside kms-action for now',
    );
    return;
  }
  if (keySpec !== SYMMETRIC_DEFAULT && !choice.usageWritten) {
    report(
      'key_spec',
      `key_spec ${keySpec} needs a key_usage: it is not a symmetric encryption key`,
      `add \`key_usage: ${usages[0] ?? ''}\`${usages.length > 1 ? ` (or ${usages.slice(1).join(', ')})` : ''}; ${REFERENCE}`,
    );
    return;
  }
  if (!usages.includes(keyUsage)) {
    report(
      'key_usage',
      `key_usage ${keyUsage} is not possible with key_spec ${keySpec}`,
      `${keySpec} keys take key_usage ${usages.join(' or ')}; ${REFERENCE}`,
    );
  }
}
