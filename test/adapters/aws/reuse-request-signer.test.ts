import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import type { AuthScheme, RequestSigner } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { createKmsClient, createTaggingClient } from '../../../adapters/aws/kms-client.ts';
import { reuseRequestSigner } from '../../../adapters/aws/reuse-request-signer.ts';

const scheme = (signingRegion: string): AuthScheme => ({
  name: 'sigv4',
  signingName: 'kms',
  signingRegion,
  properties: {},
});

function countingFactory(failures = 0) {
  const built: (string | undefined)[] = [];
  let failuresLeft = failures;
  const signer: RequestSigner = { sign: (request) => Promise.resolve(request) };
  return {
    built,
    client: {
      config: {
        signer: (authScheme?: AuthScheme) => {
          built.push(authScheme?.signingRegion);
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            return Promise.reject(new Error('region provider failed'));
          }
          return Promise.resolve(signer);
        },
      },
    },
  };
}

describe('reuseRequestSigner', () => {
  it('builds one signer per auth scheme, not one per request', async () => {
    const { built, client } = countingFactory();
    reuseRequestSigner(client);
    for (let request = 0; request < 100; request += 1) {
      await client.config.signer(scheme('us-east-1'));
    }
    await client.config.signer(scheme('eu-west-1'));
    await client.config.signer(scheme('eu-west-1'));
    expect(built).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('builds the signer again after a failed build', async () => {
    const { built, client } = countingFactory(1);
    reuseRequestSigner(client);
    await expect(client.config.signer(scheme('us-east-1'))).rejects.toThrow(/region provider/);
    await expect(client.config.signer(scheme('us-east-1'))).resolves.toBeDefined();
    expect(built).toEqual(['us-east-1', 'us-east-1']);
  });

  it('is how the KMS and tagging clients of the read and apply sign', async () => {
    const options = {
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    };
    for (const client of [createKmsClient(options), createTaggingClient(options)]) {
      expect(await client.config.signer()).toBe(await client.config.signer());
      client.destroy();
    }
  });

  it("signs each request of a client with the session's current credentials, also once the session is refreshed", async () => {
    let session = 'AKIAFIRSTSESSION';
    const authorizations: string[] = [];
    const tokens: string[] = [];
    const kms = createKmsClient({
      region: 'eu-central-1',
      // Expires within the SDK's refresh window: asked again before every request.
      credentials: () =>
        Promise.resolve({
          accessKeyId: session,
          secretAccessKey: 'secret',
          sessionToken: `token-of-${session}`,
          expiration: new Date(Date.now() + 1000),
        }),
    });
    kms.config.requestHandler = {
      handle: (request: { headers: Record<string, string> }) => {
        authorizations.push(request.headers['authorization'] ?? '');
        tokens.push(request.headers['x-amz-security-token'] ?? '');
        return Promise.resolve({
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: new TextEncoder().encode(JSON.stringify({ KeyMetadata: { KeyId: 'k' } })),
          },
        });
      },
    };
    await kms.send(new DescribeKeyCommand({ KeyId: 'k' }));
    session = 'AKIASECONDSESSION';
    await kms.send(new DescribeKeyCommand({ KeyId: 'k' }));
    kms.destroy();
    expect(authorizations).toHaveLength(2);
    expect(authorizations[0]).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAFIRSTSESSION\/\d{8}\/eu-central-1\/kms\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/,
    );
    expect(authorizations[1]).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIASECONDSESSION\/\d{8}\/eu-central-1\/kms\/aws4_request, /,
    );
    expect(tokens).toEqual(['token-of-AKIAFIRSTSESSION', 'token-of-AKIASECONDSESSION']);
  });
});
