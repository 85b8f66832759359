import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import type { DocumentPath } from '../manifest/types.ts';
import { keyOrDefaultsPath } from './manifest-path.ts';

/** How a key of a pull request is linted, given the base branch, and what to report. */
export interface KeyLabels {
  key: DesiredKey;
  /**
   * Environments whose severities the key gets, the strictest of them per rule (`undefined`:
   * the manifest-wide `lint.rules`).
   */
  lintAs: (string | undefined)[];
  /** Also as strictly as every environment in `strictest` (fail closed). */
  atStrictest: boolean;
  /** One `lint-config-change` finding each. */
  notes: { path: DocumentPath; message: string }[];
}

const STRICTEST =
  'until it is merged, the key is linted as strictly as the strictest environment the base branch defines, and at least as production';

/**
 * Matches each key of the change with the base branch's key of the same logical name (or
 * its `moved_from` name, or that adopts the same ARN) and decides the environments it is linted as:
 * - a key the base has: its base and its new environment, so relabelling never relaxes;
 * - an environment the base does not know (no base key has it, `lint.environments` does not
 *   name it): every environment the base defines, and production (fail closed);
 * - a new key that adopts an existing key: the same, since the base cannot say what it is;
 * - another new key: its own environment, as the base configures it.
 * A changed `environment` or `compliance` is reported.
 */
export function compareKeyLabels(
  base: DesiredState,
  change: DesiredState,
): { keys: KeyLabels[]; strictest: (string | undefined)[] } {
  const known = new Set<string | undefined>([
    undefined,
    ...Object.keys(base.lint.environments),
    ...base.keys.map((key) => key.environment),
  ]);
  const byName = new Map(base.keys.map((key) => [key.name, key]));
  const byAdopt = new Map(
    base.keys.flatMap((key) =>
      key.adopt === undefined ? [] : [[key.adopt.toLowerCase(), key] as const],
    ),
  );

  const keys = change.keys.map((key): KeyLabels => {
    // A `moved_from` rename is the base's key under its old name: renaming never relaxes.
    const before =
      byName.get(key.name) ??
      (key.movedFrom === undefined ? undefined : byName.get(key.movedFrom)) ??
      byAdopt.get(key.adopt?.toLowerCase() ?? '');
    const unknown = !known.has(key.environment);
    const notes: KeyLabels['notes'] = [];
    const environmentPath = keyOrDefaultsPath(change, key.name, ['environment']);

    if (before === undefined) {
      if (key.adopt !== undefined) {
        notes.push({
          path: ['keys', key.name, 'adopt'],
          message: `this change adopts an existing key as \`${key.name}\`, which the base branch does not manage; ${STRICTEST}`,
        });
        return { key, lintAs: [key.environment], atStrictest: true, notes };
      }
      if (unknown) {
        notes.push({
          path: environmentPath,
          message: `key \`${key.name}\` is new in this change with environment ${label(key.environment)}, which the base branch does not know; ${STRICTEST}`,
        });
        return { key, lintAs: [key.environment], atStrictest: true, notes };
      }
      return { key, lintAs: [key.environment], atStrictest: false, notes };
    }

    if (before.environment !== key.environment) {
      notes.push({
        path: environmentPath,
        message: unknown
          ? `this change relabels key \`${key.name}\` from environment ${label(before.environment)} to ${label(key.environment)}, which the base branch does not know; ${STRICTEST}`
          : `this change relabels key \`${key.name}\` from environment ${label(before.environment)} to ${label(key.environment)}; until it is merged, the key is linted with the stricter severities of both`,
      });
    }
    if (before.compliance !== key.compliance) {
      notes.push({
        path: keyOrDefaultsPath(change, key.name, ['compliance']),
        message: `this change relabels key \`${key.name}\` from compliance domain ${label(before.compliance)} to ${label(key.compliance)}; the rules that read it (\`compliance-isolation\`, \`required-tags\`) judge the new domain, so the relabelling needs its own review`,
      });
    }
    return { key, lintAs: [key.environment, before.environment], atStrictest: unknown, notes };
  });
  return { keys, strictest: [...known, 'production'] };
}

function label(value: string | undefined): string {
  return value === undefined ? 'none' : `\`${value}\``;
}
