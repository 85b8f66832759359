import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFilesNamed } from '../../../adapters/fs/find-files-named.ts';

function tree(paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kms-action-find-'));
  for (const path of paths) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
  }
  return root;
}

describe('findFilesNamed', () => {
  it('finds the files of that exact name, sorted, skipping hidden directories and node_modules', async () => {
    const root = tree([
      'kms.yaml',
      'b/kms.yaml',
      'a/c/kms.yaml',
      'a/kms.yml',
      '.git/kms.yaml',
      'node_modules/x/kms.yaml',
    ]);
    const found = await findFilesNamed(root, 'kms.yaml', { maxDepth: 8, maxEntries: 100 });
    expect(found).toEqual({ kind: 'found', paths: ['a/c/kms.yaml', 'b/kms.yaml', 'kms.yaml'] });
  });

  it('does not descend below maxDepth', async () => {
    const root = tree(['a/kms.yaml', 'a/b/kms.yaml', 'a/b/c/kms.yaml']);
    const found = await findFilesNamed(root, 'kms.yaml', { maxDepth: 2, maxEntries: 100 });
    expect(found).toEqual({ kind: 'found', paths: ['a/b/kms.yaml', 'a/kms.yaml'] });
  });

  it('stops past maxEntries and says so instead of returning a partial list', async () => {
    const root = tree(Array.from({ length: 30 }, (_, index) => `d${index}/kms.yaml`));
    const found = await findFilesNamed(root, 'kms.yaml', { maxDepth: 8, maxEntries: 40 });
    expect(found).toMatchObject({ kind: 'too-many-entries', limit: 40 });
  });
});
