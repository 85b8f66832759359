import type { Checksum, SourceData } from '@smithy/types';
import { createHash, createHmac, type Hash } from 'node:crypto';

type Hmac = ReturnType<typeof createHmac>;

/**
 * SHA-256 and HMAC-SHA256 for the SDK's SigV4 signer (client config `sha256`), computed by
 * node:crypto as the SDK's default does, with one difference: a key given as bytes reaches
 * `createHmac` as a latin1 string (the same bytes). Since Node 24, `createHmac` checks a byte
 * key for being a KeyObject or CryptoKey by throwing and catching, about 25 µs where a string
 * or KeyObject key costs 5 µs; every signature is an HMAC under the derived signing key (bytes),
 * so it cost every AWS call of the live read that much again (issue 16.2).
 *
 * Like the SDK's default: no secret (or an empty string) means a plain hash, whose `digest`
 * may be asked again after more `update`s; an HMAC is finished by its `digest`.
 */
export class NodeSha256 implements Checksum {
  readonly digestLength = 32;
  private readonly key: { text: string; encoding: 'utf8' | 'latin1' } | undefined;
  private hash: Hash | Hmac;
  private finished = false;

  constructor(secret?: SourceData) {
    this.key = keyOf(secret);
    this.hash = this.start();
  }

  update(data: Uint8Array | string): void {
    if (this.finished) throw new Error('Attempted to update an already finished hash.');
    this.hash.update(data);
  }

  digest(): Promise<Uint8Array> {
    let bytes: Buffer;
    if (this.key === undefined) {
      bytes = (this.hash as Hash).copy().digest();
    } else {
      this.finished = true;
      bytes = this.hash.digest();
    }
    return Promise.resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  reset(): void {
    this.hash = this.start();
    this.finished = false;
  }

  private start(): Hash | Hmac {
    return this.key === undefined
      ? createHash('sha256')
      : createHmac('sha256', this.key.text, { encoding: this.key.encoding });
  }
}

function keyOf(
  secret: SourceData | undefined,
): { text: string; encoding: 'utf8' | 'latin1' } | undefined {
  if (secret === undefined) return undefined;
  if (typeof secret === 'string')
    return secret === '' ? undefined : { text: secret, encoding: 'utf8' };
  const bytes = ArrayBuffer.isView(secret)
    ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength)
    : Buffer.from(secret);
  return { text: bytes.toString('latin1'), encoding: 'latin1' };
}
