import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderManifestReference } from '../../scripts/render-manifest-reference.ts';

describe('docs/manifest.md', () => {
  it('is generated from the current schema (regenerate: node --import tsx scripts/generate-manifest-reference.ts)', () => {
    expect(readFileSync('docs/manifest.md', 'utf8')).toBe(renderManifestReference());
  });
});
