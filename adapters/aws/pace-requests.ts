/**
 * Client-side token buckets per account, Region and operation, at the documented KMS request
 * quotas, so a large read stays under them instead of being throttled and backing off. A
 * throttling answer anyway (other principals share the account's quota) halves that
 * operation's rate; each success wins a fiftieth of the quota back (additive increase,
 * multiplicative decrease).
 *
 * Quotas: "Request quotas" of the KMS developer guide (default values, per account and Region,
 * each operation counted on its own):
 * https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html
 */
export const KMS_REQUEST_QUOTAS: Readonly<Record<string, number>> = {
  DescribeKey: 2000,
  GetKeyPolicy: 1000,
  GetKeyRotationStatus: 1000,
  ListAliases: 500,
  ListGrants: 100,
  ListKeys: 500,
  ListResourceTags: 2000,
};

/** Kept below the quota: arrival times jitter, and the account may have other callers. */
const HEADROOM = 0.9;
const RECOVERY_SHARE = 1 / 50;

/**
 * Calls sent at once from a full bucket: with the refill, no one-second window ever holds more
 * than the quota (KMS counts requests per second).
 */
function burstOf(quota: number, rate: number): number {
  return Math.max(1, quota - rate);
}

export interface RequestPacer {
  /**
   * Resolves when `operation` may be sent in `scope` (e.g. `account/region`), to the rate it is
   * paced at (calls per second; `Infinity` when it is not paced): the scarcer, the sooner a
   * call should have a connection once its token is due.
   */
  take: (scope: string, operation: string) => Promise<number>;
  /** Told that `operation` was throttled in `scope`: its rate halves. */
  throttled: (scope: string, operation: string) => void;
  /** Told that `operation` succeeded in `scope`: its rate creeps back to the quota. */
  succeeded: (scope: string, operation: string) => void;
  /**
   * Rejects every waiting `take`, and every later one, with `reason`, and clears their timers
   * (a failed read must not stay alive until the last token it reserved).
   */
  cancel: (reason: unknown) => void;
}

interface Bucket {
  quota: number;
  rate: number;
  /** May go negative: callers reserve tokens, and wait until their token has been refilled. */
  tokens: number;
  at: number;
  /** When the calls of the last second were let through, oldest first, from `first` on. */
  sent: number[];
  first: number;
}

/**
 * How long a call let through at `at` must still wait so that no second holds more than the
 * quota; forgets the calls more than a second old.
 */
function windowDelay(bucket: Bucket, at: number): number {
  while (bucket.first < bucket.sent.length && (bucket.sent[bucket.first] ?? 0) <= at - 1000) {
    bucket.first += 1;
  }
  if (bucket.first > 1024 && bucket.first * 2 > bucket.sent.length) {
    bucket.sent = bucket.sent.slice(bucket.first);
    bucket.first = 0;
  }
  if (bucket.sent.length - bucket.first < bucket.quota) return 0;
  return (bucket.sent[bucket.sent.length - bucket.quota] ?? at) + 1000 - at;
}

export function paceRequests(
  quotas: Readonly<Record<string, number>> = KMS_REQUEST_QUOTAS,
  now: () => number = () => performance.now(),
  /** Default: a timer that `cancel` clears. */
  sleep?: (ms: number) => Promise<void>,
): RequestPacer {
  let cancelled: { reason: unknown } | undefined;
  const sleeping = new Set<{ timer: NodeJS.Timeout; reject: (reason: unknown) => void }>();
  const wait =
    sleep ??
    ((ms: number) =>
      new Promise<void>((resolve, reject) => {
        const entry = {
          timer: setTimeout(() => {
            sleeping.delete(entry);
            resolve();
          }, ms),
          reject,
        };
        sleeping.add(entry);
      }));
  const buckets = new Map<string, Bucket>();
  const bucketOf = (scope: string, operation: string): Bucket | undefined => {
    const quota = quotas[operation];
    if (quota === undefined) return undefined;
    const id = `${scope}\n${operation}`;
    let bucket = buckets.get(id);
    if (bucket === undefined) {
      const rate = quota * HEADROOM;
      bucket = { quota, rate, tokens: burstOf(quota, rate), at: now(), sent: [], first: 0 };
      buckets.set(id, bucket);
    }
    return bucket;
  };
  return {
    take: async (scope, operation) => {
      if (cancelled !== undefined) throw cancelled.reason;
      const bucket = bucketOf(scope, operation);
      if (bucket === undefined) return Infinity;
      const time = now();
      bucket.tokens = Math.min(
        burstOf(bucket.quota, bucket.rate),
        bucket.tokens + ((time - bucket.at) / 1000) * bucket.rate,
      );
      bucket.at = time;
      bucket.tokens -= 1;
      const due = time + Math.max(0, (-bucket.tokens / bucket.rate) * 1000);
      if (due > time) await wait(due - time);
      // A busy event loop fires timers late: the calls due meanwhile would go out together,
      // past the quota in one second. The last second's calls hold them back.
      for (;;) {
        const at = Math.max(now(), due);
        const delay = windowDelay(bucket, at);
        if (delay <= 0) {
          bucket.sent.push(at);
          return bucket.rate;
        }
        await wait(delay);
      }
    },
    throttled: (scope, operation) => {
      const bucket = bucketOf(scope, operation);
      if (bucket === undefined) return;
      bucket.rate = Math.max(1, bucket.rate / 2);
      bucket.tokens = Math.min(bucket.tokens, 0);
    },
    succeeded: (scope, operation) => {
      const bucket = bucketOf(scope, operation);
      if (bucket === undefined) return;
      bucket.rate = Math.min(bucket.quota * HEADROOM, bucket.rate + bucket.quota * RECOVERY_SHARE);
    },
    cancel: (reason) => {
      cancelled ??= { reason };
      for (const entry of sleeping) {
        clearTimeout(entry.timer);
        entry.reject(cancelled.reason);
      }
      sleeping.clear();
    },
  };
}
