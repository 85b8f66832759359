import type { DocumentPath } from './types.ts';

/**
 * A path into the manifest as a JSON pointer (RFC 6901): `['keys', 'k1', 'tags', 'team/owner']`
 * -> `/keys/k1/tags/team~1owner` (`~` as `~0`, `/` as `~1` in each reference token); `''` for
 * the whole document.
 */
export function toJsonPointer(path: DocumentPath): string {
  return path
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}
