/**
 * A manifest whose `keys:` entries cannot be taken out in batches is read once, not twice: a
 * 1 MiB manifest of blank lines or of yaml errors costs seconds per reading.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadManifest } from '../../../core/manifest/load-manifest.ts';

const readings = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../core/manifest/read-yaml-documents.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../core/manifest/read-yaml-documents.ts')>();
  return {
    ...original,
    readYamlDocuments: (...args: Parameters<typeof original.readYamlDocuments>) => {
      readings.count += 1;
      return original.readYamlDocuments(...args);
    },
  };
});

describe('loadManifest reads the text once when nothing is taken out in batches', () => {
  it.each([
    ['blank lines around a small manifest', `${'\n'.repeat(5_000)}version: 1\nkeys:\n  a: {}\n`],
    ['comment lines', `${'# note\n'.repeat(5_000)}version: 1\nkeys: {}\n`],
  ])('%s', (_, text) => {
    readings.count = 0;
    const loaded = loadManifest('kms.yaml', text);
    expect(loaded.data).toMatchObject({ version: 1 });
    expect(readings.count).toBe(1);
  });

  it('a manifest with a yaml error is read once and the error keeps its line', () => {
    readings.count = 0;
    const text = `${'\n'.repeat(100)}version: 1\nkeys:\n  a: {\n`;
    expect(() => loadManifest('kms.yaml', text)).toThrow(/kms\.yaml:10[1-4]/);
    expect(readings.count).toBe(1);
  });
});
