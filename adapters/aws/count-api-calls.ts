/**
 * Counts AWS API calls by operation (`DescribeKey`, `GetResources`, ...) for `--stats` and the
 * benchmark: an SDK middleware, so every command sent through a counted client is seen.
 * `calls` counts each command once; `attempts` counts HTTP attempts, retries included.
 */
// Types only: @smithy/types ships with every @aws-sdk client.
import type { MiddlewareStack } from '@smithy/types';

export interface ApiCallStats {
  readonly calls: Map<string, number>;
  readonly attempts: Map<string, number>;
}

/** What the counter needs from an SDK v3 client: its middleware stack. */
export interface CountableClient<Input extends object, Output extends object> {
  middlewareStack: MiddlewareStack<Input, Output>;
}

export function createApiCallStats(): ApiCallStats {
  return { calls: new Map(), attempts: new Map() };
}

/** Adds the counting middleware to `client`; counts go to `stats`. */
export function countApiCalls<Input extends object, Output extends object>(
  client: CountableClient<Input, Output>,
  stats: ApiCallStats,
): void {
  const count = (into: Map<string, number>, commandName: string | undefined): void => {
    const operation = (commandName ?? 'Unknown').replace(/Command$/, '');
    into.set(operation, (into.get(operation) ?? 0) + 1);
  };
  // initialize runs once per command; deserialize runs inside the retry loop, once per attempt.
  client.middlewareStack.add(
    (next, context) => (args) => {
      count(stats.calls, context.commandName);
      return next(args);
    },
    { step: 'initialize', name: 'kmsActionCountCalls', override: true },
  );
  client.middlewareStack.add(
    (next, context) => (args) => {
      count(stats.attempts, context.commandName);
      return next(args);
    },
    { step: 'deserialize', name: 'kmsActionCountAttempts', override: true },
  );
}

/** Calls summed over every operation. */
export function totalApiCalls(stats: ApiCallStats): number {
  let total = 0;
  for (const count of stats.calls.values()) total += count;
  return total;
}

/** `{ operation: count }`, sorted by operation, for JSON output and assertions. */
export function apiCallsByOperation(stats: ApiCallStats): Record<string, number> {
  return Object.fromEntries([...stats.calls].sort(([a], [b]) => a.localeCompare(b)));
}
