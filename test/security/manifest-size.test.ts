// Guard: a manifest under the 1 MiB limit costs linear work. Locating a value indexes each
// mapping once (a scan per lookup made 78,000 keys take minutes), and a manifest holds at most
// 5,000 keys, 5,000 entries per list or mapping and 100,000 values, refused with a located error.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ManifestError } from '../../core/errors.ts';
import { createNodeLocator, type LocatorWork } from '../../core/manifest/create-node-locator.ts';
import { loadManifest, MAX_MANIFEST_BYTES } from '../../core/manifest/load-manifest.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import type { ManifestProblem } from '../../core/manifest/types.ts';
import { generateHostileInputs } from '../../bench/generate-hostile-inputs.ts';

const hostile = generateHostileInputs('111122223333');
const options = { repository: 'acme/infra', manifestPath: 'kms.yaml' };
// Parsing 1 MiB of YAML takes about a second of CPU (`npm run bench` shows it); on a loaded
// machine that can pass vitest's default 5 s budget, which is no statement about speed.
const LARGE_INPUT = { timeout: 60_000 };

function loadProblems(text: string): ManifestProblem[] {
  try {
    loadManifest('kms.yaml', text);
  } catch (error) {
    if (error instanceof ManifestError) return [...error.problems];
    throw error;
  }
  return [];
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('manifest size caps', () => {
  it(
    'refuses a manifest of ~80,000 trivial keys just under 1 MiB at its 5,001st key',
    LARGE_INPUT,
    () => {
      const text = hostile.trivialKeysManifest(hostile.maxTrivialKeys);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_MANIFEST_BYTES);
      expect(hostile.maxTrivialKeys).toBeGreaterThan(78_000);
      const problems = loadProblems(text);
      expect(problems).toEqual([
        {
          message: `\`keys\` declares ${hostile.maxTrivialKeys} keys, over the limit of 5000 keys per manifest (this is key 5001)`,
          file: 'kms.yaml',
          line: lineOf(text, 'k05000:'),
          column: 3,
          path: '',
          hint: 'split the keys across several manifests, e.g. one per account or team',
        },
      ]);
    },
  );

  it('validates a manifest of exactly 5,000 keys', LARGE_INPUT, () => {
    const result = readManifest('kms.yaml', hostile.trivialKeysManifest(5000), options);
    expect(result.ok ? result.desired.keys.length : result.problems[0]).toBe(5000);
  });

  it('refuses a list of more than 5,000 entries at its 5,001st entry', () => {
    const aliases = Array.from({ length: 6000 }, (_, index) => `alias/a${index}`);
    const text = `version: 1\nkeys:\n  a:\n    aliases:\n${aliases.map((alias) => `      - ${alias}\n`).join('')}`;
    expect(loadProblems(text)).toMatchObject([
      {
        message: 'this list has 6000 entries, over the limit of 5000 (this is entry 5001)',
        line: lineOf(text, '- alias/a5000'),
        column: 9,
      },
    ]);
  });

  it(
    'refuses a manifest of more than 100,000 values at the first value past the cap',
    LARGE_INPUT,
    () => {
      const list = Array(4000).fill('1').join(',');
      const text = `version: 1\nkeys:\n${Array.from({ length: 30 }, (_, key) => `  k${key}: { aliases: [${list}] }\n`).join('')}`;
      const problems = loadProblems(text);
      expect(problems).toHaveLength(1);
      // Refused while reading, before the document is built: at a value past the cap.
      expect(problems[0]?.message).toBe(
        'the manifest holds more than 100000 values (scalars, lists and mappings); this one is past the limit',
      );
      // Values 1-4 are the document, `version`, 1 and `keys`; each key brings 4 + 4,000.
      expect(problems[0]?.line).toBe(3 + Math.floor((100_001 - 4) / 4004));
    },
  );

  it('reports the first 100 schema errors and says how many more follow', () => {
    const list = Array(4000).fill('1').join(',');
    const text = `version: 1\ndefaults: { account: "111122223333", region: us-east-1 }\nkeys:\n  a: { aliases: [${list}] }\n`;
    const result = readManifest('kms.yaml', text, options);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)?.message).toBe(
      'more schema errors follow (3900 from here): only the first 100 are reported',
    );
  });
});

describe('locating values in a large manifest', () => {
  it(
    'indexes each mapping once: locating all 5,000 keys visits each entry once',
    LARGE_INPUT,
    () => {
      const text = hostile.trivialKeysManifest(5000);
      const work: LocatorWork = { indexedEntries: 0 };
      const find = createNodeLocator(parseDocument(text), work);
      const names = Array.from(
        { length: 5000 },
        (_, index) => `k${String(index).padStart(5, '0')}`,
      );
      // Where each key starts, in one pass (indexOf per name would make this test quadratic).
      const offsets = new Map<string, number>();
      let offset = 0;
      for (const line of text.split('\n')) {
        const name = /^ {2}(k\d{5}):/.exec(line)?.[1];
        if (name !== undefined) offsets.set(name, offset + 2);
        offset += line.length + 1;
      }
      expect(names.map((name) => find(['keys', name], 'key'))).toEqual(
        names.map((name) => offsets.get(name)),
      );
      // 3 top-level entries (version, defaults, keys) + 5,000 keys, each indexed once.
      expect(work.indexedEntries).toBe(3 + 5000);
    },
  );

  it('locates a missing path at its nearest existing ancestor, and list items by index', () => {
    const text = 'version: 1\nkeys:\n  a:\n    aliases: [alias/x, alias/y]\n';
    const loaded = loadManifest('kms.yaml', text);
    expect(loaded.locate(['keys', 'a', 'aliases', '1'])).toEqual({ line: 4, column: 24 });
    expect(loaded.locate(['keys', 'a', 'missing'])).toEqual({ line: 4, column: 5 });
    expect(loaded.locateKey(['keys', 'a'])).toEqual({ line: 3, column: 3 });
  });
});

