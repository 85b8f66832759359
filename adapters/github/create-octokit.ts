/**
 * The Octokit every GitHub call of the Action goes through: @actions/github's client (proxy
 * aware, GITHUB_API_URL for GitHub Enterprise Server) with the retry and throttling plugins.
 * Tests pass Node's global `fetch` (undici's own fetch escapes nock) and turn both off.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface CreateOctokitOptions {
  token: string;
  /** Default: `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  /** Default: @actions/github's proxy-aware fetch. */
  fetch?: typeof globalThis.fetch;
  /** Retries of transient failures and rate limits; default 3, `0` turns retry and throttling off. */
  retries?: number;
  /** Where rate-limit waits are reported. */
  log?: (message: string) => void;
}

export function createOctokit(options: CreateOctokitOptions): Octokit {
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => undefined);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      count: number,
    ) => {
      log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`,
      );
      return count < retries;
    };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.fetch === undefined ? {} : { request: { fetch: options.fetch } }),
      retry: { enabled: retries > 0, retries },
      throttle:
        retries > 0
          ? { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
          : { enabled: false },
    },
    retry,
    throttling,
  );
}
