import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import { findLiveKey, type LiveKeyMatch, type ReportKeyProblem } from './find-live-key.ts';
import type { LiveForeignKey, LiveKey, LiveState } from './live-state.ts';

/**
 * The live key of every declared key (`findLiveKey`), or `'problem'` when the key is not to
 * be planned: a live key another manifest claims (by its tags or an alias), or one live key
 * that two entries stand for. The latter is what `adopt` on one entry and `moved_from` on
 * another, or two spellings of one adopted ARN, would make: a plan that renames the key under
 * one entry and schedules its deletion under the other. Each entry involved gets a
 * `key-claimed-twice` problem and neither is planned. A key stands for its declared replicas
 * too (one key id in each of their Regions), and in a partial plan a targeted key may not stand
 * for the live key a key outside the targets adopts or is renamed from. `live`: the live keys
 * that are declared keys' (refused ones included, so that they are not also reported as
 * orphans).
 */
export function matchDeclaredKeys(
  desired: DesiredState,
  live: LiveState,
  problem: ReportKeyProblem,
): { matches: Map<DesiredKey, LiveKeyMatch | undefined | 'problem'>; live: Set<LiveKey> } {
  const declaredNames = new Set([
    ...desired.keys.map((key) => key.name),
    ...(desired.untargetedKeys ?? []).map((key) => key.name),
  ]);
  const foreignByName = new Map<string, LiveForeignKey[]>();
  for (const claim of live.foreign) {
    const claims = foreignByName.get(claim.name);
    if (claims === undefined) foreignByName.set(claim.name, [claim]);
    else claims.push(claim);
  }
  const matches = new Map<DesiredKey, LiveKeyMatch | undefined | 'problem'>();
  const claimants = new Map<string, DesiredKey[]>();
  const matched = new Set<LiveKey>();
  for (const key of desired.keys) {
    const foreign = foreignByName.get(key.name) ?? [];
    if (foreign.length > 0) {
      reportForeignClaims(key, foreign, desired.owner, problem);
      matches.set(key, 'problem');
      continue;
    }
    const match = findLiveKey(key, live, problem, declaredNames);
    matches.set(key, match);
    if (match === undefined || match === 'problem') continue;
    matched.add(match.key);
    const regions = new Set([match.key.region, ...key.replicas.map((replica) => replica.region)]);
    for (const region of regions) {
      const id = `${match.key.account}\n${region}\n${match.key.id}`;
      const entries = claimants.get(id);
      if (entries === undefined) claimants.set(id, [key]);
      else entries.push(key);
    }
  }
  const outside = untargetedClaims(desired);
  for (const key of desired.keys) {
    const match = matches.get(key);
    if (match === undefined || match === 'problem') continue;
    const { account, region, id, ownership } = match.key;
    const other =
      outside.adopts.get(`${account}\n${region}\n${id}`) ??
      (ownership?.manifest === live.owner && ownership.key !== undefined
        ? outside.renames.get(`${account}\n${region}\n${ownership.key}`)
        : undefined);
    if (other === undefined) continue;
    problem(key, {
      code: 'key-claimed-twice',
      message: `\`${key.name}\` and \`${other}\` (outside the targets) both stand for the live key ${match.key.arn} (${claimReason(key)}): a live key belongs to one entry`,
      help: 'keep one entry for the key (to rename it, write `moved_from` on the new entry only; to adopt it, adopt it once), then plan again',
    });
    matches.set(key, 'problem');
  }
  for (const entries of claimants.values()) {
    if (entries.length < 2) continue;
    const names = entries.map((entry) => `\`${entry.name}\``).join(', ');
    for (const key of entries) {
      const match = matches.get(key);
      const arn = match === undefined || match === 'problem' ? '' : match.key.arn;
      problem(key, {
        code: 'key-claimed-twice',
        message: `${names} all stand for the live key ${arn} (${claimReason(key)}): a live key belongs to one entry`,
        help: 'keep one entry for the key: to rename it, write `moved_from` on the new entry only; to bring a key under management, adopt it once (the same key under two ARNs is still one key)',
      });
      matches.set(key, 'problem');
    }
  }
  return { matches, live: matched };
}

const KEY_ARN = /^arn:[a-z-]+:kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/;

/** What the keys outside a partial plan's targets stand for: adopted ids and renamed names. */
function untargetedClaims(desired: DesiredState): {
  adopts: Map<string, string>;
  renames: Map<string, string>;
} {
  const adopts = new Map<string, string>();
  const renames = new Map<string, string>();
  for (const other of desired.untargetedKeys ?? []) {
    const adopted = other.adopt === undefined ? undefined : KEY_ARN.exec(other.adopt);
    if (adopted !== null && adopted !== undefined) {
      adopts.set(`${adopted[2] ?? ''}\n${adopted[1] ?? ''}\n${adopted[3] ?? ''}`, other.name);
    }
    if (other.movedFrom !== undefined) {
      renames.set(`${other.account}\n${other.region}\n${other.movedFrom}`, other.name);
    }
  }
  return { adopts, renames };
}

function claimReason(key: DesiredKey): string {
  if (key.adopt !== undefined) return `\`${key.name}\` adopts ${key.adopt}`;
  if (key.movedFrom !== undefined) return `\`${key.name}\` is moved from \`${key.movedFrom}\``;
  return `\`${key.name}\` owns it by its tags`;
}

function reportForeignClaims(
  key: DesiredKey,
  foreign: readonly LiveForeignKey[],
  owner: string,
  problem: ReportKeyProblem,
): void {
  for (const claim of foreign) {
    if (claim.reason === 'alias') continue;
    if (claim.reason === 'legacy-path') {
      problem(key, {
        code: 'legacy-owner',
        message: `key ${claim.arn} carries the logical name \`${claim.ownership.key ?? key.name}\` and the manifest tag \`${claim.ownership.manifest}\`, which may be this manifest's (\`${owner}\`) as older kms-action versions wrote it, relative to the working directory`,
        help: `if it is this manifest's key, an administrator sets its \`kms-action:manifest\` tag to \`${owner}\` once (outside the apply role, which may not change it), then plans again; if it belongs to the manifest \`${claim.ownership.manifest}\`, give \`${key.name}\` another logical name (see https://github.com/kms-action/kms-action/blob/main/docs/action.md#ownership-tags)`,
      });
      continue;
    }
    problem(key, {
      code: 'foreign-owner',
      message: `key ${claim.arn} that \`${key.name}\` adopts is managed by another manifest, ${claim.ownership.manifest}`,
      help: 'a key is managed by one manifest only: remove it from one of them, or move its ownership tags deliberately (see https://github.com/kms-action/kms-action/blob/main/docs/action.md#ownership-tags)',
    });
  }
  for (const claim of foreign.filter((entry) => entry.reason === 'alias')) {
    problem(key, {
      code: 'alias-owned-elsewhere',
      message: `alias \`${claim.alias ?? ''}\` of \`${key.name}\` points to key ${claim.arn}, managed by another manifest, ${claim.ownership.manifest}`,
      help: 'choose another alias name, or remove the alias from the other manifest first',
    });
  }
}
