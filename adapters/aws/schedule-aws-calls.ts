/**
 * How the live read spends its calls: accounts in parallel, each account with its own
 * concurrency limit, each operation of an account and Region paced to its documented KMS
 * quota (pace-requests.ts), and an overall cap on calls in flight. A call waits for its
 * operation's token before it takes a slot, so a slow-quota operation (ListGrants, 100/s)
 * never holds slots the other operations could use; once its token is due it takes the next
 * free slot, ahead of the calls of operations with larger quotas.
 */
import type { CountableClient } from './count-api-calls.ts';
import { limitConcurrency, type Limiter } from './limit-concurrency.ts';
import { paceRequests, type RequestPacer } from './pace-requests.ts';
import { isThrottled } from './to-aws-access-error.ts';

/**
 * Calls in flight per account (each account has its own quotas): enough that ListGrants, paced
 * to its quota, never holds every connection while the account's other calls wait.
 */
export const DEFAULT_ACCOUNT_CONCURRENCY = 20;
/** Calls in flight over all accounts: bounds sockets and memory. */
export const DEFAULT_TOTAL_CONCURRENCY = 100;

export interface ScheduleOptions {
  perAccount?: number;
  total?: number;
  pacer?: RequestPacer;
}

export interface CallScheduler {
  /** The limiter for calls in one account and Region. */
  forScope: (account: string, region: string) => Limiter;
  /** Makes throttling answers to `client`'s calls (every attempt) slow their operation down. */
  watch: <Input extends object, Output extends object>(
    client: CountableClient<Input, Output>,
    account: string,
    region: string,
  ) => void;
  /** Rejects every call that has not started yet with `reason`. */
  cancel: (reason: unknown) => void;
}

/** Calls at most in flight at once for a read of `accounts` accounts. */
export function readConcurrencyFor(
  accounts: number,
  perAccount = DEFAULT_ACCOUNT_CONCURRENCY,
  total = DEFAULT_TOTAL_CONCURRENCY,
): number {
  return Math.min(total, accounts * perAccount);
}

export function scheduleAwsCalls(options: ScheduleOptions = {}): CallScheduler {
  const perAccount = options.perAccount ?? DEFAULT_ACCOUNT_CONCURRENCY;
  const overall = limitConcurrency(options.total ?? DEFAULT_TOTAL_CONCURRENCY);
  const pacer = options.pacer ?? paceRequests();
  const accounts = new Map<string, Limiter>();
  const watched = new WeakSet<object>();
  const limiterOf = (account: string): Limiter => {
    let limiter = accounts.get(account);
    if (limiter === undefined) {
      limiter = limitConcurrency(perAccount);
      accounts.set(account, limiter);
    }
    return limiter;
  };
  return {
    forScope: (account, region) => {
      const scope = `${account}/${region}`;
      const limiter = limiterOf(account);
      return {
        run: async (task, operation) => {
          // Of the calls whose token is due, those of the scarcest operation go first: its quota
          // bounds the read, and a token spent long after it was due bunches calls into one
          // second, past the quota.
          const rate = operation === undefined ? Infinity : await pacer.take(scope, operation);
          return limiter.run(() => overall.run(task, operation, rate), operation, rate);
        },
        cancel: (reason) => {
          limiter.cancel(reason);
        },
      };
    },
    watch: (client, account, region) => {
      if (watched.has(client)) return;
      watched.add(client);
      const scope = `${account}/${region}`;
      // After the retry middleware (finalizeRequest, high priority): sees every attempt.
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const operation = (context.commandName ?? '').replace(/Command$/, '');
          try {
            const output = await next(args);
            pacer.succeeded(scope, operation);
            return output;
          } catch (error) {
            if (isThrottled(error)) pacer.throttled(scope, operation);
            throw error;
          }
        },
        {
          step: 'finalizeRequest',
          priority: 'low',
          name: 'kmsActionPaceOnThrottle',
          override: true,
        },
      );
    },
    cancel: (reason) => {
      pacer.cancel(reason);
      overall.cancel(reason);
      for (const limiter of accounts.values()) limiter.cancel(reason);
    },
  };
}
