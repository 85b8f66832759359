import {
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListGrantsCommand,
  type GrantListEntry,
  type KeyMetadata,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../core/manifest/desired-state.ts';
import type {
  LiveAlias,
  LiveGrant,
  LiveKey,
  LiveOwnership,
  LiveRotation,
} from '../../core/plan/live-state.ts';
import type { KeyPolicyDocument } from '../../core/policy/types.ts';

/**
 * Runs one AWS call: the caller's wrapper counts it, bounds concurrency and turns failures
 * into errors that name the operation and its target.
 */
export type CallKms = <T>(
  operation: string,
  target: string | undefined,
  task: () => Promise<T>,
) => Promise<T>;

/**
 * Every alias of the account and Region (all pages), sorted by name. An alias whose ARN names
 * another Region is dropped: AWS lists only the Region's own aliases, and moto 5.2 also lists
 * a primary key's aliases in its replicas' Regions (they share one alias table there).
 */
export async function listAliasPages(
  kms: KMSClient,
  callKms: CallKms,
  region?: string,
): Promise<LiveAlias[]> {
  const aliases: LiveAlias[] = [];
  let marker: string | undefined;
  do {
    const page = await callKms('ListAliases', undefined, () =>
      kms.send(
        new ListAliasesCommand({ Limit: 100, ...(marker === undefined ? {} : { Marker: marker }) }),
      ),
    );
    for (const alias of page.Aliases ?? []) {
      if (alias.AliasName === undefined) continue;
      if (
        region !== undefined &&
        alias.AliasArn !== undefined &&
        alias.AliasArn.split(':')[3] !== region
      )
        continue;
      aliases.push({
        name: alias.AliasName,
        arn: alias.AliasArn ?? '',
        ...(alias.TargetKeyId === undefined ? {} : { targetKeyId: alias.TargetKeyId }),
      });
    }
    marker = page.Truncated === true ? nextToken(marker, page.NextMarker) : undefined;
  } while (marker !== undefined);
  return aliases.sort((a, b) => compare(a.name, b.name));
}

/** Every grant of a key (all pages), sorted by name and id. */
export async function listGrantPages(
  kms: KMSClient,
  id: string,
  target: string,
  callKms: CallKms,
): Promise<LiveGrant[]> {
  const grants: LiveGrant[] = [];
  let marker: string | undefined;
  do {
    const page = await callKms('ListGrants', target, () =>
      kms.send(
        new ListGrantsCommand({
          KeyId: id,
          Limit: 100,
          ...(marker === undefined ? {} : { Marker: marker }),
        }),
      ),
    );
    grants.push(...(page.Grants ?? []).map(toLiveGrant));
    marker = page.Truncated === true ? nextToken(marker, page.NextMarker) : undefined;
  } while (marker !== undefined);
  return grants.sort(
    (a, b) => compare(a.name ?? '', b.name ?? '') || compare(a.grantId, b.grantId),
  );
}

function toLiveGrant(entry: GrantListEntry): LiveGrant {
  const grant: LiveGrant = {
    grantId: entry.GrantId ?? '',
    // A grant to a service principal names it in GranteeServicePrincipal (or, for grants AWS
    // services create, in GranteePrincipal).
    granteePrincipal: entry.GranteePrincipal ?? entry.GranteeServicePrincipal ?? '',
    operations: [...(entry.Operations ?? [])].sort(),
  };
  if (entry.Name !== undefined && entry.Name !== '') grant.name = entry.Name;
  const retiring = entry.RetiringPrincipal ?? entry.RetiringServicePrincipal;
  if (retiring !== undefined) grant.retiringPrincipal = retiring;
  if (entry.IssuingAccount !== undefined) grant.issuingAccount = entry.IssuingAccount;
  const subset = entry.Constraints?.EncryptionContextSubset;
  if (subset !== undefined) grant.encryptionContextSubset = subset;
  const equals = entry.Constraints?.EncryptionContextEquals;
  if (equals !== undefined) grant.encryptionContextEquals = equals;
  const sourceArn = entry.Constraints?.SourceArn;
  if (sourceArn !== undefined) grant.sourceArn = sourceArn;
  return grant;
}

/** The key policy text KMS returned as a document, or `undefined` when it is not a JSON object with statements. */
export function parseKeyPolicyText(text: string): KeyPolicyDocument | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const statement = (parsed as { Statement?: unknown }).Statement;
  // IAM accepts a single statement object; the planner gets a list either way.
  if (typeof statement === 'object' && statement !== null && !Array.isArray(statement)) {
    return {
      ...(parsed as KeyPolicyDocument),
      Statement: [statement as KeyPolicyDocument['Statement'][number]],
    };
  }
  if (!Array.isArray(statement)) return undefined;
  return parsed as KeyPolicyDocument;
}

