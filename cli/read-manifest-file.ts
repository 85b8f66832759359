import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { ManifestError, UsageError, errorMessage } from '../core/errors.ts';
import { MAX_MANIFEST_BYTES, manifestTooLargeProblem } from '../core/manifest/load-manifest.ts';

export interface ManifestFile {
  /** Path as the user gave it, for messages. */
  file: string;
  /** Path relative to the working directory with `/` separators: part of the ownership tag. */
  manifestPath: string;
  content: Uint8Array;
  text: string;
}

/** Reads a manifest from disk, refusing directories and oversized files before reading them. */
export async function readManifestFile(file: string, cwd: string): Promise<ManifestFile> {
  const absolute = resolve(cwd, file);
  let size: number;
  try {
    const info = await stat(absolute);
    if (info.isDirectory())
      throw new UsageError(
        `${file} is a directory; pass the manifest file with -f, e.g. -f ${file}/kms.yaml`,
      );
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (isNodeError(error) && error.code === 'ENOENT') {
      throw new UsageError(
        `manifest ${file} not found (working directory ${cwd}); pass its path with -f`,
      );
    }
    throw new UsageError(`cannot read manifest ${file}: ${errorMessage(error)}`);
  }
  // Refused before reading, with the loader's own message: a huge file is never loaded.
  if (size > MAX_MANIFEST_BYTES) throw new ManifestError([manifestTooLargeProblem(file, size)]);
  const content = new Uint8Array(await readFile(absolute));
  const manifestPath = relative(cwd, absolute).split(sep).join('/');
  return { file, manifestPath, content, text: new TextDecoder().decode(content) };
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
