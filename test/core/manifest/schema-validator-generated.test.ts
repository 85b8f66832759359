import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchemaValidator } from '../../../scripts/render-schema-validator.ts';

describe('core/manifest/generated/validate-kms-schema.js', () => {
  it('is generated from the current schema (regenerate: npm run generate)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '../../../core/manifest/generated/validate-kms-schema.js'),
      'utf8',
    );
    expect(committed === renderSchemaValidator(), 'stale: run npm run generate').toBe(true);
  });
});
