import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest as SignableRequest, SourceData } from '@smithy/types';
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKmsClient } from '../../../adapters/aws/kms-client.ts';
import { NodeSha256 } from '../../../adapters/aws/node-sha256.ts';

const allBytes = Uint8Array.from({ length: 256 }, (_, index) => index);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** What node:crypto computes for `secret` with its key as bytes: the SDK's default. */
function expected(secret: SourceData | undefined, parts: readonly (string | Uint8Array)[]): string {
  const keyBytes =
    secret === undefined || secret === ''
      ? undefined
      : typeof secret === 'string'
        ? Buffer.from(secret, 'utf8')
        : ArrayBuffer.isView(secret)
          ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength)
          : Buffer.from(secret);
  const hash = keyBytes === undefined ? createHash('sha256') : createHmac('sha256', keyBytes);
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

async function actual(
  secret: SourceData | undefined,
  parts: readonly (string | Uint8Array)[],
): Promise<string> {
  const hash = new NodeSha256(secret);
  for (const part of parts) hash.update(part);
  return hex(await hash.digest());
}

describe('NodeSha256, the SigV4 hash of the KMS and tagging clients', () => {
  const secrets: [string, SourceData | undefined][] = [
    ['no secret (a plain hash)', undefined],
    ['an empty string (a plain hash, as in the SDK)', ''],
    ['a text secret', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'],
    ['a text secret beyond ASCII', 'clé-ü-€-🔑'],
    ['every byte value (a derived signing key is bytes)', allBytes],
    ['bytes inside a larger buffer', new Uint8Array(allBytes.buffer, 200, 32)],
    ['an ArrayBuffer', allBytes.buffer.slice(0, 64)],
    ['empty bytes (an HMAC with an empty key, as in the SDK)', new Uint8Array(0)],
    ['a key longer than the SHA-256 block', new Uint8Array(300).fill(0xfe)],
  ];
  const messages: [string, (string | Uint8Array)[]][] = [
    ['nothing', []],
    ['text', ['AWS4-HMAC-SHA256\n20120215T000000Z\n']],
    ['every byte value', [allBytes]],
    ['several updates', ['a', allBytes, 'ü', new Uint8Array(0)]],
  ];
  for (const [secretName, secret] of secrets) {
    for (const [messageName, parts] of messages) {
      it(`computes what node:crypto does with ${secretName}, over ${messageName}`, async () => {
        expect(await actual(secret, parts)).toBe(expected(secret, parts));
      });
    }
  }

  it('derives the SigV4 signing key of the AWS documentation example', async () => {
    // "Examples of how to derive a signing key for Signature Version 4", AWS IAM User Guide.
    const step = async (key: SourceData, data: string) => {
      const hmac = new NodeSha256(key);
      hmac.update(data);
      return hmac.digest();
    };
    const kDate = await step('AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215');
    const kRegion = await step(kDate, 'us-east-1');
    const kService = await step(kRegion, 'iam');
    const kSigning = await step(kService, 'aws4_request');
    expect(hex(kSigning)).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });

  it('gives a plain hash again after more updates, and finishes an HMAC with its digest', async () => {
    const hash = new NodeSha256();
    hash.update('a');
    expect(hex(await hash.digest())).toBe(expected(undefined, ['a']));
    hash.update('b');
    expect(hex(await hash.digest())).toBe(expected(undefined, ['a', 'b']));
    const hmac = new NodeSha256(allBytes);
    hmac.update('a');
    await hmac.digest();
    expect(() => {
      hmac.update('b');
    }).toThrow(/finished/);
    hmac.reset();
    hmac.update('b');
    expect(hex(await hmac.digest())).toBe(expected(allBytes, ['b']));
  });

  it('signs a KMS request exactly as the SDK signs it with its default hash', async () => {
    const credentials = {
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      sessionToken: 'session-token',
    };
    const sent: SignableRequest[] = [];
    const kms = createKmsClient({ region: 'eu-central-1', credentials });
    kms.config.requestHandler = {
      handle: (request: SignableRequest) => {
        sent.push(request);
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
    kms.destroy();
    const request = sent[0];
    if (request === undefined) throw new Error('no request was sent');
    const authorization = request.headers['authorization'];
    const amzDate = request.headers['x-amz-date'] ?? '';
    const signingDate = new Date(
      amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
    );
    const unsigned = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => name !== 'authorization'),
    );
    const defaults = new KMSClient({ region: 'eu-central-1' });
    const reference = new SignatureV4({
      credentials,
      region: 'eu-central-1',
      service: 'kms',
      sha256: defaults.config.sha256,
      uriEscapePath: true,
    });
    defaults.destroy();
    const resigned = await reference.sign({ ...request, headers: unsigned }, { signingDate });
    expect(authorization).toMatch(/Signature=[0-9a-f]{64}$/);
    expect(resigned.headers['authorization']).toBe(authorization);
  });
});
