import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../../bench/generate-manifest.ts';
import { generateWorstValidManifests } from '../../../bench/generate-worst-valid-manifests.ts';
import { runLint } from '../../../core/lint/run-lint.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const ACCOUNT = '123456789012';
const SAMPLE_KEYS = 40;

/** The header and the first `SAMPLE_KEYS` keys of a one-line-per-key worst manifest. */
function sampleOf(text: string): string {
  const [header = '', body = ''] = text.split(/^keys:\n/m);
  return `${header}keys:\n${body.split('\n').slice(0, SAMPLE_KEYS).join('\n')}\n`;
}

function findingsOf(text: string) {
  const read = readManifest('kms.yaml', text, {
    repository: 'acme/bench',
    manifestPath: 'kms.yaml',
  });
  if (!read.ok) throw new Error(read.problems[0]?.message ?? 'refused');
  return runLint(read.desired);
}

// The lint of the worst valid manifests is tuned for speed: its findings must stay exactly
// these (every rule, message, path and line), whatever the evaluator shares or caches.
describe('findings of samples of the worst valid manifests', () => {
  const worst = generateWorstValidManifests(ACCOUNT);
  for (const index of [0, 1, 2]) {
    const manifest = worst[index];
    if (manifest === undefined) continue;
    it(`stay the same for ${manifest.label}`, () => {
      expect(findingsOf(sampleOf(manifest.text()))).toMatchSnapshot();
    });
  }
  it('stay the same for realistic keys in block style', () => {
    expect(findingsOf(generateManifest(SAMPLE_KEYS, ACCOUNT))).toMatchSnapshot();
  });
});
