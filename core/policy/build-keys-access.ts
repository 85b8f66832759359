import { partitionOf } from '../lint/policy/partition-of.ts';
import type { DesiredKey } from '../manifest/desired-state.ts';
import type { KeyAccess } from '../render/render-access.ts';
import { buildAccessMatrix } from './build-access-matrix.ts';
import { accessMatrixActionsFor } from './key-usage-actions.ts';
import { requestedKeyOf } from './requested-key-of.ts';

/**
 * Who can do what with each key (`kms-action access`), from the key policy the manifest
 * declares; keys whose policy the manifest does not manage are skipped.
 */
export function buildKeysAccess(
  keys: readonly DesiredKey[],
): (KeyAccess & { aliases: string[] })[] {
  return keys.flatMap((key) =>
    key.policy === undefined
      ? []
      : [
          {
            key: key.name,
            account: key.account,
            region: key.region,
            aliases: key.aliases,
            entries: buildAccessMatrix(key.policy.document, {
              account: key.account,
              actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
              partition: partitionOf(key),
              key: requestedKeyOf(key),
            }),
          },
        ],
  );
}
