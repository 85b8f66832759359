import { isOwnAwsGrant } from '../plan/is-own-aws-grant.ts';
import type { LiveKey } from '../plan/live-state.ts';
import type { AccountKeys } from './account-keys.ts';
import type { BuildImportOptions } from './build-import-manifest.ts';
import { draftKeyPolicy } from './draft-key-policy.ts';
import { grantProblem } from './grant-problem.ts';
import type { KeyDraft } from './key-draft.ts';
import { isWritableAlias, isWritableTag } from './writable-in-manifest.ts';

/**
 * Drafts one imported key: notes on its state, origin and replica role, its policy
 * (`draftKeyPolicy`), and plan notes on what the first plan changes besides adopting it:
 * grants without a declarable form (and every grant of its replicas), tags the manifest cannot
 * write; notes on aliases left out.
 */
export function draftKey(
  key: LiveKey,
  name: string,
  listing: AccountKeys,
  options: BuildImportOptions,
): KeyDraft {
  const notes: string[] = [];
  const planNotes: string[] = [];
  const draft: KeyDraft = {
    name,
    key,
    policy: { form: 'unmanaged' },
    services: [],
    notes,
    planNotes,
  };

  if (key.state === 'PendingDeletion') {
    notes.push(
      `pending deletion${key.deletionDate === undefined ? '' : `: KMS deletes it on ${key.deletionDate.slice(0, 10)}`}. ` +
        'Keep `state: pending_deletion` to let it go (then remove this entry), or set `state: enabled` to cancel the deletion.',
    );
  } else if (key.state === 'Disabled') {
    notes.push(
      'disabled: every use of it fails. Decide: keep it disabled, enable it, or schedule its deletion (`state: pending_deletion`).',
    );
  } else if (key.state !== 'Enabled') {
    notes.push(
      `key state ${key.state}: \`state:\` left out; check the key before the first apply.`,
    );
  }
  if (key.origin !== 'AWS_KMS') {
    notes.push(`key material origin ${key.origin}: kms-action cannot create such a key again.`);
  }
  if (key.multiRegionConfiguration?.type === 'REPLICA') {
    notes.push(
      `replica of ${key.multiRegionConfiguration.primary.arn}: manage it through its primary key's \`replicas:\`, and remove this entry.`,
    );
  }
  draftKeyPolicy(draft, listing.partition, options.rewritePolicies === true);

  for (const grant of key.grants ?? []) {
    // Grants to grantees AWS operates are kept (`keep_grants`, key-input-of.ts), not declared.
    if (isOwnAwsGrant(grant, key.account)) continue;
    const why = grantProblem(grant);
    if (why !== undefined) {
      planNotes.push(
        `grant ${grant.name ?? grant.grantId} to ${grant.granteePrincipal} (${grant.operations.join(', ')}) ${why}: the plan lists it as an undeclared grant to revoke (destructive, held back without --allow-destructive).`,
      );
    }
  }
  // Grants are never replicated and a replica entry declares none (core/plan/diff-replicas.ts).
  for (const replica of listing.replicas ?? []) {
    if (replica.multiRegionConfiguration?.primary.arn !== key.arn) continue;
    for (const grant of replica.grants ?? []) {
      if (isOwnAwsGrant(grant, key.account)) continue;
      planNotes.push(
        `grant ${grant.name ?? grant.grantId} on the ${replica.region} replica to ${grant.granteePrincipal} (${grant.operations.join(', ')}): a replica entry declares no grants, so the plan lists it as an undeclared grant to revoke (destructive, held back without --allow-destructive).`,
      );
    }
  }
  for (const [tag, value] of Object.entries(key.tags)) {
    if (tag.startsWith('kms-action:') || tag.toLowerCase().startsWith('aws:')) continue;
    if (!isWritableTag(tag, value)) {
      planNotes.push(
        `tag ${JSON.stringify(tag)} has characters the manifest does not accept: left out, so the plan removes it.`,
      );
    }
  }
  for (const alias of key.aliases) {
    if (!isWritableAlias(alias.name))
      notes.push(`alias ${alias.name} left out: not a valid alias name.`);
  }
  return draft;
}
