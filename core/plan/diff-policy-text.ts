import { createTwoFilesPatch } from 'diff';
import type { KeyPolicyDocument } from '../policy/types.ts';

/** Unified diff of two key policies, pretty-printed, for reviewers. Empty when the texts agree. */
export function diffPolicyText(
  before: KeyPolicyDocument | undefined,
  after: KeyPolicyDocument,
): string {
  const beforeText = before === undefined ? '' : `${JSON.stringify(before, null, 2)}\n`;
  const afterText = `${JSON.stringify(after, null, 2)}\n`;
  if (beforeText === afterText) return '';
  const patch = createTwoFilesPatch(
    'live',
    'desired',
    beforeText,
    afterText,
    undefined,
    undefined,
    { context: 3 },
  );
  // Drop the `Index:` and `===` header lines: the file names say enough.
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('Index:') && !line.startsWith('===='))
    .join('\n');
}
