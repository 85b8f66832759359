import type { KMSClient, Tag as KmsTag } from '@aws-sdk/client-kms';
import { ListKeysCommand, ListResourceTagsCommand } from '@aws-sdk/client-kms';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { OWNERSHIP_TAG_MANIFEST } from '../../core/manifest/desired-state.ts';
import type { LiveRegion } from '../../core/plan/live-state.ts';
import type { AwsClients } from './kms-client.ts';
import { nextToken } from './kms-listings.ts';
import type { Limiter } from './limit-concurrency.ts';
import {
  causeName,
  KEY_ARN,
  tagRecord,
  type Describe,
  type DiscoveredKey,
  type Scope,
  type Send,
} from './live-read-scope.ts';
import {
  awsErrorName,
  awsHttpStatus,
  isAccessDenied,
  toAwsAccessError,
} from './to-aws-access-error.ts';

/** Errors of the tagging API after which discovery falls back to ListKeys + ListResourceTags. */
const TAGGING_UNAVAILABLE = new Set([
  'UnknownOperationException',
  'NotImplemented',
  'InternalFailure',
]);

/**
 * Discovery by ownership tag: `GetResources` (tagging API) for every KMS key carrying a
 * `kms-action:manifest` tag; when the tagging API is denied or unavailable, `ListKeys` plus
 * `ListResourceTags` per key, with a note saying so.
 */
export async function discoverOwnedKeys(
  scope: Scope,
  clients: AwsClients,
  kms: KMSClient,
  limit: Limiter,
  call: Describe,
  send: Send,
): Promise<{ method: LiveRegion['discovery']; note?: string; keys: DiscoveredKey[] }> {
  const tagging = clients.tagging(scope.account, scope.region);
  const keys: DiscoveredKey[] = [];
  try {
    let token: string | undefined;
    do {
      const page = await limit.run(() =>
        tagging.send(
          new GetResourcesCommand({
            TagFilters: [{ Key: OWNERSHIP_TAG_MANIFEST }],
            ResourceTypeFilters: ['kms:key'],
            ResourcesPerPage: 100,
            ...(token === undefined ? {} : { PaginationToken: token }),
          }),
        ),
      );
      for (const mapping of page.ResourceTagMappingList ?? []) {
        const arn = mapping.ResourceARN;
        const id = arn === undefined ? undefined : KEY_ARN.exec(arn)?.[4];
        if (arn === undefined || id === undefined) continue;
        keys.push({
          arn,
          id,
          tags: tagRecord((mapping.Tags ?? []).map((tag) => [tag.Key, tag.Value] as const)),
        });
      }
      token = nextToken(token, page.PaginationToken);
    } while (token !== undefined);
    return { method: 'tagging-api', keys };
  } catch (error) {
    if (!taggingUnavailable(error)) {
      throw toAwsAccessError(error, call('GetResources', undefined, 'tagging'));
    }
    const note =
      `GetResources was refused (${awsErrorName(error)}); discovery fell back to ListKeys + ` +
      'ListResourceTags, one call per key in the account. Allow tag:GetResources to avoid it.';
    return { method: 'list-keys', note, keys: await listTaggedKeys(kms, call, send) };
  }
}

function taggingUnavailable(error: unknown): boolean {
  const status = awsHttpStatus(error);
  return (
    isAccessDenied(error) ||
    TAGGING_UNAVAILABLE.has(awsErrorName(error)) ||
    status === 404 ||
    status === 501
  );
}

/** Fallback discovery: every key of the account and Region, then its tags. */
async function listTaggedKeys(
  kms: KMSClient,
  call: Describe,
  send: Send,
): Promise<DiscoveredKey[]> {
  const all: { arn: string; id: string }[] = [];
  let marker: string | undefined;
  do {
    const page = await send(call('ListKeys'), () =>
      kms.send(
        new ListKeysCommand({ Limit: 1000, ...(marker === undefined ? {} : { Marker: marker }) }),
      ),
    );
    for (const entry of page.Keys ?? []) {
      if (entry.KeyArn !== undefined && entry.KeyId !== undefined) {
        all.push({ arn: entry.KeyArn, id: entry.KeyId });
      }
    }
    marker = page.Truncated === true ? nextToken(marker, page.NextMarker) : undefined;
  } while (marker !== undefined);

  const tagged = await Promise.all(
    all.map(async (key) => {
      const tags = await listResourceTags(kms, key.id, key.arn, call, send);
      return tags === undefined || tags[OWNERSHIP_TAG_MANIFEST] === undefined
        ? undefined
        : { ...key, tags };
    }),
  );
  return tagged.filter((key): key is DiscoveredKey => key !== undefined);
}

/** The key's tags, or `undefined` when the key no longer exists. */
export async function listResourceTags(
  kms: KMSClient,
  id: string,
  target: string,
  call: Describe,
  send: Send,
): Promise<Record<string, string> | undefined> {
  const tags: KmsTag[] = [];
  let marker: string | undefined;
  try {
    do {
      const page = await send(call('ListResourceTags', target), () =>
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
  } catch (error) {
    if (causeName(error) === 'NotFoundException') return undefined;
    throw error;
  }
  return tagRecord(tags.map((tag) => [tag.TagKey, tag.TagValue] as const));
}
