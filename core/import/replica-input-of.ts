import type { KeyInput, ReplicaInput } from '../manifest/types.ts';
import { partitionOf } from '../lint/policy/partition-of.ts';
import { generateKeyPolicy } from '../policy/generate-key-policy.ts';
import { policiesEquivalent } from '../policy/policies-equivalent.ts';
import type { LiveKey } from '../plan/live-state.ts';
import type { KeyDraft } from './key-draft.ts';
import { isWritableAlias, isWritableTag } from './writable-in-manifest.ts';

/**
 * One `replicas:` entry of an imported multi-Region key: the Region alone when the replica
 * has what the key's entry gives it (description, policy for its Region, tags, state), else
 * `{ region, ... }` with only what differs. A replica's policy that differs is written as a
 * raw document; its aliases are always its own. `undefined` live replica (not readable):
 * the Region alone.
 */
export function replicaInputOf(
  draft: KeyDraft,
  entry: KeyInput,
  region: string,
  live: LiveKey | undefined,
): string | ReplicaInput {
  if (live === undefined) return region;
  const { key } = draft;
  const replica: ReplicaInput = { region };
  if (live.description !== key.description) replica.description = live.description;

  const inherited =
    draft.policy.form === 'intent' || draft.policy.form === 'intent-rewritten'
      ? generateKeyPolicy(draft.policy.intent, {
          account: key.account,
          region,
          partition: partitionOf({ region }),
          multiRegion: true,
          keySpec: key.keySpec,
          keyUsage: key.keyUsage,
          origin: key.origin,
        })
      : draft.policy.form === 'document'
        ? draft.policy.document
        : undefined;
  if (
    inherited !== undefined &&
    live.policy !== undefined &&
    !policiesEquivalent(live.policy, inherited)
  ) {
    replica.policy = { document: live.policy as unknown as Record<string, unknown> };
  }

  const keyTags = entry.tags ?? {};
  const tags = Object.fromEntries(
    Object.entries(live.tags)
      .filter(
        ([tag, value]) =>
          !tag.startsWith('kms-action:') &&
          !tag.toLowerCase().startsWith('aws:') &&
          isWritableTag(tag, value) &&
          keyTags[tag] !== value,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  if (Object.keys(tags).length > 0) replica.tags = tags;

  const aliases = live.aliases
    .map((alias) => alias.name)
    .filter(isWritableAlias)
    .sort();
  if (aliases.length > 0) replica.aliases = aliases;

  const state =
    live.state === 'Disabled'
      ? 'disabled'
      : live.state === 'PendingDeletion'
        ? 'pending_deletion'
        : 'enabled';
  if (state !== (entry.state ?? 'enabled')) replica.state = state;
  const window = live.pendingDeletionWindowInDays;
  if (
    state === 'pending_deletion' &&
    window !== undefined &&
    window >= 7 &&
    window <= 30 &&
    window !== entry.deletion_window_in_days
  ) {
    replica.deletion_window_in_days = window;
  }
  return Object.keys(replica).length === 1 ? region : replica;
}
