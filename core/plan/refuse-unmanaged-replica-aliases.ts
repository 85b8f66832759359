import type { AliasedKey } from './diff-aliases.ts';
import type { LiveAlias } from './live-state.ts';
import type { PlanProblem } from './plan-types.ts';

export interface ReplicaAliasRefusal {
  /** The keys of the Region, without the replica aliases refused. */
  keys: AliasedKey[];
  problems: (Omit<PlanProblem, 'line' | 'column'> & { code: 'alias-owned-elsewhere' })[];
}

/**
 * A replica's alias that already points to a key this manifest does not manage is refused, not
 * moved. In a replica's Region kms-action reads only this manifest's keys, so it cannot tell
 * whether another manifest (another team) owns that key; moving the alias would send that
 * team's callers to a key whose policy this manifest writes. A key's own aliases get the same
 * refusal from discovery when another manifest owns the target (`alias-owned-elsewhere`).
 * Fails closed: unknown ownership counts as another manifest's.
 */
export function refuseUnmanagedReplicaAliases(
  region: string,
  keys: readonly AliasedKey[],
  liveAliases: readonly LiveAlias[],
): ReplicaAliasRefusal {
  const managed = new Set(keys.flatMap((key) => (key.keyId === undefined ? [] : [key.keyId])));
  const targets = new Map(liveAliases.map((alias) => [alias.name, alias.targetKeyId]));
  const problems: ReplicaAliasRefusal['problems'] = [];
  const kept = keys.map((key) => {
    if (key.replica !== true || key.frozen) return key;
    const refused = key.desiredAliases.filter((alias) => {
      const target = targets.get(alias);
      return target !== undefined && !managed.has(target);
    });
    if (refused.length === 0) return key;
    for (const alias of refused) {
      problems.push({
        code: 'alias-owned-elsewhere',
        key: key.name,
        message: `alias \`${alias}\` of the ${region} replica of \`${key.name}\` points to key ${targets.get(alias) ?? ''}, which this manifest does not manage (in a replica's Region kms-action cannot tell whether another manifest owns it)`,
        help: `choose another alias name for the replica; if the alias is free to take, move or delete it out of band first (\`aws kms update-alias\` / \`delete-alias\` in ${region}), then plan again`,
      });
    }
    return {
      ...key,
      desiredAliases: key.desiredAliases.filter((alias) => !refused.includes(alias)),
    };
  });
  return { keys: kept, problems };
}
