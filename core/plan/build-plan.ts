import { createAccessWorkMeter, meterAccessWork } from '../policy/access-work-meter.ts';
import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import type { WorkMeter } from '../work/create-work-meter.ts';
import { checkApplierAccess } from './check-applier-access.ts';
import { deferUntargetedAliases } from './defer-untargeted-aliases.ts';
import { diffAliases, type AliasedKey } from './diff-aliases.ts';
import { diffGrants } from './diff-grants.ts';
import { diffKey } from './diff-key.ts';
import { diffReplicas } from './diff-replicas.ts';
import { indexReplicasByPrimary } from './index-replicas-by-primary.ts';
import { findUnexpectedKeepRules } from './find-unexpected-keep-rules.ts';
import type { LiveKey, LiveState } from './live-state.ts';
import { markAccessWidening } from './mark-access-widening.ts';
import { matchDeclaredKeys } from './match-declared-keys.ts';
import { orderChanges } from './order-changes.ts';
import { pendingImportNotice } from './pending-import-notice.ts';
import { refuseUnmanagedReplicaAliases } from './refuse-unmanaged-replica-aliases.ts';
import { creationChanges } from './creation-changes.ts';
import type {
  Change,
  DeferredChange,
  Plan,
  KeptGrant,
  PlanNotice,
  PlanProblem,
  PlanSummary,
  Risk,
} from './plan-types.ts';

const IMMUTABLE_HELP =
  'KMS cannot change this on an existing key. To replace the key: declare a new key with the new setting, ' +
  'move the alias to it (callers follow the alias), re-encrypt or let data age out, then set the old key to ' +
  '`state: pending_deletion`.';

export interface BuildPlanOptions {
  /** The principal that will apply in `account`; when known, its access is predicted per change. */
  applierFor?: (account: string) => string | undefined;
  /**
   * The plan's work meters, fresh ones of MAX_PLAN_ACCESS_WORK and MAX_PLAN_CHECK_WORK steps by
   * default; a bench passes its own to read what a plan spends.
   */
  meters?: { access?: WorkMeter; checks?: WorkMeter };
}

/**
 * Diffs the desired state against the live state into ordered changes and the problems
 * that make the plan unsafe to apply (orphans, immutable changes, keys of other manifests).
 */
export function buildPlan(
  desired: DesiredState,
  live: LiveState,
  options: BuildPlanOptions = {},
): Plan {
  // Access diffs over all keys share one budget: see MAX_PLAN_ACCESS_WORK.
  return meterAccessWork(options.meters?.access ?? createAccessWorkMeter(), () =>
    planWithinBudget(desired, live, options),
  );
}

