import { lstat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from './read-regular-file.ts';

/** A `.git` file holds one `gitdir:` line; more is not a `.git` file git wrote. */
const MAX_GIT_FILE_BYTES = 4096;

/** The directory a manifest's ownership path is relative to, and how it was found. */
export interface RepositoryRoot {
  directory: string;
  /**
   * `git`: the nearest directory above the manifest holding `.git` (a directory, or the file
   * of a worktree; a submodule's is skipped, its superproject is the root); `workspace`: no `.git`, but the manifest is inside
   * `GITHUB_WORKSPACE` (a checkout made without git); `manifest-directory`: neither, so the
   * path is the file name alone.
   */
  source: 'git' | 'workspace' | 'manifest-directory';
}

/**
 * Where the repository holding `absoluteFile` starts, found without running git and without
 * reading the manifest: the working directory never matters, so `-f infra/kms.yaml` from the
 * root and `-f kms.yaml` from `infra/` give one ownership tag. Git refuses `.git` as a path
 * in a commit, so a pull request cannot plant one to choose the root; but it can add a
 * submodule, whose checkout holds a `.git` file: a submodule is not a root (its manifest
 * would take the ownership value of the superproject's manifest at the same path), so its
 * `.git` file (`gitdir:` under a `modules` directory) is passed over. A `.git` file that is
 * not one `gitdir:` line is refused rather than guessed at.
 */
export async function findRepositoryRoot(
  absoluteFile: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<RepositoryRoot> {
  const start = dirname(absoluteFile);
  for (let directory = start; ;) {
    if (await isRoot(join(directory, '.git'))) return { directory, source: 'git' };
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

/** Whether `gitPath` (a directory's `.git`) makes that directory a repository root. */
async function isRoot(gitPath: string): Promise<boolean> {
  let info;
  try {
    info = await lstat(gitPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
  if (!info.isFile()) return true;
  const read = await readRegularFile(dirname(gitPath), '.git', MAX_GIT_FILE_BYTES);
  const text = read.kind === 'file' ? new TextDecoder().decode(read.content) : '';
  const first = (text.split('\n', 1)[0] ?? '').trim();
  const gitdir = first.startsWith('gitdir:') ? first.slice('gitdir:'.length).trim() : '';
  if (gitdir === '') {
    throw new Error(
      `${gitPath} is neither a directory nor a file of the form \`gitdir: <path>\` (as git writes for a worktree or a submodule), so the repository root is unknown; check the checkout`,
    );
  }
  const portable = gitdir.replace(/\\/g, '/');
  const segments = portable.split('/');
  // `<git dir>/worktrees/<id>` holding `commondir`: a worktree, a root. `<git dir>/modules/<name>`:
  // a submodule, whose name may itself end in `worktrees/<x>`, hence the `commondir` check.
  if (
    segments.at(-2) === 'worktrees' &&
    (await exists(resolve(dirname(gitPath), portable, 'commondir')))
  ) {
    return true;
  }
  return !segments.includes('modules');
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
