import type { AuthScheme, RequestSigner } from '@smithy/types';

/** What `reuseRequestSigner` needs of an SDK client: its resolved SigV4 signer factory. */
export interface SignedClient {
  config: { signer: (authScheme?: AuthScheme) => Promise<RequestSigner> };
}

/**
 * Has `client` build its SigV4 signer once per auth scheme instead of once per request: the
 * SDK's default `signer` copies the whole client config into a new `SignatureV4` for every
 * request (a tenth of the SDK's CPU per call in the live read, issue 16.2). What it builds
 * depends only on the scheme's name, service and Region and on the client's credential
 * provider, which the signer still asks before every signature, so an expiring session is
 * refreshed as before. A signer that failed to build is built again by the next request.
 */
export function reuseRequestSigner(client: SignedClient): void {
  const build = client.config.signer;
  const signers = new Map<string, Promise<RequestSigner>>();
  client.config.signer = (authScheme) => {
    const id = [authScheme?.name, authScheme?.signingName, authScheme?.signingRegion].join('\n');
    let signer = signers.get(id);
    if (signer === undefined) {
      signer = build(authScheme);
      signers.set(id, signer);
      signer.catch(() => {
        signers.delete(id);
      });
    }
    return signer;
  };
}
