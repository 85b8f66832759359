// Writes docs/manifest.md from schemas/kms.schema.json, the single definition of the
// manifest. test/docs/manifest-reference.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderManifestReference } from './render-manifest-reference.ts';

const target = join(import.meta.dirname, '..', 'docs', 'manifest.md');
writeFileSync(target, renderManifestReference());
console.log(`wrote ${target}`);
