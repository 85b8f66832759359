/**
 * AWS clients for reading and applying: one per account and region, created on first use.
 * Throttling and transient failures are retried by the SDK's own strategy (`adaptive` by
 * default: exponential backoff with jitter plus client-side rate limiting once throttled; the
 * live read switches to `standard` while it runs, see `retryStandardWhile`);
 * `AWS_RETRY_MODE` / `AWS_MAX_ATTEMPTS` override the defaults, as in every AWS tool.
 * The endpoint comes from the SDK's standard chain (`AWS_ENDPOINT_URL`,
 * `AWS_ENDPOINT_URL_KMS`, ...) unless one is passed: that is how tests reach moto.
 */
import { KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms';
import {
  ResourceGroupsTaggingAPIClient,
  type ResourceGroupsTaggingAPIClientConfig,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { countApiCalls, type ApiCallStats } from './count-api-calls.ts';
import { NodeSha256 } from './node-sha256.ts';
import { reuseRequestSigner } from './reuse-request-signer.ts';

/** Static credentials or a provider (e.g. one STS session per account from assume-role.ts). */
export type CredentialsProvider = NonNullable<KMSClientConfig['credentials']>;

export type RetryMode = 'standard' | 'adaptive';

export interface AwsClientOptions {
  region: string;
  /** Default: the SDK's default chain (environment, profile, web identity, ...). */
  credentials?: CredentialsProvider;
  /** Default: the SDK's own resolution, which honours `AWS_ENDPOINT_URL`. */
  endpoint?: string;
  /** Default `adaptive`, or `AWS_RETRY_MODE`. */
  retryMode?: RetryMode;
  /** Attempts per call, the first included; default 8, or `AWS_MAX_ATTEMPTS`. */
  maxAttempts?: number;
  /** Counts every call of the client by operation. */
  stats?: ApiCallStats;
}

export const DEFAULT_RETRY_MODE: RetryMode = 'adaptive';
/** Up to about 13 s of backoff in all before a throttled call gives up. */
export const DEFAULT_MAX_ATTEMPTS = 8;
const CONNECTION_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 30_000;

type CommonConfig = KMSClientConfig & ResourceGroupsTaggingAPIClientConfig;

function clientConfig(options: AwsClientOptions): CommonConfig {
  const config: CommonConfig = {
    region: options.region,
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      // Without it the handler only warns, and a stalled connection hangs until the socket
      // timeout (minutes); with it, the request fails and the SDK's retry strategy takes over.
      throwOnRequestTimeout: true,
    },
    // The SDK's SHA-256 with cheaper HMAC keys under Node 24 (node-sha256.ts).
    sha256: NodeSha256,
  };
  if (options.credentials !== undefined) config.credentials = options.credentials;
  if (options.endpoint !== undefined) config.endpoint = options.endpoint;
  const retryMode =
    options.retryMode ??
    (process.env['AWS_RETRY_MODE'] === undefined ? DEFAULT_RETRY_MODE : undefined);
  if (retryMode !== undefined) config.retryMode = retryMode;
  const maxAttempts =
    options.maxAttempts ??
    (process.env['AWS_MAX_ATTEMPTS'] === undefined ? DEFAULT_MAX_ATTEMPTS : undefined);
  if (maxAttempts !== undefined) config.maxAttempts = maxAttempts;
  return config;
}

export function createKmsClient(options: AwsClientOptions): KMSClient {
  const client = new KMSClient(clientConfig(options));
  reuseRequestSigner(client);
  if (options.stats !== undefined) countApiCalls(client, options.stats);
  return client;
}

export function createTaggingClient(options: AwsClientOptions): ResourceGroupsTaggingAPIClient {
  const client = new ResourceGroupsTaggingAPIClient(clientConfig(options));
  reuseRequestSigner(client);
  if (options.stats !== undefined) countApiCalls(client, options.stats);
  return client;
}

/** The endpoint a client of `service` in `region` talks to, for error messages. */
export function describeEndpoint(
  service: 'kms' | 'tagging',
  region: string,
  endpoint?: string,
): string {
  const fromEnv =
    service === 'kms'
      ? (process.env['AWS_ENDPOINT_URL_KMS'] ?? process.env['AWS_ENDPOINT_URL'])
      : (process.env['AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API'] ??
        process.env['AWS_ENDPOINT_URL']);
  return (
    endpoint ??
    fromEnv ??
    (service === 'kms'
      ? `https://kms.${region}.amazonaws.com`
      : `https://tagging.${region}.amazonaws.com`)
  );
}

/**
 * Has `client` resolve each command type's middleware once, until the returned function is
 * called: a third of the SDK's CPU per call, and the live read sends thousands of commands
 * (issue 16). Middleware added to the client or a command meanwhile would be ignored, so only
 * the read turns it on (it adds its own before its first call, and none after); when it ends,
 * the cache is dropped (the SDK drops it on the next uncached call too), so middleware added
 * later, by the apply or by a test, is seen.
 */
export function cacheMiddlewareWhile(client: {
  config: { cacheMiddleware?: boolean | undefined };
}): () => void {
  const previous = client.config.cacheMiddleware;
  Reflect.deleteProperty(client, 'handlers');
  client.config.cacheMiddleware = true;
  return () => {
    client.config.cacheMiddleware = previous;
    if (previous !== true) Reflect.deleteProperty(client, 'handlers');
  };
}

/**
 * Has `client` retry with the SDK's `standard` strategy until the returned function is called.
 * The read paces every operation to its own quota and slows only the operation that was
 * throttled (pace-requests.ts); the `adaptive` strategy would slow every operation of the
 * client after one throttled ListGrants, and starve them behind it.
 */
export function retryStandardWhile(client: KMSClient): () => void {
  const previous = client.config.retryStrategy;
  // The strategy the SDK builds for `retryMode: 'standard'` with the client's attempts.
  const standard = new KMSClient({
    region: 'us-east-1',
    retryMode: 'standard',
    maxAttempts: client.config.maxAttempts,
  });
  client.config.retryStrategy = standard.config.retryStrategy;
  standard.destroy();
  return () => {
    client.config.retryStrategy = previous;
  };
}

export interface AwsClientsOptions {
  /** Credentials per 12-digit account id; `undefined`: the SDK's default chain. */
  credentialsFor?: (account: string) => CredentialsProvider | undefined;
  endpoint?: string;
  retryMode?: RetryMode;
  maxAttempts?: number;
  stats?: ApiCallStats;
}

/** Clients per account and region, created once and shared by every call site. */
export interface AwsClients {
  kms: (account: string, region: string) => KMSClient;
  tagging: (account: string, region: string) => ResourceGroupsTaggingAPIClient;
  /** For error messages: where calls of `service` in `region` go. */
  endpointOf: (service: 'kms' | 'tagging', region: string) => string;
  /** Closes every client's connections. */
  destroy: () => void;
}

export function createAwsClients(options: AwsClientsOptions = {}): AwsClients {
  const kmsClients = new Map<string, KMSClient>();
  const taggingClients = new Map<string, ResourceGroupsTaggingAPIClient>();
  const optionsFor = (account: string, region: string): AwsClientOptions => {
    const result: AwsClientOptions = { region };
    const credentials = options.credentialsFor?.(account);
    if (credentials !== undefined) result.credentials = credentials;
    if (options.endpoint !== undefined) result.endpoint = options.endpoint;
    if (options.retryMode !== undefined) result.retryMode = options.retryMode;
    if (options.maxAttempts !== undefined) result.maxAttempts = options.maxAttempts;
    if (options.stats !== undefined) result.stats = options.stats;
    return result;
  };
  const cached = <Client>(
    cache: Map<string, Client>,
    create: (clientOptions: AwsClientOptions) => Client,
  ) => {
    return (account: string, region: string): Client => {
      const cacheKey = `${account}/${region}`;
      let client = cache.get(cacheKey);
      if (client === undefined) {
        client = create(optionsFor(account, region));
        cache.set(cacheKey, client);
      }
      return client;
    };
  };
  return {
    kms: cached(kmsClients, createKmsClient),
    tagging: cached(taggingClients, createTaggingClient),
    endpointOf: (service, region) => describeEndpoint(service, region, options.endpoint),
    destroy: () => {
      for (const client of [...kmsClients.values(), ...taggingClients.values()]) client.destroy();
      kmsClients.clear();
      taggingClients.clear();
    },
  };
}
