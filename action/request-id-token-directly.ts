import { idTokenUrl } from './id-token-url.ts';

/** A GitHub OIDC token is about 1 KiB; anything far larger is not the token service's answer. */
const MAX_RESPONSE_BYTES = 64 * 1024;
const TIMEOUT_MS = 30_000;

export interface DirectIdTokenRequest {
  token: Promise<string>;
  /** Settles once the request has been handed to the network, or has failed. */
  sent: Promise<void>;
}

/**
 * The request @actions/core's `getIDToken(audience)` makes (GET ACTIONS_ID_TOKEN_REQUEST_URL
 * plus `&audience=`, bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, the JSON answer's `value`), on
 * Node's own client, so it can start before the toolkit loads. No proxy, no redirect, no
 * retry: any other answer rejects, and the caller asks the toolkit instead (which has them).
 */
export function requestIdTokenDirectly(
  env: Readonly<Record<string, string | undefined>>,
  audience: string,
  signal: AbortSignal,
): DirectIdTokenRequest {
  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const token = new Promise<string>((resolve, reject) => {
    const url = new URL(idTokenUrl(env, audience));
    // getBuiltinModule, not `import`: the ESM view of node:http loads all its lazy parts
    // (undici among them), tens of milliseconds before the first request.
    const request = (
      url.protocol === 'http:'
        ? process.getBuiltinModule('node:http').request
        : process.getBuiltinModule('node:https').request
    )(url, {
      method: 'GET',
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] ?? ''}`,
        'user-agent': 'actions/oidc-client',
      },
      signal,
      timeout: TIMEOUT_MS,
    });
    request.on('finish', markSent);
    request.on('close', markSent);
    request.on('timeout', () =>
      request.destroy(new Error('the token service did not answer in time')),
    );
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > MAX_RESPONSE_BYTES) request.destroy(new Error('the token answer is too large'));
        else chunks.push(chunk);
      });
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode !== 200) {
          reject(new Error(`the token service answered HTTP ${String(response.statusCode)}`));
          return;
        }
        try {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
          const value = (answer as { value?: unknown } | null)?.value;
          if (typeof value === 'string' && value !== '') resolve(value);
          else reject(new Error('the token answer has no value'));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    request.end();
  });
  token.catch(markSent);
  return { token, sent };
}
