import type { ManifestProblem } from './types.ts';

/** Manifests larger than this are refused before parsing. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

/** The problem reported for a manifest over the size limit (also used before reading a file). */
export function manifestTooLargeProblem(file: string, size: number): ManifestProblem {
  return {
    message: `the manifest is ${size} bytes, over the 1 MiB (${MAX_MANIFEST_BYTES} bytes) limit`,
    file,
    line: 1,
    column: 1,
    path: '',
    hint: 'split the keys across several manifests',
  };
}
