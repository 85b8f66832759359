import type { DescribeKeyCommandOutput, KMSClient } from '@aws-sdk/client-kms';
import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import { AwsAccessError } from '../../core/errors.ts';
import type { LiveAlias, LiveKey } from '../../core/plan/live-state.ts';
import { listResourceTags } from './discover-owned-keys.ts';
import {
  listGrantPages,
  liveKeyBasics,
  ownershipOf,
  parseKeyPolicyText,
  readKeyPolicyText,
  readKeyRotation,
  type CallKms,
} from './kms-listings.ts';
import {
  assertAccount,
  causeName,
  type Describe,
  type Scope,
  type Send,
} from './live-read-scope.ts';

interface ReadKeyInput {
  kms: KMSClient;
  id: string;
  /** Tags from discovery; `undefined`: read them with ListResourceTags. */
  tags: Record<string, string> | undefined;
  /** The ARN, for error messages. */
  target: string;
  scope: Scope;
  aliases: readonly LiveAlias[];
  call: Describe;
  send: Send;
  /**
   * A multi-Region replica: its rotation is its primary's (shared, read there), so it is not
   * read (`rotation` stays `undefined`). Its grants are its own (grants are never replicated)
   * and are read like a key's.
   */
  replica?: boolean;
}

/**
 * Reads one key; `undefined` when it does not exist (deleted, or a stale tagging entry).
 * A discovered key's calls start at once: it costs one round trip, not two, and its ListGrants
 * (the operation with the smallest quota) takes its place in the quota's queue from the start.
 */
export async function readLiveKey(input: ReadKeyInput): Promise<LiveKey | undefined> {
  const { kms, id, target, call, send } = input;
  // InvalidState (e.g. some pending-deletion or unavailable keys) and UnsupportedOperation
  // (rotation of asymmetric and HMAC keys) leave that part unknown instead of failing the read.
  const unknownIn = async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await task();
    } catch (error) {
      const name = causeName(error);
      if (name === 'KMSInvalidStateException' || name === 'UnsupportedOperationException') {
        return undefined;
      }
      throw error;
    }
  };
  const callKms: CallKms = (operation, on, task) => send(call(operation, on), task);
  const described = send(call('DescribeKey', target), () =>
    kms.send(new DescribeKeyCommand({ KeyId: id })),
  );
  const readParts = () =>
    Promise.all([
      unknownIn(() => readKeyPolicyText(kms, id, target, callKms)),
      input.replica === true
        ? undefined
        : unknownIn(() => readKeyRotation(kms, id, target, callKms)),
      unknownIn(() => listGrantPages(kms, id, target, callKms)),
      input.tags === undefined
        ? listResourceTags(kms, id, target, call, send)
        : Promise.resolve(input.tags),
    ]);
  // A key discovery found exists: its calls start with DescribeKey. An adopted ARN that
  // discovery did not see may name no key: DescribeKey first, and nothing more if it is gone.
  const early = input.tags === undefined ? undefined : readParts();
  // Settled either way: when DescribeKey fails, the other answers are not waited for.
  early?.catch(() => undefined);
  let metadata: DescribeKeyCommandOutput['KeyMetadata'];
  try {
    metadata = (await described).KeyMetadata;
  } catch (error) {
    if (causeName(error) === 'NotFoundException') return undefined;
    throw error;
  }
  if (metadata?.Arn === undefined || metadata.KeyId === undefined) {
    throw new AwsAccessError(`DescribeKey on ${target} returned no key metadata`);
  }
  assertAccount(metadata.Arn, input.scope, 'DescribeKey');
  const [policyText, rotation, grants, tags] = await (early ?? readParts());
  const keyTags = tags ?? {};
  const keyId = metadata.KeyId;
  return {
    ...liveKeyBasics(metadata, input.scope.account, input.scope.region),
    rotation,
    policy: policyText === undefined ? undefined : parseKeyPolicyText(policyText),
    policyText,
    tags: keyTags,
    aliases: input.aliases.filter((alias) => alias.targetKeyId === keyId),
    grants,
    ownership: ownershipOf(keyTags),
  };
}
