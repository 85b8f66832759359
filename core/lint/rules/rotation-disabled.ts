import { canRotateAutomatically } from '../../policy/key-usage-actions.ts';
import { keyOrDefaultsPath } from '../manifest-path.ts';
import type { ManifestRule } from '../types.ts';

/**
 * Only symmetric encryption keys whose material KMS generated rotate automatically; others
 * (asymmetric, HMAC, `origin: EXTERNAL`) are not reported.
 */
export const rotationDisabled: ManifestRule = {
  kind: 'manifest',
  id: 'rotation-disabled',
  defaultSeverity: 'warning',
  summary: 'Automatic rotation is off for a symmetric encryption key.',
  rationale:
    'Automatic rotation creates new key material on a schedule while the key id, ARN, aliases and policy stay the same, and old ciphertext still decrypts: it limits how much data one key material protects at no cost to applications. Only symmetric encryption keys support it.',
  help: 'set `rotation: { enabled: true }` (the default) on the key or in `defaults:`',
  practice: {
    title: 'Rotation on (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  check: (desired) =>
    desired.keys
      .filter((key) => canRotateAutomatically(key) && !key.rotation.enabled)
      .map((key) => ({
        key: key.name,
        path: keyOrDefaultsPath(desired, key.name, ['rotation', 'enabled']),
        message: `automatic rotation is disabled for key \`${key.name}\``,
      })),
};