function planWithinBudget(desired: DesiredState, live: LiveState, options: BuildPlanOptions): Plan {
  const problems: PlanProblem[] = [];
  const changes: Change[] = [];
  const problem = (
    key: DesiredKey | string,
    fields: Omit<PlanProblem, 'key' | 'line' | 'column'>,
  ): void => {
    if (typeof key === 'string') {
      problems.push({ ...fields, key });
    } else {
      problems.push({
        ...fields,
        key: key.name,
        line: key.location.line,
        column: key.location.column,
      });
    }
  };

  const notices: PlanNotice[] = [];
  const keptGrants: KeptGrant[] = [];
  const matched = new Set<LiveKey>();
  const replicasByPrimary = indexReplicasByPrimary(live);
  const aliasedByRegion = new Map<string, AliasedKey[]>();
  const regionKey = (account: string, region: string) => `${account}/${region}`;

  const { matches, live: claimed } = matchDeclaredKeys(desired, live, problem);
  for (const liveKey of claimed) matched.add(liveKey);
  for (const key of desired.keys) {
    const match = matches.get(key);
    if (match === 'problem') continue;
    const liveKey = match?.key;

    const aliased: AliasedKey = {
      name: key.name,
      desiredAliases: key.aliases,
      frozen: key.state === 'pending_deletion',
      ...(liveKey === undefined ? {} : { keyId: liveKey.id }),
    };
    const addAliased = (account: string, region: string, entry: AliasedKey): void => {
      const scope = regionKey(account, region);
      const inRegion = aliasedByRegion.get(scope);
      if (inRegion === undefined) aliasedByRegion.set(scope, [entry]);
      else inRegion.push(entry);
    };
    addAliased(key.account, key.region, aliased);

    if (liveKey === undefined) {
      if (key.state !== 'pending_deletion') {
        changes.push(...creationChanges(key));
        const replicas = diffReplicas(key, undefined, []);
        changes.push(...replicas.changes);
        for (const entry of replicas.aliased) addAliased(entry.account, entry.region, entry.key);
      }
      continue;
    }
    const immutable = immutableDifferences(key, liveKey);
    if (immutable.length > 0) {
      problem(key, {
        code: 'immutable-change',
        message: `\`${key.name}\` asks to change ${immutable.join(', ')} of existing key ${liveKey.arn}`,
        help:
          liveKey.origin === 'EXTERNAL' && key.origin !== 'EXTERNAL'
            ? `the live key holds imported key material: if that is the key you mean, declare \`origin: EXTERNAL\` on \`${key.name}\` (it never rotates automatically). ${IMMUTABLE_HELP}`
            : IMMUTABLE_HELP,
      });
      continue;
    }
    // A key to be deleted gets only its deletion (diff-key.ts): it keeps its old name.
    if (match?.movedFrom !== undefined && key.state !== 'pending_deletion') {
      changes.push({
        address: `key.${key.name}`,
        key: key.name,
        account: liveKey.account,
        region: liveKey.region,
        keyId: liveKey.id,
        action: 'retag',
        before: match.movedFrom,
        after: key.name,
        risk: 'safe',
        note: `moved_from: ${match.movedFrom} can be removed from the manifest once this is applied`,
      });
    }
    changes.push(...diffKey(key, liveKey, { adopting: key.adopt !== undefined }));
    if (liveKey.multiRegionConfiguration?.type === 'PRIMARY' || key.replicas.length > 0) {
      const replicas = diffReplicas(key, liveKey, replicasByPrimary.get(liveKey.arn) ?? []);
      changes.push(...replicas.changes);
      keptGrants.push(...replicas.kept);
      for (const entry of replicas.problems) problem(key, entry);
      for (const entry of replicas.aliased) addAliased(entry.account, entry.region, entry.key);
    }
    const notice = pendingImportNotice(key.name, liveKey);
    if (notice !== undefined) notices.push(notice);
    if (key.state !== 'pending_deletion' && liveKey.state !== 'PendingDeletion') {
      const grants = diffGrants(
        { name: key.name, account: liveKey.account, region: liveKey.region, keyId: liveKey.id },
        key.grants,
        liveKey.grants,
        key.keepGrants,
      );
      changes.push(...grants.changes);
      keptGrants.push(...grants.kept);
    }
  }

  // A partial plan leaves keys outside its targets alone, even when the live state holds them.
  const untargeted = [...(live.untargeted ?? [])];
  const matchedArns = new Set([...matched].map((liveKey) => liveKey.arn));
  for (const liveKey of live.owned) {
    if (matched.has(liveKey)) continue;
    // A replica carries its key's ownership tags (replica-creation.ts): it belongs to its
    // primary when that primary is a declared key, wherever its Region is read.
    const multiRegion = liveKey.multiRegionConfiguration;
    if (multiRegion?.type === 'REPLICA' && matchedArns.has(multiRegion.primary.arn)) continue;
    if (desired.targets !== undefined && !desired.targets.includes(liveKey.ownership?.key ?? '')) {
      const { arn, id, account, region } = liveKey;
      const name = liveKey.ownership?.key;
      untargeted.push({ arn, id, account, region, ...(name === undefined ? {} : { name }) });
      continue;
    }
    if (liveKey.state === 'PendingDeletion' || liveKey.state === 'PendingReplicaDeletion') continue;
    const name = liveKey.ownership?.key ?? liveKey.id;
    problem(name, {
      code: 'orphan',
      message: `key \`${name}\` (${liveKey.arn}) is tagged as managed by this manifest but is no longer declared in it`,
      help: `${liveKey.ownership?.key === undefined ? '' : `if the key was renamed in the manifest, write \`moved_from: ${name}\` on its new entry (the key is then re-tagged, not replaced); `}to delete it, keep it in the manifest with \`state: pending_deletion\`; to stop managing it, remove its \`kms-action:*\` tags in AWS first`,
    });
    // Its aliases stay where they are: the alias diff only deletes aliases of matched keys.
  }

  const deferred: DeferredChange[] = [];
  // Targeted keys to be deleted while an alias declared outside the targets points to them.
  const heldDeletions = new Set<string>();
  for (const [scope, aliasedKeys] of aliasedByRegion) {
    const [account = '', region = ''] = scope.split('/');
    const liveAliases =
      live.regions.find((entry) => entry.account === account && entry.region === region)?.aliases ??
      [];
    let keys = aliasedKeys;
    let aliases = liveAliases;
    if (desired.targets !== undefined) {
      const partial = deferUntargetedAliases(
        keys,
        liveAliases,
        untargeted,
        (desired.untargetedKeys ?? []).filter(
          (other) => other.account === account && other.region === region,
        ),
      );
      keys = partial.keys;
      aliases = partial.liveAliases;
      deferred.push(...partial.deferred);
      for (const name of partial.heldKeys) heldDeletions.add(name);
    }
    const replicaAliases = refuseUnmanagedReplicaAliases(region, keys, aliases);
    for (const entry of replicaAliases.problems) {
      const declared = desired.keys.find((key) => key.name === entry.key);
      problem(declared ?? entry.key, entry);
    }
    changes.push(...diffAliases(account, region, replicaAliases.keys, aliases));
  }

  const ordered = orderChanges(
    changes
      .filter((change) => !(change.action === 'schedule-deletion' && heldDeletions.has(change.key)))
      .map(markAccessWidening),
  );
  if (options.applierFor !== undefined) {
    const checks = options.meters?.checks;
    problems.push(
      ...checkApplierAccess(ordered, live, {
        applierFor: options.applierFor,
        ...(checks === undefined ? {} : { meter: checks }),
      }),
    );
  }
  const unexpectedKeepRules = findUnexpectedKeepRules(desired.keys);
  return {
    owner: desired.owner,
    file: desired.file,
    ...(desired.targets === undefined ? {} : { partial: { targets: desired.targets, deferred } }),
    changes: ordered,
    problems,
    ...(notices.length === 0 ? {} : { notices }),
    ...(keptGrants.length === 0
      ? {}
      : {
          keptGrants: keptGrants.sort(
            (a, b) => compare(a.address, b.address) || compare(a.grantId, b.grantId),
          ),
        }),
    ...(unexpectedKeepRules.length === 0 ? {} : { unexpectedKeepRules }),
    summary: summarize(ordered, problems),
  };
}

function immutableDifferences(key: DesiredKey, live: LiveKey): string[] {
  const differences: string[] = [];
  if (key.keySpec !== live.keySpec)
    differences.push(`key_spec (${live.keySpec} -> ${key.keySpec})`);
  if (key.keyUsage !== live.keyUsage)
    differences.push(`key_usage (${live.keyUsage} -> ${key.keyUsage})`);
  // Only the two origins a manifest can name; keys in custom key stores are not compared.
  if ((key.origin === 'EXTERNAL') !== (live.origin === 'EXTERNAL'))
    differences.push(`origin (${live.origin} -> ${key.origin})`);
  if (key.multiRegion !== live.multiRegion)
    differences.push(`multi_region (${String(live.multiRegion)} -> ${String(key.multiRegion)})`);
  return differences;
}

function summarize(changes: readonly Change[], problems: readonly PlanProblem[]): PlanSummary {
  const byAction: PlanSummary['byAction'] = {};
  const byRisk: Record<Risk, number> = { safe: 0, disruptive: 0, destructive: 0 };
  for (const change of changes) {
    byAction[change.action] = (byAction[change.action] ?? 0) + 1;
    byRisk[change.risk] += 1;
  }
  return { changes: changes.length, byAction, byRisk, problems: problems.length };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
