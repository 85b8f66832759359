import { UsageError } from '../errors.ts';
import { partitionOf } from '../lint/policy/partition-of.ts';
import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import type { KeyAccessExplanation } from '../render/render-access-explanation.ts';
import { explainAccess } from './explain-access.ts';
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
    const policy = key.policy;
    if (policy === undefined) return [];
    return [
      {
        key: key.name,
        account: key.account,
        region: key.region,
        ...explainAccess(policy.document, principal, kmsAction, {
          account: key.account,
          partition: partitionOf(key),
          key: requestedKeyOf(key),
        }),
        locate: (index) => ({
          file: desired.file,
          line: desired.locate(
            policy.kind === 'intent'
              ? ['keys', key.name, 'policy']
              : ['keys', key.name, 'policy', 'document', 'Statement', index],
          ).line,
        }),
      },
    ];
  });
}
