import type { DesiredState } from '../manifest/desired-state.ts';
import type { DocumentPath } from '../manifest/types.ts';

/**
 * Whether the manifest holds a value at `path`. `locate` falls back to the nearest existing
 * ancestor, so a path that is missing locates exactly where its parent does.
 */
export function pathExists(desired: DesiredState, path: DocumentPath): boolean {
  if (path.length === 0) return true;
  const here = desired.locate(path);
  const parent = desired.locate(path.slice(0, -1));
  return here.line !== parent.line || here.column !== parent.column;
}

/** The first path that exists in the manifest, else the last one given. */
export function firstExistingPath(
  desired: DesiredState,
  candidates: readonly DocumentPath[],
): DocumentPath {
  return candidates.find((path) => pathExists(desired, path)) ?? candidates.at(-1) ?? [];
}

/** A key's own setting, else the `defaults:` one it inherits, else the key itself. */
export function keyOrDefaultsPath(
  desired: DesiredState,
  key: string,
  field: DocumentPath,
): DocumentPath {
  return firstExistingPath(desired, [
    ['keys', key, ...field],
    ['defaults', ...field],
    ['keys', key],
  ]);
}