/** The `default` key policy as KMS returns it (text). */
export async function readKeyPolicyText(
  kms: KMSClient,
  id: string,
  target: string,
  callKms: CallKms,
): Promise<string | undefined> {
  const output = await callKms('GetKeyPolicy', target, () =>
    kms.send(new GetKeyPolicyCommand({ KeyId: id, PolicyName: 'default' })),
  );
  return output.Policy;
}

export async function readKeyRotation(
  kms: KMSClient,
  id: string,
  target: string,
  callKms: CallKms,
): Promise<LiveRotation> {
  const output = await callKms('GetKeyRotationStatus', target, () =>
    kms.send(new GetKeyRotationStatusCommand({ KeyId: id })),
  );
  const rotation: LiveRotation = { enabled: output.KeyRotationEnabled === true };
  if (output.RotationPeriodInDays !== undefined)
    rotation.periodInDays = output.RotationPeriodInDays;
  if (output.NextRotationDate !== undefined) {
    rotation.nextRotationDate = output.NextRotationDate.toISOString();
  }
  return rotation;
}

/** What DescribeKey says of a key, in live-state form. */
export type LiveKeyBasics = Omit<
  LiveKey,
  'rotation' | 'policy' | 'policyText' | 'tags' | 'aliases' | 'grants' | 'ownership'
>;

export function liveKeyBasics(
  metadata: KeyMetadata,
  account: string,
  region: string,
): LiveKeyBasics {
  const key: LiveKeyBasics = {
    arn: metadata.Arn ?? '',
    id: metadata.KeyId ?? '',
    account: metadata.AWSAccountId ?? account,
    region,
    description: metadata.Description ?? '',
    keySpec: metadata.KeySpec ?? 'SYMMETRIC_DEFAULT',
    // AWS always returns KeyUsage; moto 5.2 omits it when CreateKey did not set it.
    keyUsage: metadata.KeyUsage ?? 'ENCRYPT_DECRYPT',
    keyManager: metadata.KeyManager ?? 'CUSTOMER',
    origin: metadata.Origin ?? 'AWS_KMS',
    state: metadata.KeyState ?? 'Unavailable',
    multiRegion: metadata.MultiRegion === true,
  };
  if (metadata.CustomKeyStoreId !== undefined && metadata.CustomKeyStoreId !== '') {
    key.customKeyStoreId = metadata.CustomKeyStoreId;
  }
  if (metadata.CreationDate !== undefined) key.creationDate = metadata.CreationDate.toISOString();
  if (metadata.DeletionDate !== undefined) key.deletionDate = metadata.DeletionDate.toISOString();
  if (metadata.PendingDeletionWindowInDays !== undefined) {
    key.pendingDeletionWindowInDays = metadata.PendingDeletionWindowInDays;
  }
  const multi = metadata.MultiRegionConfiguration;
  if (multi?.MultiRegionKeyType !== undefined) {
    key.multiRegionConfiguration = {
      // The primary is the key whose ARN is the primary's (AWS: the two always agree). moto
      // 5.2 shares one configuration between a primary and its replicas and turns it to
      // REPLICA once a replica is described, so the type is derived from the ARN.
      type:
        multi.PrimaryKey?.Arn === undefined
          ? multi.MultiRegionKeyType
          : multi.PrimaryKey.Arn === metadata.Arn
            ? 'PRIMARY'
            : 'REPLICA',
      primary: { arn: multi.PrimaryKey?.Arn ?? '', region: multi.PrimaryKey?.Region ?? '' },
      replicas: (multi.ReplicaKeys ?? [])
        .map((replica) => ({ arn: replica.Arn ?? '', region: replica.Region ?? '' }))
        .sort((a, b) => compare(a.region, b.region)),
    };
  }
  return key;
}

/** What the ownership tags on a key say; `undefined` without the manifest tag. */
export function ownershipOf(tags: Readonly<Record<string, string>>): LiveOwnership | undefined {
  const manifest = tags[OWNERSHIP_TAG_MANIFEST];
  if (manifest === undefined) return undefined;
  const key = tags[OWNERSHIP_TAG_KEY];
  return key === undefined ? { manifest } : { manifest, key };
}

/** The next page token; a token that repeats would loop forever, so it ends the listing. */
export function nextToken(
  previous: string | undefined,
  next: string | undefined,
): string | undefined {
  return next === undefined || next === '' || next === previous ? undefined : next;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
