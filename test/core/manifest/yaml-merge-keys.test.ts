// YAML merge keys (`<<: *shared`) share fields between keys. Their sources must be mappings,
// what they expand to is bounded like aliases (a "merge bomb" is refused, located, before
// any data is built), written keys still may not repeat, and a problem in a merged value
// points at the line where that value is written.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestProblem } from '../../../core/manifest/types.ts';

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };
const PREAMBLE = `version: 1
defaults:
  account: '111122223333'
  region: us-east-1
  policy:
    admins: [arn:aws:iam::111122223333:role/kms-admin]
`;

function problemsOf(text: string): ManifestProblem[] {
  const result = readManifest('kms.yaml', text, OPTIONS);
  return result.ok ? [] : result.problems;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('YAML merge keys', () => {
  it('merges an anchored mapping into keys; written fields win, a merge list takes the first source', () => {
    const text = `${PREAMBLE}keys:
  orders:
    <<: &service
      description: shared
      rotation: { enabled: true, period_in_days: 180 }
      tags: { Team: data }
    aliases: [alias/orders]
  billing:
    <<: *service
    description: billing data
    aliases: [alias/billing]
  audit:
    <<: [{ description: audit first }, *service]
`;
    const result = readManifest('kms.yaml', text, OPTIONS);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const byName = new Map(result.desired.keys.map((key) => [key.name, key]));
    expect(byName.get('orders')?.description).toBe('shared');
    expect(byName.get('billing')?.description).toBe('billing data');
    expect(byName.get('billing')?.rotation).toEqual({ enabled: true, periodInDays: 180 });
    expect(byName.get('billing')?.tags['Team']).toBe('data');
    expect(byName.get('audit')?.description).toBe('audit first');
    expect(byName.get('audit')?.aliases).toEqual([]);
  });

  it('locates a bad merged value at the line where it is written, with the path of the key that merges it', () => {
    const text = `${PREAMBLE}keys:
  orders:
    <<: &service
      rotation: { enabled: true, period_in_days: 30 }
      colour: blue
  billing:
    <<: *service
`;
    const problems = problemsOf(text);
    const range = problems.filter((found) => found.message.includes('between 90 and 2560'));
    expect(range.map((found) => [found.path, found.line])).toEqual([
      ['/keys/orders/rotation/period_in_days', lineOf(text, 'period_in_days: 30')],
      ['/keys/billing/rotation/period_in_days', lineOf(text, 'period_in_days: 30')],
    ]);
    // Both lines: where the value is written (the problem's line) and where it is merged.
    expect(range.map((found) => found.message)).toEqual([
      `\`keys.orders.rotation.period_in_days\` must be between 90 and 2560, got 30 (merged by \`<<:\` on line ${lineOf(text, '<<: &service')})`,
      `\`keys.billing.rotation.period_in_days\` must be between 90 and 2560, got 30 (merged by \`<<:\` on line ${lineOf(text, '<<: *service')})`,
    ]);
    const unknown = problems.filter((found) => found.message.includes('`colour`'));
    expect(unknown.map((found) => [found.path, found.line, found.column])).toEqual([
      ['/keys/orders/colour', lineOf(text, 'colour: blue'), 7],
      ['/keys/billing/colour', lineOf(text, 'colour: blue'), 7],
    ]);
  });

  it('still refuses a written field repeated next to a merge key', () => {
    const text = `${PREAMBLE}keys:
  orders:
    <<: { description: merged }
    description: one
    description: two
`;
    expect(problemsOf(text).map((found) => [found.line, found.message])).toEqual([
      [
        lineOf(text, 'description: two'),
        '`description` appears twice in this mapping (first on line 10)',
      ],
    ]);
  });

  it('refuses a merge key whose source is not a mapping, at that source', () => {
    const text = `${PREAMBLE}keys:
  orders:
    description: &text hello
    aliases: [alias/orders]
  billing:
    <<: [*text]
`;
    expect(problemsOf(text)).toMatchObject([
      {
        line: lineOf(text, '<<: [*text]'),
        column: 10,
        message:
          'a YAML merge key (`<<:`) takes a mapping, an alias of a mapping, or a list of them',
      },
    ]);
  });

  it('refuses a merge bomb (few aliases, each level merging and copying the last) before building data', () => {
    const levels = [`  l0: &l0 { ${Array.from({ length: 10 }, (_, i) => `a${i}: x`).join(', ')} }`];
    for (let level = 1; level <= 6; level += 1) {
      const copies = Array.from({ length: 9 }, (_, i) => `c${i}: *l${level - 1}`).join(', ');
      levels.push(`  l${level}: &l${level} { <<: *l${level - 1}, ${copies} }`);
    }
    const text = `${PREAMBLE}keys:\n${levels.join('\n')}\n`;
    // 7 levels of 10 aliases: far under the 200-alias cap, yet ~10^6 values once expanded.
    expect((text.match(/\*/g) ?? []).length).toBeLessThan(200);
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^the manifest expands to more than 100000 values through YAML aliases and merge keys; this alias copies \d+ values$/,
    );
    expect(problems[0]?.line).toBe(lineOf(text, '  l4: &l4'));
  });

  it('refuses plain aliases that copy a large anchor past the value cap', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `t${i}: v`).join(', ');
    const copies = Array.from({ length: 60 }, (_, i) => `  k${i}: { tags: *big }`).join('\n');
    const text = `${PREAMBLE}keys:\n  k: { tags: &big { ${big} } }\n${copies}\n`;
    const problems = problemsOf(text);
    expect(problems.map((found) => found.message)).toEqual([
      'the manifest expands to more than 100000 values through YAML aliases and merge keys; this alias copies 4001 values',
    ]);
    expect(problems[0]?.line).toBe(lineOf(text, '  k23: {'));
  });
});
