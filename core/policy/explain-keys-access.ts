import { UsageError } from '../errors.ts';
import { partitionOf } from '../lint/policy/partition-of.ts';
import type { DesiredKey, DesiredPolicy, DesiredState } from '../manifest/desired-state.ts';
import type { DocumentPath } from '../manifest/types.ts';
import type { KeyAccessExplanation } from '../render/render-access-explanation.ts';
import { explainAccess } from './explain-access.ts';
import { inRegion } from './in-region.ts';
import { keyPropertyConditions } from './key-property-conditions.ts';
import { requestedKeyOf } from './requested-key-of.ts';

/**
 * One cell of the access matrix explained for each key (`kms-action access --explain`): the
 * verdict for `principal` (ARN, account id or `*`) and `action` (`Decrypt` or `kms:Decrypt`),
 * and the statements that decided it, located in the manifest.
 */
export function explainKeysAccess(
  desired: DesiredState,
  keys: readonly DesiredKey[],
  principal: string,
  action: string,
): KeyAccessExplanation[] {
  if (!/^(kms:)?[A-Za-z]{1,64}$/.test(action)) {
    throw new UsageError(
      `the action must be a KMS action such as Decrypt or kms:Decrypt, got '${action}'`,
    );
  }
  const kmsAction = action.startsWith('kms:') ? action : `kms:${action}`;
  return keys.flatMap((key): KeyAccessExplanation[] => {
    const own =
      key.policy === undefined
        ? []
        : [explainOne(desired, key, key.region, key.adopt, key.policy, ['keys', key.name])];
    // A replica with a policy of its own is explained too (build-keys-access.ts).
    const replicas = key.replicas.flatMap((replica) =>
      !replica.policyWritten || replica.policy === undefined
        ? []
        : [
            {
              ...explainOne(
                desired,
                key,
                replica.region,
                key.adopt === undefined ? undefined : inRegion(key.adopt, replica.region),
                replica.policy,
                replica.path,
              ),
              replica: true as const,
            },
          ],
    );
    return [...own, ...replicas];
  });

  function explainOne(
    state: DesiredState,
    key: DesiredKey,
    region: string,
    adopt: string | undefined,
    policy: DesiredPolicy,
    at: DocumentPath,
  ): KeyAccessExplanation {
    return {
      key: key.name,
      account: key.account,
      region,
      ...explainAccess(policy.document, principal, kmsAction, {
        account: key.account,
        partition: partitionOf(key),
        keyProperties: keyPropertyConditions({ ...key, replica: region !== key.region }),
        key: requestedKeyOf({
          account: key.account,
          region,
          ...(adopt === undefined ? {} : { adopt }),
        }),
      }),
      locate: (index) => ({
        file: state.file,
        line: state.locate(
          policy.kind === 'intent'
            ? [...at, 'policy']
            : [...at, 'policy', 'document', 'Statement', index],
        ).line,
      }),
    };
  }
}
