import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_MANIFEST_BYTES } from '../../../core/manifest/load-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestProblem } from '../../../core/manifest/types.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/invalid/', import.meta.url));
const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };

/** `# expect: line 12, column 5: did you mean \`period_in_days\`` (column optional). */
interface Expectation {
  line: number;
  column?: number;
  fragment: string;
}

const EXPECT = /^# expect: line (\d+)(?:, column (\d+))?: (.+)$/;

/** Reads the expectations from the fixture's leading comment, in the file's own encoding. */
function expectationsOf(bytes: Uint8Array): Expectation[] {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
  const expectations: Expectation[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
    if (!line.startsWith('#')) break;
    const match = EXPECT.exec(line.trimEnd());
    if (match === null) continue;
    expectations.push({
      line: Number(match[1]),
      ...(match[2] === undefined ? {} : { column: Number(match[2]) }),
      fragment: match[3]!,
    });
  }
  return expectations;
}

/** What every problem must look like, whatever the input: located, readable, no internals. */
function expectWellFormed(problems: readonly ManifestProblem[], file: string): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.trim()).not.toBe('');
    for (const text of [problem.message, problem.hint ?? '']) {
      expect(text).not.toMatch(/undefined|\[object Object\]|\bNaN\b|\n\s+at /);
      expect(text).not.toMatch(/\b(TypeError|ReferenceError|RangeError)\b/);
    }
  }
}

function show(problems: readonly ManifestProblem[]): string {
  return problems
    .map((problem) => `  ${problem.line}:${problem.column} ${problem.message}`)
    .join('\n');
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

describe('the invalid manifest corpus', () => {
  it('holds a realistic mistake per file, at least 45 of them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
  });

  it.each(fixtures)('%s is refused with a located problem as its comment expects', (name) => {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}${name}`));
    const expectations = expectationsOf(bytes);
    expect(expectations, 'the fixture declares `# expect: line N: fragment`').not.toHaveLength(0);

    const result = readManifest(name, bytes, OPTIONS);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectWellFormed(result.problems, name);
    for (const expected of expectations) {
      const found = result.problems.find(
        (problem) =>
          problem.line === expected.line &&
          (expected.column === undefined || problem.column === expected.column) &&
          `${problem.message} (${problem.hint ?? ''})`.includes(expected.fragment),
      );
      expect(
        found,
        `expected line ${expected.line}${expected.column === undefined ? '' : `:${expected.column}`} "${expected.fragment}", got\n${show(result.problems)}`,
      ).toBeDefined();
    }
  });
});

describe('inputs generated rather than committed', () => {
  const cases: { name: string; content: () => string | Uint8Array; fragment: string }[] = [
    { name: 'an empty file', content: () => new Uint8Array(0), fragment: 'the manifest is empty' },
    { name: 'blank lines only', content: () => '\n  \n\n', fragment: 'the manifest is empty' },
    {
      name: 'a file over 1 MiB',
      content: () => {
        const key = (index: number): string =>
          `  key-${index}:\n    account: '111122223333'\n    region: us-east-1\n    description: ${'x'.repeat(200)}\n`;
        let text = 'version: 1\nkeys:\n';
        for (let index = 0; text.length <= MAX_MANIFEST_BYTES; index += 1) text += key(index);
        return new TextEncoder().encode(text);
      },
      fragment: 'over the 1 MiB',
    },
    {
      name: 'lists nested 20,000 levels deep (the parser runs out of stack)',
      content: () => `version: 1\nkeys: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      fragment: 'too deeply',
    },
    {
      name: 'a flood of aliases (each one costs the parser a walk of the document)',
      content: () => {
        let text = 'version: 1\nkeys:\n';
        for (let index = 0; index < 5_000; index += 1) {
          text += `  k${index}: &a${index} { region: us-east-1 }\n  c${index}: *a${index}\n`;
        }
        return text;
      },
      fragment: 'more than 200 YAML aliases',
    },
    {
      name: 'a UTF-16 file without a byte order mark',
      content: () => new Uint8Array(Buffer.from('version: 1\nkeys: {}\n', 'utf16le')),
      fragment: 'U+0000',
    },
  ];

  // How fast they are refused is measured by `npm run bench`; the caps that keep it fast are
  // tested where they are enforced (e.g. yaml-error-flood.test.ts).
  it.each(cases)('$name is refused with a located problem', ({ content, fragment }) => {
    const input = content();

    const result = readManifest('kms.yaml', input, OPTIONS);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectWellFormed(result.problems, 'kms.yaml');
    expect(result.problems.map((problem) => problem.message).join('\n')).toContain(fragment);
  });
});
