import { describe, expect, it } from 'vitest';
import { addedLinesOfPatch } from '../../app/added-lines-of-patch.ts';

describe('addedLinesOfPatch', () => {
  it.each([
    ['a replaced line', '@@ -10,3 +10,3 @@ keys:\n a\n-b\n+B\n c', [11]],
    [
      'lines added at the top of a new file',
      '@@ -0,0 +1,3 @@\n+version: 1\n+keys:\n+  a: {}',
      [1, 2, 3],
    ],
    ['only deletions', '@@ -4,3 +4,1 @@\n a\n-b\n-c', []],
    [
      'two hunks, the second shifted by the first',
      '@@ -1,2 +1,3 @@\n a\n+new\n b\n@@ -20,2 +21,2 @@ keys:\n x\n-y\n+Y',
      [2, 22],
    ],
    ['a hunk header without counts', '@@ -7 +7 @@\n-old\n+new', [7]],
    [
      'the no-newline marker is no line',
      '@@ -1,1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b',
      [1, 2],
    ],
    ['an empty patch', '', []],
  ])('%s', (_name, patch, lines) => {
    expect([...addedLinesOfPatch(patch)]).toEqual(lines);
  });
});
