import { describe, expect, it } from 'vitest';
import {
  MAX_MANIFEST_LINES,
  MAX_YAML_ANCHORS,
  MAX_YAML_BLOCK_SCALARS,
  MAX_YAML_TAGS,
} from '../../../core/manifest/load-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { readYamlDocuments } from '../../../core/manifest/read-yaml-documents.ts';

// yaml builds an Error object (with a stack trace) for every YAML error it finds: one line of
// 1,000,000 `]` was a million errors, 30 s of CPU in `validate`. Each shape below is refused
// by the lexeme scanner before any document is built, so yaml never composes it.

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };
const HEAD = 'version: 1\nkeys:\n  app: { account: "111122223333", region: us-east-1 }\n';

/**
 * `HEAD` then `unit` as many times as fits in 64 KiB: past every cap, yet quick to lex
 * (`npm run bench` reads these shapes at 1 MiB).
 */
function filled(unit: string): string {
  return HEAD + unit.repeat(Math.floor((64 * 1024 - HEAD.length - 1) / unit.length));
}

const cases: { name: string; text: () => string; line: number; column: number; rule: string }[] = [
  {
    name: 'one line of stray `]`',
    text: () => `${filled(']')}\n`,
    line: 4,
    column: 1,
    rule: '`]` closes no flow list',
  },
  {
    name: 'lines of stray `}`',
    text: () => filled('}\n'),
    line: 4,
    column: 1,
    rule: '`}` closes no flow mapping',
  },
  ...[',', '@', '`'].map((character) => ({
    name: `lines that start with \`${character}\``,
    text: () => filled(`${character}\n`),
    line: 4,
    column: 1,
    rule: `cannot start with \`${character}\``,
  })),
  {
    name: 'a `]` after a flow list cut short by its indentation',
    text: () => filled('  b: [\n]\n'),
    line: 5,
    column: 1,
    rule: '`]` closes no flow list',
  },
  {
    name: 'lines of `...` (each one more empty document)',
    text: () => filled('...\n'),
    line: 5,
    column: 1,
    rule: 'more than one YAML document',
  },
  {
    name: 'anchors on nothing',
    text: () => filled('&a\n'),
    line: 4 + MAX_YAML_ANCHORS,
    column: 1,
    rule: `more than ${MAX_YAML_ANCHORS} YAML anchors`,
  },
  {
    name: 'tags on nothing',
    text: () => filled('!t\n'),
    line: 4 + MAX_YAML_TAGS,
    column: 1,
    rule: `more than ${MAX_YAML_TAGS} YAML tags`,
  },
  {
    // 99,990 of them stay under the cap on values and took 2.3 s (one yaml error per line).
    name: 'text block headers holding nothing',
    text: () => filled('|\n'),
    line: 4 + MAX_YAML_BLOCK_SCALARS,
    column: 1,
    rule: `more than ${MAX_YAML_BLOCK_SCALARS} text blocks`,
  },
  {
    // 1 MiB of blank lines took 2.4 s to read (each line lexemes of its own).
    name: 'blank lines',
    text: () => `${HEAD}${'\n'.repeat(MAX_MANIFEST_LINES)}`,
    line: MAX_MANIFEST_LINES + 1,
    column: 1,
    rule: `more than ${MAX_MANIFEST_LINES} lines`,
  },
];

describe('a flood of YAML errors', () => {
  it.each(cases)(
    '$name is refused before any document is built',
    ({ text, line, column, rule }) => {
      const input = text();
      // Refused by the scanner: readYamlDocuments composes documents only from input it accepts.
      expect(readYamlDocuments(input).ok).toBe(false);
      const result = readManifest('kms.yaml', input, OPTIONS);

      expect(result.ok).toBe(false);
      if (result.ok) return;
      // The first problem in the text (others may follow, e.g. too many keys).
      const [problem] = result.problems;
      expect(problem).toMatchObject({ file: 'kms.yaml', line, column });
      expect(problem?.message).toContain(rule);
      expect(problem?.hint).toBeTruthy();
    },
  );

  it('keeps the YAML accepted at the caps and the flow closers that close something', () => {
    const anchors = Array.from(
      { length: MAX_YAML_ANCHORS },
      (_, index) => `  k${index}: &a${index} { account: "111122223333", region: us-east-1 }\n`,
    ).join('');
    const tagged = Array.from({ length: MAX_YAML_TAGS }, () => '!!str a').join(', ');
    const blocks = Array.from(
      { length: MAX_YAML_BLOCK_SCALARS - 1 },
      (_, index) => `    t${index}: |\n      text\n`,
    ).join('');
    // Blank and comment lines up to the cap on lines, with the lines above.
    const spacing = '\n# note\n'.repeat(
      (MAX_MANIFEST_LINES - 3 * MAX_YAML_BLOCK_SCALARS) / 2 - 2 * MAX_YAML_ANCHORS,
    );
    const text = `version: 1\nkeys:\n${anchors}  w:\n    account: '111122223333'\n    region: us-east-1\n    tags:\n${blocks}${spacing}  z: { account: "111122223333", region: us-east-1, aliases: [${tagged}] }\n  y:\n    account: '111122223333'\n    region: us-east-1\n    description: |\n      @team, \`code\`\n    tags: { team: a@b, c: 'x,y' }\n...\n# end\n`;

    const read = readYamlDocuments(text);

    expect(read.ok).toBe(true);
  });
});
