import { canRotateAutomatically } from '../policy/key-usage-actions.ts';
import { DEFAULT_ROTATION_PERIOD_DAYS, type DesiredKey } from './desired-state.ts';
import type { KeyInput, RotationInput } from './types.ts';

/**
 * The rotation a key gets: its own setting, else the defaults. A key that KMS cannot rotate
 * (asymmetric, HMAC, imported key material) never rotates; a rotation setting on the key
 * itself is refused whether it turns rotation on or only sets a period, since AWS would refuse
 * it the same way. A default does not force rotation onto such keys.
 */
export function resolveRotation(
  input: KeyInput,
  defaults: RotationInput | undefined,
  key: { keySpec: string; origin: string },
  report: (message: string, hint?: string) => void,
): DesiredKey['rotation'] {
  const periodInDays =
    input.rotation?.period_in_days ?? defaults?.period_in_days ?? DEFAULT_ROTATION_PERIOD_DAYS;
  if (!canRotateAutomatically(key)) {
    if (input.rotation?.enabled === true || input.rotation?.period_in_days !== undefined) {
      const what =
        key.keySpec === 'SYMMETRIC_DEFAULT'
          ? 'a key with imported key material (origin: EXTERNAL)'
          : `key_spec ${key.keySpec}`;
      report(
        `automatic rotation is only supported for SYMMETRIC_DEFAULT keys whose key material KMS generated, not ${what}`,
        key.keySpec === 'SYMMETRIC_DEFAULT'
          ? 'remove `rotation:` from this key; rotate imported key material by importing new material into a new key and retargeting the alias'
          : 'remove `rotation:` from this key; rotate asymmetric and HMAC keys by creating a new key and retargeting the alias',
      );
    }
    return { enabled: false, periodInDays };
  }
  return { enabled: input.rotation?.enabled ?? defaults?.enabled ?? true, periodInDays };
}
