/** Builds keys in the emulator by hand, as an operator (or another tool) would have. */
import {
  CreateAliasCommand,
  CreateKeyCommand,
  KMSClient,
  type CreateKeyCommandInput,
} from '@aws-sdk/client-kms';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../../core/manifest/desired-state.ts';
import type { CredentialsProvider } from '../../../adapters/aws/kms-client.ts';
import { emulatorEndpoint, emulatorRegion } from '../../emulator/use-emulator.ts';

/** moto's account for the dummy credentials. */
export const DEFAULT_ACCOUNT = '123456789012';

export function kmsClient(
  options: { region?: string; credentials?: CredentialsProvider } = {},
): KMSClient {
  return new KMSClient({
    region: options.region ?? emulatorRegion,
    endpoint: emulatorEndpoint(),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
}

/** The ownership tags a manifest puts on its keys (SPEC section 3). */
export function ownershipTags(manifest: string, logicalName: string): Record<string, string> {
  return { [OWNERSHIP_TAG_MANIFEST]: manifest, [OWNERSHIP_TAG_KEY]: logicalName };
}

export interface CreatedKey {
  id: string;
  arn: string;
}

export async function createKey(
  kms: KMSClient,
  options: {
    description?: string;
    tags?: Record<string, string>;
    aliases?: string[];
    policy?: unknown;
    multiRegion?: boolean;
  } = {},
): Promise<CreatedKey> {
  const input: CreateKeyCommandInput = {
    Description: options.description ?? 'created by hand',
    Tags: Object.entries(options.tags ?? {}).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
  };
  if (options.policy !== undefined) input.Policy = JSON.stringify(options.policy);
  if (options.multiRegion === true) input.MultiRegion = true;
  const created = await kms.send(new CreateKeyCommand(input));
  const id = created.KeyMetadata?.KeyId;
  const arn = created.KeyMetadata?.Arn;
  if (id === undefined || arn === undefined) throw new Error('CreateKey returned no key');
  for (const alias of options.aliases ?? []) {
    await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: id }));
  }
  return { id, arn };
}
