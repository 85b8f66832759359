/** What the bench responder (start-kms-responder.ts) answers, from its keys in memory. */
import type { ResponderKey } from './start-kms-responder.ts';

const REGION = 'us-east-1';
const PAGE = 100;

function arnOf(account: string, id: string): string {
  return `arn:aws:kms:${REGION}:${account}:key/${id}`;
}

/** One page of `items` from the numeric marker `marker`. */
function page<T>(items: readonly T[], marker: unknown): { items: T[]; next?: string } {
  const start = typeof marker === 'string' ? Number(marker) : 0;
  const end = start + PAGE;
  return end < items.length
    ? { items: items.slice(start, end), next: String(end) }
    : { items: items.slice(start) };
}

/** The answer to a KMS or tagging API request; `undefined`: no such key. */
export function answerKmsRequest(
  operation: string,
  input: Record<string, unknown>,
  account: string,
  keys: ReadonlyMap<string, ResponderKey>,
): unknown {
  const key = typeof input['KeyId'] === 'string' ? keys.get(input['KeyId']) : undefined;
  switch (operation) {
    case 'GetResources': {
      const { items, next } = page([...keys.values()], input['PaginationToken']);
      return {
        ResourceTagMappingList: items.map((item) => ({
          ResourceARN: arnOf(account, item.id),
          Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
        })),
        PaginationToken: next ?? '',
      };
    }
    case 'ListAliases': {
      const aliases = [...keys.values()].flatMap((item) =>
        item.aliases.map((name) => ({
          AliasName: name,
          AliasArn: `arn:aws:kms:${REGION}:${account}:${name}`,
          TargetKeyId: item.id,
        })),
      );
      const { items, next } = page(aliases, input['Marker']);
      return {
        Aliases: items,
        Truncated: next !== undefined,
        ...(next === undefined ? {} : { NextMarker: next }),
      };
    }
    case 'ListKeys': {
      const { items, next } = page([...keys.values()], input['Marker']);
      return {
        Keys: items.map((item) => ({ KeyId: item.id, KeyArn: arnOf(account, item.id) })),
        Truncated: next !== undefined,
        ...(next === undefined ? {} : { NextMarker: next }),
      };
    }
    case 'DescribeKey':
      return key === undefined
        ? undefined
        : {
            KeyMetadata: {
              AWSAccountId: account,
              KeyId: key.id,
              Arn: arnOf(account, key.id),
              CreationDate: 1_767_225_600,
              Enabled: true,
              Description: key.description,
              KeyUsage: 'ENCRYPT_DECRYPT',
              KeyState: 'Enabled',
              Origin: 'AWS_KMS',
              KeyManager: 'CUSTOMER',
              KeySpec: 'SYMMETRIC_DEFAULT',
              CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
              EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
              MultiRegion: false,
            },
          };
    case 'GetKeyPolicy':
      return key === undefined ? undefined : { Policy: key.policy, PolicyName: 'default' };
    case 'GetKeyRotationStatus':
      return key === undefined
        ? undefined
        : { KeyRotationEnabled: true, RotationPeriodInDays: 365, KeyId: arnOf(account, key.id) };
    case 'ListGrants':
      return key === undefined ? undefined : { Grants: [], Truncated: false };
    case 'ListResourceTags':
      return key === undefined
        ? undefined
        : {
            Tags: Object.entries(key.tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
            Truncated: false,
          };
    default:
      return undefined;
  }
}
