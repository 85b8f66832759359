import { closest, distance } from 'fastest-levenshtein';
import { UsageError } from '../errors.ts';
import type { DesiredState } from '../manifest/desired-state.ts';

/** Longest target name compared for a hint; a longer one cannot be a key's near miss. */
const MAX_HINT_LENGTH = 256;

/**
 * `--target NAME` (repeatable): the desired state limited to the named keys, with `targets`
 * set so the read, the plan and the renderers know the run is partial. Every other key is
 * left out: never read beyond discovery, never an orphan, its aliases never touched (neither
 * those on it nor those it declares, in its Region and its replicas', recorded in
 * `untargetedKeys`, an entry per Region).
 * An unknown name is a usage error with the nearest key name as a hint.
 */
export function selectTargetKeys(desired: DesiredState, targets: readonly string[]): DesiredState {
  if (targets.length === 0) return desired;
  const names = desired.keys.map((key) => key.name);
  const known = new Set(names);
  const unknown = [...new Set(targets)].filter((target) => !known.has(target));
  if (unknown.length > 0) {
    const details = unknown.map((target) => `'${target}'${nearMiss(target, names)}`);
    throw new UsageError(
      `--target must name a key under \`keys:\` of ${desired.file}, got ${details.join(', ')}; ` +
        `the keys are: ${names.length === 0 ? '(none)' : names.join(', ')}`,
    );
  }
  const selected = new Set(targets);
  return {
    ...desired,
    keys: desired.keys.filter((key) => selected.has(key.name)),
    targets: [...selected].sort(),
    untargetedKeys: desired.keys
      .filter((key) => !selected.has(key.name))
      .flatMap(({ name, account, region, aliases, replicas, adopt, movedFrom }) => [
        {
          name,
          account,
          region,
          aliases,
          ...(adopt === undefined ? {} : { adopt }),
          ...(movedFrom === undefined ? {} : { movedFrom }),
        },
        ...replicas.map((replica) => ({
          name,
          account,
          region: replica.region,
          aliases: replica.aliases,
        })),
      ]),
  };
}

function nearMiss(target: string, names: readonly string[]): string {
  if (names.length === 0 || target.length > MAX_HINT_LENGTH) return '';
  const candidate = closest(target, [...names]);
  const close =
    distance(target.toLowerCase(), candidate.toLowerCase()) <=
    Math.max(2, Math.floor(candidate.length / 3));
  return close ? ` (did you mean '${candidate}'?)` : '';
}
