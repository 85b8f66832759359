import { partitionOf } from '../lint/policy/partition-of.ts';
import type { DesiredKey, DesiredPolicy } from '../manifest/desired-state.ts';
import type { KeyAccess } from '../render/render-access.ts';
import { buildAccessMatrix } from './build-access-matrix.ts';
import { accessMatrixActionsFor } from './key-usage-actions.ts';
import { inRegion } from './in-region.ts';
import { keyPropertyConditions } from './key-property-conditions.ts';
import { requestedKeyOf } from './requested-key-of.ts';

/**
 * Who can do what with each key (`kms-action access`), from the key policy the manifest
 * declares; keys whose policy the manifest does not manage are skipped. A replica entry that
 * writes a policy of its own follows its key as an entry of its own (`replica: true`, in its
 * Region): it holds the same key material under possibly different access. A replica that
 * takes its key's policy adds nothing the key's entry does not show.
 */
export function buildKeysAccess(
  keys: readonly DesiredKey[],
): (KeyAccess & { aliases: string[] })[] {
  return keys.flatMap((key) => {
    const own = key.policy === undefined ? [] : [accessOf(key, key.region, key.adopt, key.policy)];
    const replicas = key.replicas.flatMap((replica) =>
      !replica.policyWritten || replica.policy === undefined
        ? []
        : [
            {
              ...accessOf(
                key,
                replica.region,
                key.adopt === undefined ? undefined : inRegion(key.adopt, replica.region),
                replica.policy,
              ),
              aliases: replica.aliases,
              replica: true as const,
            },
          ],
    );
    return [...own, ...replicas];
  });
}

function accessOf(
  key: DesiredKey,
  region: string,
  adopt: string | undefined,
  policy: DesiredPolicy,
): KeyAccess & { aliases: string[] } {
  return {
    key: key.name,
    account: key.account,
    region,
    aliases: key.aliases,
    entries: buildAccessMatrix(policy.document, {
      account: key.account,
      actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
      partition: partitionOf(key),
      keyProperties: keyPropertyConditions({ ...key, replica: region !== key.region }),
      key: requestedKeyOf({
        account: key.account,
        region,
        ...(adopt === undefined ? {} : { adopt }),
      }),
    }),
  };
}
