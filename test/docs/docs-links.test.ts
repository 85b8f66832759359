import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCES = ['core', 'action', 'app', 'cli', 'adapters'];
const LINK = /blob\/main\/(docs\/[a-z-]+\.md)#([a-z0-9-]+)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchorsOf(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
      (match[1] ?? '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe('links from messages to the docs', () => {
  const files = SOURCES.flatMap(sourceFiles);

  it('every docs link of a message points to a heading that exists', () => {
    const links = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(LINK)].map((match) => ({
        file,
        doc: match[1] ?? '',
        anchor: match[2] ?? '',
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(anchorsOf(readFileSync(link.doc, 'utf8')), link.file).toContain(link.anchor);
  });

  it('no message says "see docs" without a link', () => {
    for (const file of files)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\(see (the )?docs\)/i);
  });
});
