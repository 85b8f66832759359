import { partitionOf } from '../lint/policy/partition-of.ts';
import type { DesiredKey } from '../manifest/desired-state.ts';
import { keyPropertyConditions } from '../policy/key-property-conditions.ts';
import { accessMatrixActionsFor } from '../policy/key-usage-actions.ts';
import { requestedKeyOf } from '../policy/requested-key-of.ts';
import { joinNotes } from './join-notes.ts';
import { planAccessDiff } from './plan-access-diff.ts';
import { diffGrants } from './diff-grants.ts';
import { IMPORT_KEY_MATERIAL_HELP } from './pending-import-notice.ts';
import type { Change } from './plan-types.ts';

/**
 * The changes that create a declared key that has no live key: CreateKey with its policy and
 * ownership tags, then rotation, state and grants (its replicas: diff-replicas.ts).
 */
export function creationChanges(key: DesiredKey): Change[] {
  const base = {
    address: `key.${key.name}`,
    key: key.name,
    account: key.account,
    region: key.region,
  };
  const newAccess =
    key.policy === undefined
      ? { access: [] }
      : planAccessDiff(undefined, key.policy.document, {
          account: key.account,
          actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
          partition: partitionOf(key),
          key: requestedKeyOf(key),
          keyProperties: keyPropertyConditions(key),
        });
  const changes: Change[] = [
    {
      ...base,
      action: 'create',
      after: {
        description: key.description,
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        ...(key.origin === 'EXTERNAL' ? { origin: key.origin } : {}),
        multiRegion: key.multiRegion,
        ...(key.policy === undefined ? {} : { policy: key.policy.document }),
        tags: key.tags,
        bypassPolicyLockoutSafetyCheck: key.bypassPolicyLockoutSafetyCheck,
      },
      access: newAccess.access,
      // Who the new policy lets in was not computed (too large, or past the plan's budget):
      // never safe, like a policy update whose access is unknown.
      risk: newAccess.unknown === undefined ? 'safe' : 'disruptive',
      ...joinNotes([
        key.origin === 'EXTERNAL'
          ? `created without key material, the key stays PendingImport (unusable) until the material is imported: ${IMPORT_KEY_MATERIAL_HELP}${key.state === 'disabled' ? '; state: disabled is planned after that' : ''}`
          : undefined,
        newAccess.unknown,
      ]),
    },
  ];
  if (key.rotation.enabled) {
    changes.push({
      ...base,
      action: 'update-rotation',
      before: { enabled: false },
      after: { enabled: true, periodInDays: key.rotation.periodInDays },
      risk: 'safe',
    });
  }
  // A key without key material is PendingImport, where KMS refuses DisableKey: the declared
  // state is planned once the material is imported.
  if (key.state === 'disabled' && key.origin !== 'EXTERNAL') {
    changes.push({
      ...base,
      action: 'disable',
      before: 'Enabled',
      after: 'Disabled',
      risk: 'safe',
      note: 'the new key is created disabled',
    });
  }
  changes.push(
    ...diffGrants({ name: key.name, account: key.account, region: key.region }, key.grants, [])
      .changes,
  );
  return changes;
}
