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
  ListKeysCommand,
  ListResourceTagsCommand,
  type KeyMetadata,
  type KMSClient,
  type Tag as KmsTag,
} from '@aws-sdk/client-kms';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsAccessError } from '../../core/errors.ts';
import type { AccountKeys, AwsManagedKey } from '../../core/import/account-keys.ts';
import type { LiveAlias, LiveKey } from '../../core/plan/live-state.ts';
import type { AwsClients, CredentialsProvider } from './kms-client.ts';
import {
  listAliasPages,
  listGrantPages,
  liveKeyBasics,
  nextToken,
  ownershipOf,
  parseKeyPolicyText,
  readKeyPolicyText,
  readKeyRotation,
  type CallKms,
} from './kms-listings.ts';
import { limitConcurrency } from './limit-concurrency.ts';
import type { ReadProgressListener } from './read-progress.ts';
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
  /** Told how many of the listed keys are read (a front end shows progress). */
  onProgress?: ReadProgressListener;
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
    const [listed, aliases] = await Promise.all([listKeys(kms, send), listAliasPages(kms, send)]);
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
    const progress = { account, region, read: 0, total: listed.length };
    options.onProgress?.({ ...progress });
    const readListedKey = async (id: string, arn: string): Promise<void> => {
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
      const key = await readCustomerKey(kms, metadata, { id, arn, account, region }, aliases, send);
      keys.push(key);
    };
    const readListed = async (id: string, arn: string): Promise<void> => {
      await readListedKey(id, arn);
      progress.read += 1;
      options.onProgress?.({ ...progress });
    };
    await Promise.all(listed.map(({ id, arn }) => readListed(id, arn)));
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

type Send = CallKms;

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
    unknownIn(() => readKeyPolicyText(kms, id, arn, send)),
    unknownIn(() => readKeyRotation(kms, id, arn, send)),
    unknownIn(() => listResourceTags(kms, id, arn, send)),
    unknownIn(() => listGrantPages(kms, id, arn, send)),
  ]);
  const keyTags = tags ?? {};
  return {
    ...liveKeyBasics(metadata, where.account, where.region),
    rotation,
    policy: policyText === undefined ? undefined : parseKeyPolicyText(policyText),
    policyText,
    tags: keyTags,
    aliases: aliases.filter((alias) => alias.targetKeyId === id),
    grants,
    ownership: ownershipOf(keyTags),
  };
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