describe('refusal while reading, before any document is built', () => {
  /** 5,000 (or `count`) keys written every way YAML allows that the key counter must follow. */
  function trickyManifest(count: number, entry = (name: string) => `  ${name}:\n`): string {
    const lines = [
      '%YAML 1.2',
      '---',
      '# the keys',
      'version: 1',
      'defaults: &defaults',
      '  region: us-east-1',
      'keys:',
    ];
    for (let index = 0; index < count; index += 1) {
      const name = `k${String(index).padStart(5, '0')}`;
      const shape = index % 6;
      if (shape === 0)
        lines.push(
          '  # a comment at the keys indentation',
          `${entry(name)}    description: |`,
          '      not: a key',
          '      looks: like a key',
          ...[],
        );
      else if (shape === 1)
        lines.push(`${entry(name)}    description: "two`, '     lines: quoted"');
      else if (shape === 2)
        lines.push(
          `${entry(name).trimEnd()} { region: us-east-1,`,
          '    account: "111122223333" }',
        );
      else if (shape === 3)
        lines.push(
          `  "${name}":`,
          '    description: plain',
          '     continued, still the description',
        );
      else if (shape === 4)
        lines.push(`${entry(name)}    tags: { a: b }`, '', '    # indented comment');
      else lines.push(`${entry(name)}    description: x`);
    }
    return `${lines.join('\n')}\naccounts: { production: '111122223333' }\n`;
  }

  it(
    'reads 5,000 keys written with comments, block and quoted multi-line strings and flow mappings',
    LARGE_INPUT,
    () => {
      const text = trickyManifest(5000);
      const loaded = loadManifest('kms.yaml', text);
      expect(Object.keys((loaded.data as { keys: object }).keys)).toHaveLength(5000);
    },
  );

  it('refuses the 5,001st of such keys with the exact count, at its line', LARGE_INPUT, () => {
    const text = trickyManifest(5003);
    const problems = loadProblems(text);
    expect(problems).toMatchObject([
      {
        message:
          '`keys` declares 5003 keys, over the limit of 5000 keys per manifest (this is key 5001)',
        line: lineOf(text, 'k05000'),
        column: 3,
      },
    ]);
  });

  it(
    'refuses past the cap without a count when an entry is not a plain `name:` line',
    LARGE_INPUT,
    () => {
      const text = trickyManifest(6000, (name) =>
        name === 'k00007' ? `  &anchor ${name}:\n` : `  ${name}:\n`,
      );
      const problems = loadProblems(text);
      expect(problems).toMatchObject([
        {
          message:
            '`keys` declares more than 5000 keys, over the limit of 5000 keys per manifest (this key is past it)',
          line: lineOf(text, 'k05001'),
        },
      ]);
    },
  );

  it('refuses a flood of empty list items, which hold no scalar, at an item past 100,000 values', () => {
    const text = `version: 1\nkeys: {}\nflood:\n${'-\n'.repeat(150_000)}`;
    expect(text.length).toBeLessThan(MAX_MANIFEST_BYTES);
    const problems = loadProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^the manifest holds more than 100000 values/);
    // Counted from below: each item and each pair's key (3 before the list) is a value, so
    // item 99,998 (line 4 + 99,997) is the first seen past the cap; in full it is value 100,005.
    expect(problems[0]?.line).toBe(4 + 99_997);
  });

  it.each([
    ['# c\n---\nversion: 1\nkeys: {}\n', undefined],
    ['%YAML 1.2\n---\nversion: 1\nkeys: {}\n', undefined],
    ['version: 1\nkeys: {}\n...\n', undefined],
    ['...\n---\nversion: 1\nkeys: {}\n', 2],
    ['version: 1\nkeys: {}\n...\n---\nb: 1\n', 4],
    ['---\n...\n---\n', 3],
  ])('reads %j as one document, or refuses the second at line %s', (text, line) => {
    const problems = loadProblems(text);
    if (line === undefined) expect(problems).toEqual([]);
    else {
      expect(problems).toMatchObject([
        { message: 'the manifest holds more than one YAML document', line, column: 1 },
      ]);
    }
  });

  it('refuses a second document at its `---`, before reading it', () => {
    const text = `version: 1\nkeys: {}\n---\n${'- a\n'.repeat(1000)}`;
    expect(loadProblems(text)).toMatchObject([
      { message: 'the manifest holds more than one YAML document', line: 3, column: 1 },
    ]);
  });
});
