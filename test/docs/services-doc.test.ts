import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/services.md', 'utf8');
const GOLDEN = 'test/core/policy/services';
const goldens = readdirSync(GOLDEN).filter((file) => file.endsWith('.json'));
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (match) => JSON.parse(match[1] ?? '') as unknown,
);

describe('docs/services.md', () => {
  it.each(goldens)('shows the generated statements of %s as they are', (file) => {
    const golden = JSON.parse(readFileSync(`${GOLDEN}/${file}`, 'utf8')) as unknown;
    expect(blocks).toContainEqual(golden);
  });
});
