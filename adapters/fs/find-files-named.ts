import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Bounds of one search: a repository checkout may hold anything. */
export interface FindLimits {
  /** Directory levels below the root searched. */
  maxDepth: number;
  /** Directory entries looked at, over the whole search. */
  maxEntries: number;
}

export type FoundFiles =
  { kind: 'found'; paths: string[] } | { kind: 'too-many-entries'; visited: number; limit: number };

/** Never searched: version control, dependencies, and hidden directories (caches, tools). */
const SKIPPED_DIRECTORY = (name: string): boolean =>
  name.startsWith('.') || name === 'node_modules';

/**
 * The regular files called `name` under `root`, as sorted `/`-separated relative paths.
 * Symbolic links are never followed, neither to files nor to directories (a link committed to
 * a checkout could lead out of it), so the search never leaves `root`. Past `maxEntries`
 * entries the search stops and says so: a partial list would silently drop manifests.
 */
export async function findFilesNamed(
  root: string,
  name: string,
  limits: FindLimits,
): Promise<FoundFiles> {
  const paths: string[] = [];
  let visited = 0;
  const pending: { relative: string; depth: number }[] = [{ relative: '', depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(join(root, next.relative), { withFileTypes: true });
    } catch (error) {
      // A directory removed or unreadable since it was listed holds nothing to find.
      if (isErrno(error, 'ENOENT') || isErrno(error, 'EACCES')) continue;
      throw error;
    }
    visited += entries.length;
    if (visited > limits.maxEntries) {
      return { kind: 'too-many-entries', visited, limit: limits.maxEntries };
    }
    for (const entry of entries) {
      const relative = next.relative === '' ? entry.name : `${next.relative}/${entry.name}`;
      // Dirent types come from lstat semantics: a link is a link, never its target.
      if (entry.isSymbolicLink()) continue;
      if (entry.isFile() && entry.name === name) paths.push(relative);
      else if (
        entry.isDirectory() &&
        !SKIPPED_DIRECTORY(entry.name) &&
        next.depth < limits.maxDepth
      )
        pending.push({ relative, depth: next.depth + 1 });
    }
  }
  return { kind: 'found', paths: paths.sort() };
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
