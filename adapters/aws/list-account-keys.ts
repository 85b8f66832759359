/**
 * read for `import`: every key of one account and Region, not only the keys a manifest owns
 * (read-live-state.ts does that, by ownership tag).
 *
 * 1. Paginated `ListKeys` and paginated `ListAliases`, side by side.
 * 2. Keys that an `alias/aws/*` alias points to are AWS managed: listed from the aliases
 *    alone, without a call, unless `includeAwsManaged` asks to describe them too.
 * 3. Per other key `DescribeKey`; a key that turns out AWS managed stops there. Per customer
 *    managed key `GetKeyPolicy`, `GetKeyRotationStatus`, `ListResourceTags` and `ListGrants`:
 *    five calls per key in all.
 * Every call goes through one concurrency limit; the SDK retries throttling (kms-client.ts);
 * a failure becomes an AwsAccessError naming the call, and calls still queued are cancelled.
 * Per-key calls pass key ids, not ARNs (moto crashes on ARNs in some operations).
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  type GrantListEntry,
  type KeyMetadata,
  type KMSClient,
  type Tag as KmsTag,
} from '@aws-sdk/client-kms';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsAccessError } from '../../core/errors.ts';
import type { AccountKeys, AwsManagedKey } from '../../core/import/account-keys.ts';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../core/manifest/desired-state.ts';
import type {
  LiveAlias,
  LiveGrant,
  LiveKey,
  LiveOwnership,
  LiveRotation,
} from '../../core/plan/live-state.ts';
import type { KeyPolicyDocument } from '../../core/policy/types.ts';
import type { AwsClients, CredentialsProvider } from './kms-client.ts';
import { limitConcurrency } from './limit-concurrency.ts';
import { awsErrorName, toAwsAccessError, type AwsCall } from './to-aws-access-error.ts';

export interface ListAccountKeysOptions {
  clients: AwsClients;
  /** 12-digit account id the clients' credentials belong to (checked against every key ARN). */
  account: string;
  region: string;
  /** Describe AWS managed keys too (their description is listed); default: aliases only. */
  includeAwsManaged?: boolean;
  /** AWS calls in flight at once; default 10. */
  concurrency?: number;
}

export const DEFAULT_LIST_CONCURRENCY = 10;

const KEY_ARN = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;
const AWS_ALIAS = /^alias\/aws\//;

export async function listAccountKeys(options: ListAccountKeysOptions): Promise<AccountKeys> {
  const { clients, account, region } = options;
  const kms = clients.kms(account, region);
  const limit = limitConcurrency(options.concurrency ?? DEFAULT_LIST_CONCURRENCY);
  const send = async <T>(operation: string, target: string | undefined, task: () => Promise<T>) => {
    try {
      return await limit.run(task);
    } catch (error) {
      const call: AwsCall = {
        operation,
        service: 'kms',
        account,
        region,
        endpoint: clients.endpointOf('kms', region),
        ...(target === undefined ? {} : { target }),
      };
      throw toAwsAccessError(error, call);
    }
  };

  try {
    const [listed, aliases] = await Promise.all([listKeys(kms, send), listAliases(kms, send)]);
    let partition = 'aws';
    for (const key of listed) {
      const match = KEY_ARN.exec(key.arn);
      if (match?.[3] !== undefined && match[3] !== account) {
        throw new AwsAccessError(
          `ListKeys in region ${region} returned key ${key.arn} of account ${match[3]}, but account ${account} is being imported: the credentials belong to another account. Assume a role in ${account} (--role-to-assume).`,
        );
      }
      partition = match?.[1] ?? partition;
    }
    const awsAliasesById = new Map<string, string[]>();
    for (const alias of aliases) {
      if (alias.targetKeyId === undefined || !AWS_ALIAS.test(alias.name)) continue;
      awsAliasesById.set(alias.targetKeyId, [
        ...(awsAliasesById.get(alias.targetKeyId) ?? []),
        alias.name,
      ]);
    }

    const awsManaged: AwsManagedKey[] = [];
    const keys: LiveKey[] = [];
    await Promise.all(
      listed.map(async ({ id, arn }) => {
        const awsAliases = awsAliasesById.get(id);
        if (awsAliases !== undefined && options.includeAwsManaged !== true) {
          awsManaged.push({ id, arn, aliases: awsAliases });
          return;
        }
        const metadata = await describeKey(kms, id, arn, send);
        if (metadata === undefined) return; // deleted since ListKeys
        if (metadata.KeyManager === 'AWS') {
          awsManaged.push({
            id,
            arn,
            aliases: awsAliases ?? [],
            ...(metadata.Description === undefined ? {} : { description: metadata.Description }),
          });
          return;
        }
        const key = await readCustomerKey(
          kms,
          metadata,
          { id, arn, account, region },
          aliases,
          send,
        );
        keys.push(key);
      }),
    );
    keys.sort((a, b) => compare(a.id, b.id));
    awsManaged.sort(
      (a, b) => compare(a.aliases[0] ?? '\uffff', b.aliases[0] ?? '\uffff') || compare(a.id, b.id),
    );
    return { account, region, partition, keys, awsManaged, aliases };
  } catch (error) {
    limit.cancel(error);
    throw error;
  }
}

