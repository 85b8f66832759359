import { isOwnAwsGrant } from '../plan/is-own-aws-grant.ts';
import type { KeptGrant } from '../plan/plan-types.ts';

export interface KeptGrantGroup {
  rule: KeptGrant['rule'];
  grants: KeptGrant[];
  /** How many keys (and replicas) the grants are on. */
  keys: number;
}

/** Kept grants by the rule that keeps them (one `defaults` rule is one group), in plan order. */
export function groupKeptGrants(kept: readonly KeptGrant[]): KeptGrantGroup[] {
  const groups = new Map<string, KeptGrantGroup & { seen: Set<string> }>();
  for (const entry of kept) {
    const { rule } = entry;
    const id = JSON.stringify([rule.grantee, rule.source, rule.reason]);
    let group = groups.get(id);
    if (group === undefined) {
      group = { rule, grants: [], keys: 0, seen: new Set() };
      groups.set(id, group);
    }
    group.grants.push(entry);
    const where = `${entry.key} ${entry.region}`;
    if (!group.seen.has(where)) {
      group.seen.add(where);
      group.keys += 1;
    }
  }
  return [...groups.values()].map(({ rule, grants, keys }) => ({ rule, grants, keys }));
}

/**
 * A kept grant a reviewer must look at: its grantee is not operated by AWS (the rule keeps
 * someone's own access), or serves another account than the key's (another account's
 * instances, or a service's grant for another account's resource: core/plan/is-own-aws-grant.ts).
 */
export function isUnexpectedKeep(entry: KeptGrant): boolean {
  return !isOwnAwsGrant(entry.grant, entry.account);
}
