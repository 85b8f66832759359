import type { DocumentPath } from '../../manifest/types.ts';

/** `/Statement/2/Action/0` -> `['Statement', 2, 'Action', 0]` (RFC 6901 escapes undone). */
export function parseJsonPointer(pointer: string): DocumentPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}
