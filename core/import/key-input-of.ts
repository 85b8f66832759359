import { countNoun } from '../render/count-noun.ts';
import { DEFAULT_KEY_SPEC, DEFAULT_KEY_USAGE } from '../manifest/desired-state.ts';
import type { GrantInput, KeepGrantInput, KeyInput } from '../manifest/types.ts';
import { isOwnAwsGrant } from '../plan/is-own-aws-grant.ts';
import { keepGranteeOf } from '../plan/keep-grantee-of.ts';
import { canRotateAutomatically } from '../policy/key-usage-actions.ts';
import type { LiveKey } from '../plan/live-state.ts';
import { grantProblem } from './grant-problem.ts';
import { replicaInputOf } from './replica-input-of.ts';
import type { KeyDraft } from './key-draft.ts';
import { isWritableAlias, isWritableTag } from './writable-in-manifest.ts';
import { writeIntentInput } from './write-intent-input.ts';

const LABEL = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;
const ENVIRONMENT_TAGS = ['environment', 'env', 'stage'];
const SERVICE_TAGS = ['service'];

/** The manifest entry of one imported key, principals named by `nameOf`. */
export function keyInputOf(
  draft: KeyDraft,
  nameOf: (arn: string) => string,
  liveReplicas: readonly LiveKey[] = [],
): KeyInput {
  const { key } = draft;
  const input: KeyInput = { adopt: key.arn };
  const environment = tagValue(key.tags, ENVIRONMENT_TAGS);
  const service =
    tagValue(key.tags, SERVICE_TAGS) ??
    (draft.services.length === 1 ? draft.services[0] : undefined);
  if (environment !== undefined) input.environment = environment;
  if (service !== undefined) input.service = service;
  if (key.description !== '') input.description = key.description;
  if (key.keySpec !== DEFAULT_KEY_SPEC) input.key_spec = key.keySpec;
  // Every asymmetric and HMAC key states its usage: the manifest refuses such a key without it.
  if (key.keyUsage !== DEFAULT_KEY_USAGE || key.keySpec !== DEFAULT_KEY_SPEC) {
    input.key_usage = key.keyUsage;
  }
  if (key.origin === 'EXTERNAL') input.origin = 'EXTERNAL';
  if (key.multiRegion) input.multi_region = true;

  if (canRotateAutomatically(key) && key.rotation !== undefined) {
    const period = key.rotation.periodInDays;
    input.rotation = key.rotation.enabled
      ? {
          enabled: true,
          ...(period !== undefined && period >= 90 && period <= 2560
            ? { period_in_days: period }
            : {}),
        }
      : { enabled: false };
  }
  if (key.state === 'Disabled') input.state = 'disabled';
  if (key.state === 'PendingDeletion') {
    input.state = 'pending_deletion';
    const window = key.pendingDeletionWindowInDays;
    if (window !== undefined && window >= 7 && window <= 30) input.deletion_window_in_days = window;
  }
  const aliases = key.aliases
    .map((alias) => alias.name)
    .filter(isWritableAlias)
    .sort();
  if (aliases.length > 0) input.aliases = aliases;
  const tags = Object.fromEntries(
    Object.entries(key.tags)
      .filter(
        ([tag, value]) =>
          !tag.startsWith('kms-action:') &&
          !tag.toLowerCase().startsWith('aws:') &&
          isWritableTag(tag, value),
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  if (Object.keys(tags).length > 0) input.tags = tags;

  if (draft.policy.form === 'intent' || draft.policy.form === 'intent-rewritten') {
    input.policy = writeIntentInput(draft.policy.intent, nameOf);
  } else if (draft.policy.form === 'document') {
    input.policy = { document: draft.policy.document as unknown as Record<string, unknown> };
  }

  const grants: GrantInput[] = [];
  const grantNames = new Set<string>();
  for (const grant of key.grants ?? []) {
    if (isOwnAwsGrant(grant, key.account)) continue;
    if (grantProblem(grant) !== undefined || grant.name === undefined) continue;
    if (grantNames.has(grant.name)) continue;
    grantNames.add(grant.name);
    grants.push({
      name: grant.name,
      grantee: nameOf(grant.granteePrincipal),
      ...(grant.retiringPrincipal === undefined
        ? {}
        : { retiring_principal: nameOf(grant.retiringPrincipal) }),
      operations: [...grant.operations].sort(),
      ...(grant.encryptionContextSubset === undefined
        ? {}
        : { encryption_context_subset: grant.encryptionContextSubset }),
      ...(grant.encryptionContextEquals === undefined
        ? {}
        : { encryption_context_equals: grant.encryptionContextEquals }),
    });
  }
  if (grants.length > 0) input.grants = grants;
  const keep = keepGrantsOf(key, liveReplicas);
  if (keep.length > 0) input.keep_grants = keep;

  // Replicas last: each entry says only what differs from the entry above.
  const replicas = new Map(
    (key.multiRegionConfiguration?.type === 'PRIMARY' ? key.multiRegionConfiguration.replicas : [])
      .filter((replica) => replica.region !== key.region)
      .map((replica) => [replica.region, replica.arn] as const),
  );
  if (replicas.size > 0) {
    const byArn = new Map(liveReplicas.map((replica) => [replica.arn, replica]));
    input.replicas = [...replicas]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([region, arn]) => replicaInputOf(draft, input, region, byArn.get(arn)));
  }
  return input;
}

/**
 * One `keep_grants` entry per grantee AWS operates for the key's account among the live grants of the key and its
 * replicas (EC2 instance sessions as their `aws:ec2-infrastructure` role): grants AWS services
 * made for the resources they encrypt are kept, not declared (docs/grants.md).
 */
function keepGrantsOf(key: LiveKey, liveReplicas: readonly LiveKey[]): KeepGrantInput[] {
  const counts = new Map<string, number>();
  const replicas = liveReplicas.filter(
    (replica) =>
      replica.multiRegionConfiguration?.primary.arn === key.arn && replica.arn !== key.arn,
  );
  for (const grant of [key, ...replicas].flatMap((entry) => entry.grants ?? [])) {
    // Another account's grants are never kept by an imported rule: the plan lists them.
    if (!isOwnAwsGrant(grant, key.account)) continue;
    const grantee = keepGranteeOf(grant.granteePrincipal);
    counts.set(grantee, (counts.get(grantee) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([grantee, count]) => ({
      grantee,
      reason: `imported: ${countNoun(count, 'live grant')} to this AWS-operated grantee, most likely made by an AWS service for a resource this key encrypts; check that the resource is yours, then say which`,
    }));
}

function tagValue(
  tags: Readonly<Record<string, string>>,
  names: readonly string[],
): string | undefined {
  for (const [tag, value] of Object.entries(tags)) {
    if (names.includes(tag.toLowerCase()) && LABEL.test(value)) {
      return value;
    }
  }
  return undefined;
}
