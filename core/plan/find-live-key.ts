import type { DesiredKey } from '../manifest/desired-state.ts';
import type { LiveKey, LiveState } from './live-state.ts';
import type { PlanProblem } from './plan-types.ts';

export type ReportKeyProblem = (
  key: DesiredKey,
  fields: Omit<PlanProblem, 'key' | 'line' | 'column'>,
) => void;

/** The live key of a declared key, and the old name it is found under when it is being renamed. */
export interface LiveKeyMatch {
  key: LiveKey;
  /** Set when the key was found by its `moved_from` name: the plan re-tags it. */
  movedFrom?: string;
}

/**
 * The live key a declared key stands for: the adopted key by ARN; otherwise the key this
 * manifest owns under the logical name, or, when there is none and the key declares
 * `moved_from`, the one it owns under the old name. Only keys whose `kms-action:manifest`
 * names this manifest (`live.owned`) are candidates: another manifest's key of the same
 * logical name is never matched, nor a key this manifest owns under another declared name
 * (`declaredNames`, the whole manifest's). `undefined`: no live key (it is to be created);
 * `'problem'`: reported, the key is not planned.
 */
export function findLiveKey(
  key: DesiredKey,
  live: LiveState,
  problem: ReportKeyProblem,
  declaredNames: ReadonlySet<string>,
): LiveKeyMatch | undefined | 'problem' {
  if (key.adopt !== undefined) {
    const adopted = live.adopted.find((entry) => entry.name === key.name);
    if (adopted === undefined || !adopted.found) {
      problem(key, {
        code: 'adopt-not-found',
        message: `\`${key.name}\` adopts ${key.adopt}, which does not exist or cannot be described`,
        help: 'check the ARN, the account and Region, and that the planning role may call kms:DescribeKey on it',
      });
      return 'problem';
    }
    if (adopted.key.keyManager === 'AWS') {
      problem(key, {
        code: 'adopt-aws-managed',
        message: `\`${key.name}\` adopts ${key.adopt}, an AWS managed key`,
        help: 'AWS managed keys cannot be changed; create a customer managed key instead',
      });
      return 'problem';
    }
    // This manifest's key under a name still declared: one live key, two entries. (Under a
    // name no longer declared, adopting it is how an adopted key is renamed.)
    const owner = adopted.key.ownership;
    if (
      owner?.manifest === live.owner &&
      owner.key !== undefined &&
      owner.key !== key.name &&
      declaredNames.has(owner.key)
    ) {
      problem(key, {
        code: 'foreign-owner',
        message: `\`${key.name}\` adopts ${key.adopt}, the live key of \`${owner.key}\`, another key of this manifest`,
        help: `a live key belongs to one entry: remove \`adopt\` from \`${key.name}\`, or remove the entry \`${owner.key}\` to rename its key to \`${key.name}\``,
      });
      return 'problem';
    }
    return { key: adopted.key };
  }
  const current = ownedUnder(key.name, key, live, problem);
  if (current !== undefined || key.movedFrom === undefined) {
    return current === undefined || current === 'problem' ? current : { key: current };
  }
  const moved = ownedUnder(key.movedFrom, key, live, problem);
  return moved === undefined || moved === 'problem'
    ? moved
    : { key: moved, movedFrom: key.movedFrom };
}

const indexes = new WeakMap<readonly LiveKey[], Map<string, LiveKey[]>>();

function ownedId(account: string, region: string, name: string): string {
  return `${account}\n${region}\n${name}`;
}

/**
 * The owned keys by account, Region and logical name, built once per live state: a lookup
 * per declared key instead of a scan of every owned key (quadratic at thousands of keys).
 */
function ownedIndex(owned: readonly LiveKey[]): Map<string, LiveKey[]> {
  let index = indexes.get(owned);
  if (index === undefined) {
    index = new Map();
    for (const candidate of owned) {
      const name = candidate.ownership?.key;
      if (name === undefined) continue;
      const id = ownedId(candidate.account, candidate.region, name);
      const list = index.get(id);
      if (list === undefined) index.set(id, [candidate]);
      else list.push(candidate);
    }
    indexes.set(owned, index);
  }
  return index;
}

/** The one live key this manifest owns under `name` in the key's account and Region. */
function ownedUnder(
  name: string,
  key: DesiredKey,
  live: LiveState,
  problem: ReportKeyProblem,
): LiveKey | undefined | 'problem' {
  const candidates = ownedIndex(live.owned).get(ownedId(key.account, key.region, name)) ?? [];
  if (candidates.length > 1) {
    // Two live keys claim one logical name (e.g. someone copied the tags): never guess.
    const active = candidates.filter((candidate) => candidate.state !== 'PendingDeletion');
    if (active.length === 1) return active[0];
    problem(key, {
      code: 'foreign-owner',
      message: `${candidates.length} live keys carry the ownership tags of \`${name}\`: ${candidates.map((candidate) => candidate.arn).join(', ')}`,
      help: 'keep the tags on one of them only (remove the kms-action:* tags from the others), then plan again',
    });
    return 'problem';
  }
  return candidates[0];
}
