// Writes core/manifest/generated/validate-kms-schema.js from schemas/kms.schema.json.
// test/core/manifest/schema-validator-generated.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaValidator } from './render-schema-validator.ts';

const target = join(
  import.meta.dirname,
  '..',
  'core',
  'manifest',
  'generated',
  'validate-kms-schema.js',
);
writeFileSync(target, renderSchemaValidator());
console.log(`wrote ${target}`);
