import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  cacheMiddlewareWhile,
  createKmsClient,
  retryStandardWhile,
} from '../../../adapters/aws/kms-client.ts';

function answeringClient(): KMSClient {
  return new KMSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: {
      handle: () =>
        Promise.resolve({
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: new TextEncoder().encode(JSON.stringify({ KeyMetadata: { KeyId: 'k' } })),
          },
        }),
    },
  });
}

describe('the live read tuning of a client', () => {
  it('drops the cached middleware after the read: middleware added later (apply, tests) runs', async () => {
    const kms = answeringClient();
    const undo = cacheMiddlewareWhile(kms);
    await kms.send(new DescribeKeyCommand({ KeyId: 'k' }));
    undo();
    const seen: string[] = [];
    kms.middlewareStack.add(
      (next, context) => (args) => {
        seen.push(context.commandName ?? '');
        return next(args);
      },
      { step: 'initialize', name: 'addedAfterTheRead' },
    );
    await kms.send(new DescribeKeyCommand({ KeyId: 'k' }));
    expect(seen).toEqual(['DescribeKeyCommand']);
    kms.destroy();
  });

  it('retries in standard mode during the read only, and gives the client its own strategy back', async () => {
    const kms = createKmsClient({ region: 'us-east-1', retryMode: 'adaptive' });
    const modeOf = async () => ((await kms.config.retryStrategy()) as { mode?: string }).mode;
    const undo = retryStandardWhile(kms);
    expect(await modeOf()).toBe('standard');
    undo();
    expect(await modeOf()).toBe('adaptive');
    kms.destroy();
  });
});
