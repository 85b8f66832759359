import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../core/manifest/read-manifest.ts';

const PREAMBLE = `version: 1
defaults:
  account: '111122223333'
  region: us-east-1
  policy:
    admins: [arn:aws:iam::111122223333:role/kms-admin]
`;

/** The YAML samples of docs/templates.md, each read as the keys of a manifest. */
function samples(): string[] {
  const doc = readFileSync('docs/templates.md', 'utf8');
  return [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

describe('docs/templates.md', () => {
  it('has samples that are valid manifests, declaring the keys the text says', () => {
    const names = samples().map((sample) => {
      const result = readManifest('kms.yaml', PREAMBLE + sample, {
        repository: 'acme/kms',
        manifestPath: 'kms.yaml',
      });
      if (!result.ok) throw new Error(result.problems.map((found) => found.message).join('\n'));
      return result.desired.keys.map((key) => key.name);
    });
    expect(names).toEqual([
      ['orders', 'billing'],
      ['audit', 'orders-data', 'billing-data', 'users-data', 'payments-data', 'search-data'],
    ]);
  });
});
