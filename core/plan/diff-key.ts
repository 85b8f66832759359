import type { DesiredKey } from '../manifest/desired-state.ts';
import { joinNotes } from './join-notes.ts';
import { planAccessDiff } from './plan-access-diff.ts';
import {
  findDuplicateJsonKeys,
  type DuplicateJsonKey,
} from '../policy/find-duplicate-json-keys.ts';
import { keyPropertyConditions } from '../policy/key-property-conditions.ts';
import { accessMatrixActionsFor, canRotateAutomatically } from '../policy/key-usage-actions.ts';
import { policiesEquivalent } from '../policy/policies-equivalent.ts';
import { diffPolicyText } from './diff-policy-text.ts';
import { diffTags } from './diff-tags.ts';
import type { LiveKey } from './live-state.ts';
import type { Change, Risk } from './plan-types.ts';

/**
 * Changes to one existing key (state, policy, description, rotation, tags), aliases, grants
 * and replicas aside (diff-replicas.ts diffs each replica with this function too). A key that is to be deleted gets only its deletion; a key that comes
 * back from pending deletion is cancelled and enabled before anything else touches it.
 */
export function diffKey(
  desired: DesiredKey,
  live: LiveKey,
  options: { adopting: boolean },
): Change[] {
  const base = {
    address: `key.${desired.name}`,
    key: desired.name,
    account: live.account,
    region: live.region,
    keyId: live.id,
  };
  const changes: Change[] = [];

  if (desired.state === 'pending_deletion') {
    // A primary scheduled while it has replicas waits in PendingReplicaDeletion.
    if (live.state !== 'PendingDeletion' && live.state !== 'PendingReplicaDeletion') {
      changes.push({
        ...base,
        action: 'schedule-deletion',
        before: live.state,
        after: 'PendingDeletion',
        windowInDays: desired.deletionWindowInDays,
        risk: 'destructive',
        note: `after ${desired.deletionWindowInDays} days the key and every ciphertext under it become unrecoverable; cancel before then with state: enabled`,
      });
    }
    return changes;
  }

  if (live.state === 'PendingDeletion') {
    changes.push({
      ...base,
      action: 'cancel-deletion',
      before: 'PendingDeletion',
      after: 'Disabled',
      ...(live.deletionDate === undefined ? {} : { deletionDate: live.deletionDate }),
      risk: 'safe',
    });
  }
  const effectiveState = live.state === 'PendingDeletion' ? 'Disabled' : live.state;
  if (desired.state === 'enabled' && effectiveState === 'Disabled') {
    changes.push({
      ...base,
      action: 'enable',
      before: effectiveState,
      after: 'Enabled',
      risk: 'safe',
    });
  }
  if (desired.state === 'disabled' && effectiveState === 'Enabled') {
    changes.push({
      ...base,
      action: 'disable',
      before: effectiveState,
      after: 'Disabled',
      risk: 'disruptive',
      note: 'every encrypt and decrypt call with this key fails while it is disabled',
    });
  }

  if (options.adopting) {
    const ownership = Object.fromEntries(
      Object.entries(desired.tags).filter(([name]) => name.startsWith('kms-action:')),
    );
    const before = Object.fromEntries(
      Object.entries(live.tags).filter(([name]) => name.startsWith('kms-action:')),
    );
    if (Object.entries(ownership).some(([name, value]) => live.tags[name] !== value)) {
      changes.push({
        ...base,
        action: 'adopt',
        before,
        after: ownership,
        risk: 'safe',
        note: 'the key is tagged as managed by this manifest',
      });
    }
  }

  // JSON.parse keeps the last of a repeated name; AWS may have read the first (RFC 8259
  // section 4), so such a live policy is never taken as equal to the manifest's: it is
  // rewritten as declared, and its access before the change is uncertain.
  const repeated =
    desired.policy === undefined || live.policyText === undefined
      ? []
      : findDuplicateJsonKeys(live.policyText);
  if (
    desired.policy !== undefined &&
    (live.policy === undefined ||
      repeated.length > 0 ||
      !policiesEquivalent(live.policy, desired.policy.document))
  ) {
    const { access, unknown } = planAccessDiff(live.policy, desired.policy.document, {
      account: live.account,
      actions: accessMatrixActionsFor(live.keySpec, live.keyUsage),
      partition: live.arn.split(':')[1] ?? 'aws',
      key: { arn: live.arn },
      keyProperties: keyPropertyConditions({
        ...live,
        replica: live.multiRegionConfiguration?.type === 'REPLICA',
      }),
    });
    const risk: Risk =
      repeated.length > 0 ||
      unknown !== undefined ||
      access.some((entry) => entry.change !== 'gains')
        ? 'disruptive'
        : 'safe';
    changes.push({
      ...base,
      action: 'update-policy',
      before: live.policy,
      after: desired.policy.document,
      policyDiff: diffPolicyText(live.policy, desired.policy.document),
      access,
      bypassPolicyLockoutSafetyCheck: desired.bypassPolicyLockoutSafetyCheck,
      risk,
      ...joinNotes([
        repeated[0] === undefined ? undefined : repeatedNameNote(repeated[0]),
        unknown,
      ]),
    });
  }

  if (live.description !== desired.description) {
    changes.push({
      ...base,
      action: 'update-description',
      before: live.description,
      after: desired.description,
      risk: 'safe',
    });
  }

  // AWS refuses EnableKeyRotation on keys with imported material, in a custom key store, or
  // not symmetric encryption keys: nothing to plan for them, whatever the manifest says.
  if (live.rotation !== undefined && canRotateAutomatically(live)) {
    const wanted = desired.rotation;
    const periodDiffers =
      wanted.enabled &&
      live.rotation.periodInDays !== undefined &&
      live.rotation.periodInDays !== wanted.periodInDays;
    if (live.rotation.enabled !== wanted.enabled || periodDiffers) {
      changes.push({
        ...base,
        action: 'update-rotation',
        before: {
          enabled: live.rotation.enabled,
          ...(live.rotation.periodInDays === undefined
            ? {}
            : { periodInDays: live.rotation.periodInDays }),
        },
        after: wanted.enabled
          ? { enabled: true, periodInDays: wanted.periodInDays }
          : { enabled: false },
        risk: 'safe',
      });
    }
  }

  const tags = diffTags(desired.tags, live.tags);
  if (Object.keys(tags.set).length > 0 || tags.remove.length > 0) {
    changes.push({
      ...base,
      action: 'tag',
      before: live.tags,
      after: desired.tags,
      set: tags.set,
      remove: tags.remove,
      // Tag-based access conditions (aws:ResourceTag) can stop matching when tags go away.
      risk: tags.remove.length > 0 ? 'disruptive' : 'safe',
    });
  }

  return changes;
}

function repeatedNameNote({ name, line, column, first }: DuplicateJsonKey): string {
  return `the live key policy text has \`${name}\` twice in one object (line ${first.line}, column ${first.column} and line ${line}, column ${column}): JSON readers differ on which one counts (RFC 8259 section 4), so who has access today is uncertain (the access diff reads the last one); apply rewrites the policy as declared`;
}
