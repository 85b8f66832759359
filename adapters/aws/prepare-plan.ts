/**
 * The AWS half of planning, shared by the CLI and the Action: caller identity per account
 * (a write must never land in the wrong account) -> live state -> plan, with the applying
 * principal's access predicted. Pure orchestration: the front end reads the manifest and
 * decides where credentials come from.
 */
import { AwsAccessError, errorMessage } from '../../core/errors.ts';
import type { DesiredState } from '../../core/manifest/desired-state.ts';
import { buildPlan } from '../../core/plan/build-plan.ts';
import type { LiveState } from '../../core/plan/live-state.ts';
import type { Plan } from '../../core/plan/plan-types.ts';
import { checkCallerIdentity, type CallerIdentity } from './check-caller-identity.ts';
import { createApiCallStats, type ApiCallStats } from './count-api-calls.ts';
import { createAwsClients, type AwsClients, type CredentialsProvider } from './kms-client.ts';
import { readLiveState } from './read-live-state.ts';
import type { ReadProgressListener } from './read-progress.ts';

export interface PrepareAwsPlanOptions {
  /** Credentials per 12-digit account; `undefined`: the SDK's default chain. */
  credentialsFor: (account: string) => CredentialsProvider | undefined;
  /** Region of the STS calls. */
  stsRegion: string;
  /**
   * The principal that will apply in `account`, when it is not the one planning (a read-only
   * plan role), or a role whose ARN (with its path) is known; `undefined` for an account:
   * unknown, not predicted. Default: the caller as GetCallerIdentity names it (a session ARN,
   * whose role path, and so its `aws:PrincipalArn`, is unknown).
   */
  applierFor?: (account: string) => string | undefined;
  /** Told how many keys of each account and Region the live-state read has read. */
  onProgress?: ReadProgressListener;
}

export interface AwsPlan {
  desired: DesiredState;
  live: LiveState;
  plan: Plan;
  /** Open clients: the caller applies with them, then calls `clients.destroy()`. */
  clients: AwsClients;
  stats: ApiCallStats;
  identities: Map<string, CallerIdentity>;
  /** Whose access each change was checked for. */
  applierFor: (account: string) => string | undefined;
}

export async function prepareAwsPlan(
  desired: DesiredState,
  options: PrepareAwsPlanOptions,
): Promise<AwsPlan> {
  const accounts = [
    ...new Set([
      ...desired.keys.map((key) => key.account),
      ...(desired.formerScopes ?? []).map((scope) => scope.account),
    ]),
  ].sort();
  // Accounts in parallel: one round trip (plus one AssumeRole each), not one per account. The
  // error reported is the first account's, in account order, whichever answered first.
  const checked = await Promise.allSettled(
    accounts.map((account) =>
      checkCallerIdentity(account, options.stsRegion, options.credentialsFor(account)),
    ),
  );
  const identities = new Map<string, CallerIdentity>();
  const declared = new Set(desired.keys.map((key) => key.account));
  for (const [index, result] of checked.entries()) {
    if (result.status === 'rejected') {
      const account = accounts[index] ?? '';
      if (declared.has(account)) throw result.reason;
      throw new AwsAccessError(
        `account ${account} is read because the previous version of this manifest (the base branch's) has keys there, which this change removes or moves: they must be found to be reported as orphans, so the plan needs credentials for ${account} too (${errorMessage(result.reason)}). Keep such a key with \`state: pending_deletion\` until it is deleted, or remove its kms-action tags in AWS to stop managing it`,
      );
    }
    identities.set(accounts[index] ?? '', result.value);
  }
  const stats = createApiCallStats();
  const clients = createAwsClients({ credentialsFor: options.credentialsFor, stats });
  const applierFor = options.applierFor ?? ((account: string) => identities.get(account)?.arn);
  try {
    const { live, plan } = await refreshAwsPlan(
      { desired, clients, applierFor },
      options.onProgress,
    );
    return { desired, live, plan, clients, stats, identities, applierFor };
  } catch (error) {
    clients.destroy();
    throw error;
  }
}

/** Reads the live state again with the same clients and plans afresh (e.g. after a repair). */
export async function refreshAwsPlan(
  prepared: Pick<AwsPlan, 'desired' | 'clients' | 'applierFor'>,
  onProgress?: ReadProgressListener,
): Promise<{ live: LiveState; plan: Plan }> {
  const live = await readLiveState(prepared.desired, {
    clients: prepared.clients,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const plan = buildPlan(prepared.desired, live, { applierFor: prepared.applierFor });
  return { live, plan };
}
