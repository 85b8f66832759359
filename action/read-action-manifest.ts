import { createHash } from 'node:crypto';
import { readRegularFile, type RegularFileRead } from '../adapters/fs/read-regular-file.ts';
import { ManifestError, UsageError, errorMessage } from '../core/errors.ts';
import { MAX_MANIFEST_BYTES, manifestTooLargeProblem } from '../core/manifest/load-manifest.ts';
import {
  readManifest,
  type ReadManifestFailure,
  type ReadManifestSuccess,
} from '../core/manifest/read-manifest.ts';

export interface ActionManifest {
  /** Repository-relative path: annotations, comment markers and the ownership tag use it. */
  path: string;
  /** SHA-256 of the file's bytes, hex: part of the plan fingerprint. */
  sha256: string;
  result: ReadManifestSuccess | ReadManifestFailure;
}

/**
 * Reads `manifest` from the checkout and compiles it; invalid content is a result, not a throw.
 * Only a regular file reached without a symbolic link is read (adapters/fs/read-regular-file).
 */
export async function readActionManifest(
  workspace: string,
  manifest: string,
  repository: string,
): Promise<ActionManifest> {
  let read: RegularFileRead;
  try {
    read = await readRegularFile(workspace, manifest, MAX_MANIFEST_BYTES);
  } catch (error) {
    throw new UsageError(
      `input 'manifest': cannot read '${manifest}' in ${workspace} (${errorMessage(error)})`,
    );
  }
  switch (read.kind) {
    case 'missing':
      throw new UsageError(
        `input 'manifest': '${manifest}' does not exist in ${workspace}. Check out the repository first (actions/checkout) and check the path`,
      );
    case 'symlink':
      throw new UsageError(
        `input 'manifest' must name a regular file of the repository, reached without a symbolic link, but '${read.path}' is a symbolic link (manifest '${manifest}'): a link could point at any file on the runner. Commit the manifest itself at that path, or point 'manifest' at the file the link targets`,
      );
    case 'not-a-file':
      throw new UsageError(
        `input 'manifest' must name a regular file, got '${manifest}', a ${read.type}`,
      );
    case 'too-large':
      return {
        path: manifest,
        sha256: '',
        result: { ok: false, problems: [manifestTooLargeProblem(manifest, read.size)] },
      };
    case 'file':
      break;
  }
  const { content } = read;
  const sha256 = createHash('sha256').update(content).digest('hex');
  let result: ReadManifestSuccess | ReadManifestFailure;
  try {
    result = readManifest(manifest, content, { repository, manifestPath: manifest });
  } catch (error) {
    if (error instanceof ManifestError) result = { ok: false, problems: [...error.problems] };
    else throw error;
  }
  return { path: manifest, sha256, result };
}
