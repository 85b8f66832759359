import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/security.md', 'utf8');
const guardTests = readdirSync('test/security').filter((file) => file.endsWith('.test.ts'));

describe('docs/security.md', () => {
  it.each(guardTests)('names the guard held by test/security/%s', (file) => {
    expect(doc).toContain(`\`${file}\``);
  });

  it('names only guard tests that exist', () => {
    const named = [...doc.matchAll(/`([\w.-]+\.test\.ts)`/g)].map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) {
      const found =
        existsSync(`test/security/${file}`) ||
        readdirSync('test', { recursive: true }).some((entry) => String(entry).endsWith(file));
      expect(found, file).toBe(true);
    }
  });
});
