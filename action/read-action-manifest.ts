import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Reads `manifest` from the checkout and compiles it; invalid content is a result, not a throw. */
export async function readActionManifest(
  workspace: string,
  manifest: string,
  repository: string,
): Promise<ActionManifest> {
  const absolute = join(workspace, manifest);
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile())
      throw new UsageError(`input 'manifest' must name a file, got '${manifest}'`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `input 'manifest': cannot read '${manifest}' in ${workspace} (${errorMessage(error)}). Check out the repository first (actions/checkout) and check the path`,
    );
  }
  if (size > MAX_MANIFEST_BYTES) {
    return {
      path: manifest,
      sha256: '',
      result: { ok: false, problems: [manifestTooLargeProblem(manifest, size)] },
    };
  }
  const content = new Uint8Array(await readFile(absolute));
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
