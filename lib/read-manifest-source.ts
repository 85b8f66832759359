import { isAbsolute } from 'node:path';
import { UsageError } from '../core/errors.ts';
import {
  readManifest,
  type ReadManifestFailure,
  type ReadManifestSuccess,
} from '../core/manifest/read-manifest.ts';
import { repositoryOf } from '../cli/common-options.ts';
import { readManifestFile } from '../adapters/fs/read-manifest-file.ts';
import type { ManifestOptions, ManifestSource } from './library-options.ts';

/** The manifest of `source`, read and compiled as the CLI does. */
export async function readManifestSource(
  source: ManifestSource,
  options: ManifestOptions,
): Promise<ReadManifestSuccess | ReadManifestFailure> {
  const env = options.env ?? process.env;
  const repository = repositoryOf(options.repository, env, 'the `repository` option');
  if (source.text === undefined) {
    if (typeof source.file !== 'string' || source.file === '') {
      throw new UsageError('pass the manifest as { file: "kms.yaml" } or { text, file }');
    }
    const cwd: unknown = source.cwd ?? process.cwd();
    if (typeof cwd !== 'string') {
      throw new UsageError(`cwd must be a directory path, got ${typeof cwd}`);
    }
    const read = await readManifestFile(source.file, cwd, env, 'the `file` option');
    return readManifest(read.file, read.content, {
      repository,
      manifestPath: read.manifestPath,
    });
  }
  if (typeof source.text !== 'string' && !(source.text instanceof Uint8Array)) {
    throw new UsageError(
      `text must be the manifest as a string or a Uint8Array, got ${typeof source.text}`,
    );
  }
  const file: unknown = source.file ?? 'kms.yaml';
  const manifestPath = typeof file === 'string' ? file.split('\\').join('/') : '';
  if (
    typeof file !== 'string' ||
    manifestPath === '' ||
    isAbsolute(manifestPath) ||
    // A Windows drive (`C:/infra/kms.yaml`) is absolute there, whatever the platform here.
    /^[A-Za-z]:/.test(manifestPath) ||
    manifestPath.split('/').some((part) => part === '..' || part === '.' || part === '')
  ) {
    throw new UsageError(
      `file must be the manifest's path relative to its repository root (part of the ownership tag), such as kms.yaml or infra/kms.yaml, got ${typeof file === 'string' ? `'${file}'` : typeof file}`,
    );
  }
  return readManifest(file, source.text, { repository, manifestPath });
}
