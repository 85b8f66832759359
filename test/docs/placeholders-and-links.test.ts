import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = ['README.md', ...readdirSync('docs').map((name) => `docs/${name}`)].filter((path) =>
  path.endsWith('.md'),
);
const WORKFLOWS = readdirSync('examples/workflows').map((name) => `examples/workflows/${name}`);
/** `uses: acme/kms-action@v1` or any owner and ref: this repository's Action. */
const USES_THIS_ACTION = /^\s*(?:-\s+)?uses:\s*[\w.-]+\/kms-action@\S+/;
/** Files whose owners (other work in progress) add the placeholder note themselves. */
const NOTE_PENDING = new Set(['docs/action.md']);

describe('placeholders', () => {
  it.each(WORKFLOWS)('%s says that its uses: of this Action is a placeholder', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const uses = lines.flatMap((line, index) => (USES_THIS_ACTION.test(line) ? [index] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const index of uses)
      expect(lines[index - 1] ?? '', `${file}:${String(index + 1)}`).toMatch(/^\s*# .*placeholder/);
  });

  it.each(DOCS.filter((file) => !NOTE_PENDING.has(file)))(
    '%s says acme/kms-action is a placeholder wherever it uses it',
    (file) => {
      const text = readFileSync(file, 'utf8');
      if (text.includes('acme/kms-action@'))
        expect(text).toMatch(/acme\/kms-action@v1[^\n]*placeholder/);
    },
  );
});

describe('relative links of the docs', () => {
  it.each(DOCS)('%s links only to files that exist', (file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/\]\((?!https?:|mailto:|#)([^)\s#]+)(?:#[^)]*)?\)/g)].map(
      (match) => match[1] ?? '',
    );
    for (const target of targets)
      expect(existsSync(join(dirname(file), target)), `${file} -> ${target}`).toBe(true);
  });
});
