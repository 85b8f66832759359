import { lstat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The directory a manifest's ownership path is relative to, and how it was found. */
export interface RepositoryRoot {
  directory: string;
  /**
   * `git`: the nearest directory above the manifest holding `.git` (a directory, or the file
   * of a worktree or submodule); `workspace`: no `.git`, but the manifest is inside
   * `GITHUB_WORKSPACE` (a checkout made without git); `manifest-directory`: neither, so the
   * path is the file name alone.
   */
  source: 'git' | 'workspace' | 'manifest-directory';
}

/**
 * Where the repository holding `absoluteFile` starts, found without running git and without
 * reading the manifest: the working directory never matters, so `-f infra/kms.yaml` from the
 * root and `-f kms.yaml` from `infra/` give one ownership tag. Git refuses `.git` as a path
 * in a commit, so a pull request cannot plant one to choose the root.
 */
export async function findRepositoryRoot(
  absoluteFile: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<RepositoryRoot> {
  const start = dirname(absoluteFile);
  for (let directory = start; ;) {
    if (await exists(join(directory, '.git'))) return { directory, source: 'git' };
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  const workspace = env['GITHUB_WORKSPACE'];
  if (workspace !== undefined && isAbsolute(workspace) && isInside(workspace, absoluteFile)) {
    return { directory: workspace, source: 'workspace' };
  }
  return { directory: start, source: 'manifest-directory' };
}

function isInside(directory: string, file: string): boolean {
  const path = relative(directory, file);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}