type Send = <T>(
  operation: string,
  target: string | undefined,
  task: () => Promise<T>,
) => Promise<T>;

async function listKeys(kms: KMSClient, send: Send): Promise<{ id: string; arn: string }[]> {
  const keys: { id: string; arn: string }[] = [];
  let marker: string | undefined;
  do {
    const page = await send('ListKeys', undefined, () =>
      kms.send(
        new ListKeysCommand({ Limit: 1000, ...(marker === undefined ? {} : { Marker: marker }) }),
      ),
    );
    for (const entry of page.Keys ?? []) {
      if (entry.KeyId !== undefined && entry.KeyArn !== undefined) {
        keys.push({ id: entry.KeyId, arn: entry.KeyArn });
      }
    }
    marker = page.Truncated === true ? nextToken(marker, page.NextMarker) : undefined;
  } while (marker !== undefined);
  return keys;
}

async function listAliases(kms: KMSClient, send: Send): Promise<LiveAlias[]> {
  const aliases: LiveAlias[] = [];
  let marker: string | undefined;
  do {
    const page = await send('ListAliases', undefined, () =>
      kms.send(
        new ListAliasesCommand({ Limit: 100, ...(marker === undefined ? {} : { Marker: marker }) }),
      ),
    );
    for (const alias of page.Aliases ?? []) {
      if (alias.AliasName === undefined) continue;
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

async function describeKey(
  kms: KMSClient,
  id: string,
  arn: string,
  send: Send,
): Promise<KeyMetadata | undefined> {
  try {
    const output = await send('DescribeKey', arn, () =>
      kms.send(new DescribeKeyCommand({ KeyId: id })),
    );
    return output.KeyMetadata;
  } catch (error) {
    if (causeName(error) === 'NotFoundException') return undefined;
    throw error;
  }
}

async function readCustomerKey(
  kms: KMSClient,
  metadata: KeyMetadata,
  where: { id: string; arn: string; account: string; region: string },
  aliases: readonly LiveAlias[],
  send: Send,
): Promise<LiveKey> {
  const { id, arn } = where;
  // A key in some states (pending deletion, unavailable), or of a spec without automatic
  // rotation, refuses some reads: that part stays unknown instead of failing the import.
  const unknownIn = async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await task();
    } catch (error) {
      const name = causeName(error);
      if (
        name === 'KMSInvalidStateException' ||
        name === 'UnsupportedOperationException' ||
        name === 'NotFoundException'
      ) {
        return undefined;
      }
      throw error;
    }
  };
  const [policyText, rotation, tags, grants] = await Promise.all([
    unknownIn(async () => {
      const output = await send('GetKeyPolicy', arn, () =>
        kms.send(new GetKeyPolicyCommand({ KeyId: id, PolicyName: 'default' })),
      );
      return output.Policy;
    }),
    unknownIn(async () => {
      const output = await send('GetKeyRotationStatus', arn, () =>
        kms.send(new GetKeyRotationStatusCommand({ KeyId: id })),
      );
      const result: LiveRotation = { enabled: output.KeyRotationEnabled === true };
      if (output.RotationPeriodInDays !== undefined)
        result.periodInDays = output.RotationPeriodInDays;
      if (output.NextRotationDate !== undefined) {
        result.nextRotationDate = output.NextRotationDate.toISOString();
      }
      return result;
    }),
    unknownIn(() => listResourceTags(kms, id, arn, send)),
    unknownIn(() => listGrants(kms, id, arn, send)),
  ]);
  const keyTags = tags ?? {};
  const key: LiveKey = {
    arn: metadata.Arn ?? arn,
    id: metadata.KeyId ?? id,
    account: metadata.AWSAccountId ?? where.account,
    region: where.region,
    description: metadata.Description ?? '',
    keySpec: metadata.KeySpec ?? 'SYMMETRIC_DEFAULT',
    // AWS always returns KeyUsage; moto 5.2 omits it when CreateKey did not set it.
    keyUsage: metadata.KeyUsage ?? 'ENCRYPT_DECRYPT',
    keyManager: metadata.KeyManager ?? 'CUSTOMER',
    origin: metadata.Origin ?? 'AWS_KMS',
    state: metadata.KeyState ?? 'Unavailable',
    multiRegion: metadata.MultiRegion === true,
    rotation,
    policy: policyText === undefined ? undefined : parsePolicy(policyText),
    policyText,
    tags: keyTags,
    aliases: aliases.filter((alias) => alias.targetKeyId === id),
    grants,
    ownership: ownershipOf(keyTags),
  };
  if (metadata.CreationDate !== undefined) key.creationDate = metadata.CreationDate.toISOString();
  if (metadata.DeletionDate !== undefined) key.deletionDate = metadata.DeletionDate.toISOString();
  if (metadata.PendingDeletionWindowInDays !== undefined) {
    key.pendingDeletionWindowInDays = metadata.PendingDeletionWindowInDays;
  }
  const multi = metadata.MultiRegionConfiguration;
  if (multi?.MultiRegionKeyType !== undefined) {
    key.multiRegionConfiguration = {
      type: multi.MultiRegionKeyType,
      primary: { arn: multi.PrimaryKey?.Arn ?? '', region: multi.PrimaryKey?.Region ?? '' },
      replicas: (multi.ReplicaKeys ?? [])
        .map((replica) => ({ arn: replica.Arn ?? '', region: replica.Region ?? '' }))
        .sort((a, b) => compare(a.region, b.region)),
    };
  }
  return key;
}

async function listResourceTags(
  kms: KMSClient,
  id: string,
  arn: string,
  send: Send,
): Promise<Record<string, string>> {
  const tags: KmsTag[] = [];
  let marker: string | undefined;
  do {
    const page = await send('ListResourceTags', arn, () =>
      kms.send(
        new ListResourceTagsCommand({
          KeyId: id,
          ...(marker === undefined ? {} : { Marker: marker }),
        }),
      ),
    );
    tags.push(...(page.Tags ?? []));
    marker = page.Truncated === true ? nextToken(marker, page.NextMarker) : undefined;
  } while (marker !== undefined);
  const record: Record<string, string> = {};
  for (const tag of tags) if (tag.TagKey !== undefined) record[tag.TagKey] = tag.TagValue ?? '';
  return record;
}

async function listGrants(
  kms: KMSClient,
  id: string,
  arn: string,
  send: Send,
): Promise<LiveGrant[]> {
  const grants: LiveGrant[] = [];
  let marker: string | undefined;
  do {
    const page = await send('ListGrants', arn, () =>
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
    granteePrincipal: entry.GranteePrincipal ?? '',
    operations: [...(entry.Operations ?? [])].sort(),
  };
  if (entry.Name !== undefined && entry.Name !== '') grant.name = entry.Name;
  if (entry.RetiringPrincipal !== undefined) grant.retiringPrincipal = entry.RetiringPrincipal;
  if (entry.IssuingAccount !== undefined) grant.issuingAccount = entry.IssuingAccount;
  const subset = entry.Constraints?.EncryptionContextSubset;
  if (subset !== undefined) grant.encryptionContextSubset = subset;
  const equals = entry.Constraints?.EncryptionContextEquals;
  if (equals !== undefined) grant.encryptionContextEquals = equals;
  return grant;
}

/** The policy as a document, or `undefined` when it is not a JSON object with statements. */
function parsePolicy(text: string): KeyPolicyDocument | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const statement = (parsed as { Statement?: unknown }).Statement;
  if (typeof statement === 'object' && statement !== null && !Array.isArray(statement)) {
    return {
      ...(parsed as KeyPolicyDocument),
      Statement: [statement as KeyPolicyDocument['Statement'][number]],
    };
  }
  if (!Array.isArray(statement)) return undefined;
  return parsed as KeyPolicyDocument;
}

function ownershipOf(tags: Record<string, string>): LiveOwnership | undefined {
  const manifest = tags[OWNERSHIP_TAG_MANIFEST];
  if (manifest === undefined) return undefined;
  const key = tags[OWNERSHIP_TAG_KEY];
  return key === undefined ? { manifest } : { manifest, key };
}

/** The next page token; a token that repeats would loop forever, so it ends the listing. */
function nextToken(previous: string | undefined, next: string | undefined): string | undefined {
  return next === undefined || next === '' || next === previous ? undefined : next;
}

function causeName(error: unknown): string {
  return error instanceof AwsAccessError ? awsErrorName(error.cause) : awsErrorName(error);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The account the given credentials (default: the SDK's chain) belong to, from
 * `sts:GetCallerIdentity`: what `import` reads when no account is named.
 */
export async function callerAccountOf(
  region: string,
  credentials?: CredentialsProvider,
): Promise<string> {
  const sts = new STSClient({ region, ...(credentials === undefined ? {} : { credentials }) });
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    if (identity.Account === undefined) {
      throw new AwsAccessError('sts:GetCallerIdentity returned no account');
    }
    return identity.Account;
  } catch (error) {
    throw toAwsAccessError(error, {
      operation: 'GetCallerIdentity',
      service: 'sts',
      account: 'of the current credentials',
      region,
      endpoint: `sts.${region}.amazonaws.com`,
    });
  } finally {
    sts.destroy();
  }
}
