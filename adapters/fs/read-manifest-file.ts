import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { findRepositoryRoot, type RepositoryRoot } from './find-repository-root.ts';
import { readRegularFile, type RegularFileRead } from './read-regular-file.ts';
import { ManifestError, UsageError, errorMessage } from '../../core/errors.ts';
import { MAX_MANIFEST_BYTES, manifestTooLargeProblem } from '../../core/manifest/load-manifest.ts';

export interface ManifestFile {
  /** Path as the user gave it, for messages. */
  file: string;
  /**
   * Path relative to the repository root (adapters/fs/find-repository-root.ts) with `/`
   * separators: part of the ownership tag, the same from any working directory.
   */
  manifestPath: string;
  repositoryRoot: RepositoryRoot;
  content: Uint8Array;
  text: string;
}

/**
 * Reads a manifest from disk: only a regular file, reached without a symbolic link from the
 * working directory (in CI that directory is a checkout, whose links anyone who opens a pull
 * request may have committed), refusing directories, FIFOs, devices and oversized files
 * before reading them. A file outside the working directory is checked itself, not its
 * parent directories. `fileOption` names, in messages, how the caller gives the path (the
 * CLI's `-f`, the library's `file`).
 */
export async function readManifestFile(
  file: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  fileOption: string,
): Promise<ManifestFile> {
  const absolute = resolve(cwd, file);
  const fromCwd = relative(cwd, absolute).split(sep).join('/');
  const inside = fromCwd !== '' && !fromCwd.startsWith('../') && !isAbsolute(fromCwd);
  const [root, path] = inside ? [cwd, fromCwd] : [dirname(absolute), basename(absolute)];
  let read: RegularFileRead;
  let repositoryRoot: RepositoryRoot;
  try {
    repositoryRoot = await findRepositoryRoot(absolute, env);
    read = await readRegularFile(root, path, MAX_MANIFEST_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read manifest ${file}: ${errorMessage(error)}`);
  }
  switch (read.kind) {
    case 'missing':
      throw new UsageError(
        `manifest ${file} not found (working directory ${cwd}); pass its path with ${fileOption}`,
      );
    case 'symlink':
      throw new UsageError(
        `manifest ${file} must be a regular file reached without a symbolic link, but ${read.path} is a symbolic link: a link could point at any file of the machine. Pass the path of the file itself with ${fileOption}`,
      );
    case 'not-a-file':
      throw new UsageError(
        read.type === 'directory'
          ? `${file} is a directory; pass the manifest file with ${fileOption}, e.g. ${file}/kms.yaml`
          : `manifest ${file} must be a regular file, got a ${read.type}; pass the manifest file with ${fileOption}`,
      );
    case 'too-large':
      // The loader's own message: a huge file is never loaded.
      throw new ManifestError([manifestTooLargeProblem(file, read.size)]);
    case 'file':
      return {
        file,
        manifestPath: relative(repositoryRoot.directory, absolute).split(sep).join('/'),
        repositoryRoot,
        content: read.content,
        text: new TextDecoder().decode(read.content),
      };
  }
}
