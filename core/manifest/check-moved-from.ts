import type { DocumentPath, KeyInput } from './types.ts';

type Report = (path: DocumentPath, message: string, hint?: string) => void;

/**
 * `moved_from: <old name>` renames a key in one step: the old name must be gone from the
 * manifest (otherwise two entries would claim one live key), claimed by one key only, and not
 * an adopted key's (adoption finds its key by ARN, whatever its name). Since the old name is
 * never a current key, chains (`c` from `b`, `b` from `a`) and cycles are refused too.
 */
export function checkMovedFrom(keys: Readonly<Record<string, KeyInput>>, report: Report): void {
  const claimedBy = new Map<string, string>();
  for (const [name, input] of Object.entries(keys)) {
    const old = input.moved_from;
    if (old === undefined) continue;
    const at: DocumentPath = ['keys', name, 'moved_from'];
    if (input.adopt !== undefined) {
      report(
        at,
        `key \`${name}\` has both \`adopt\` and \`moved_from\`: an adopted key is found by its ARN, not by its name`,
        'remove `moved_from`: renaming an adopted key needs nothing more than the new name',
      );
      continue;
    }
    if (old === name) {
      report(
        at,
        `key \`${name}\` has \`moved_from: ${old}\`, its own name`,
        `remove \`moved_from\`, or set it to the name the key had before`,
      );
      continue;
    }
    if (Object.hasOwn(keys, old)) {
      const chained = keys[old]?.moved_from;
      report(
        at,
        `key \`${name}\` has \`moved_from: ${old}\`, but \`${old}\` is still a key of this manifest${chained === undefined ? '' : ` (itself moved from \`${chained}\`)`}`,
        chained === undefined
          ? `remove the entry \`${old}\` (its settings now live under \`${name}\`), or remove \`moved_from\` if \`${name}\` is a new key`
          : `renames do not chain: apply one rename, remove its \`moved_from\`, then rename again`,
      );
      continue;
    }
    const previous = claimedBy.get(old);
    if (previous !== undefined) {
      report(
        at,
        `keys \`${previous}\` and \`${name}\` both have \`moved_from: ${old}\``,
        `one live key can take one new name: keep \`moved_from\` on one of them`,
      );
      continue;
    }
    claimedBy.set(old, name);
  }
}
