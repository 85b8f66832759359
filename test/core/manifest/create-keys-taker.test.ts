import { describe, expect, it } from 'vitest';
import { Composer, Lexer, Parser, type CST } from 'yaml';
import { createKeysTaker } from '../../../core/manifest/create-keys-taker.ts';

/** The names of the entries each batch takes, and the names left in the parser's tree. */
function takeAll(text: string): { batches: string[][]; left: string[] } {
  const parser = new Parser();
  const take = createKeysTaker();
  const tokens: CST.Token[] = [];
  const batches: string[][] = [];
  const namesOf = (document: CST.Document): string[] => {
    const [composed] = Array.from(new Composer({ merge: true }).compose([document]));
    const data = composed?.toJS({ maxAliasCount: -1 }) as
      { keys?: Record<string, unknown> } | undefined;
    return Object.keys(data?.keys ?? {});
  };
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (lexeme !== '\n') continue;
    const batch = take(parser, tokens);
    if (batch !== undefined) batches.push(namesOf(batch));
  }
  for (const token of parser.end()) tokens.push(token);
  const rest = tokens.find((token): token is CST.Document => token.type === 'document');
  return { batches, left: rest === undefined ? [] : namesOf(rest) };
}

function manifest(entry: (index: number) => string, count = 100, before = ''): string {
  let text = `${before}version: 1\nkeys:\n`;
  for (let index = 0; index < count; index += 1) text += entry(index);
  return `${text}principals: {}\n`;
}

describe('createKeysTaker', () => {
  it('takes complete entries in batches and leaves the last one being read', () => {
    const { batches, left } = takeAll(manifest((index) => `  k${index}: { service: s }\n`));
    expect(batches.length).toBeGreaterThan(0);
    const taken = batches.flat();
    expect(taken).toEqual(Array.from({ length: taken.length }, (_, index) => `k${index}`));
    expect([...taken, ...left]).toEqual(Array.from({ length: 100 }, (_, index) => `k${index}`));
    expect(left).toContain('k99');
  });

  it.each([
    ['an anchor', (index: number) => `  k${index}: &a${index} { service: s }\n`],
    ['an alias', (index: number) => `  k${index}: *shared\n`],
    ['a merge key', (index: number) => `  k${index}:\n    <<: *shared\n    service: s\n`],
    ['a tag', (index: number) => `  k${index}: { service: !!str s }\n`],
    ['an explicit key', (index: number) => `  ? k${index}\n  : { service: s }\n`],
  ])('leaves every entry with %s in the tree', (_, entry) => {
    const { batches, left } = takeAll(manifest(entry, 100, 'shared: &shared { service: s }\n'));
    expect(batches).toEqual([]);
    expect(left).toHaveLength(100);
  });

  it('takes nothing from a document with a directive', () => {
    const { batches } = takeAll(
      manifest((index) => `  k${index}: { service: s }\n`, 100, '%YAML 1.2\n---\n'),
    );
    expect(batches).toEqual([]);
  });

  it('takes nothing from a keys mapping that is not the top-level `keys`', () => {
    const text = manifest((index) => `  k${index}: { service: s }\n`).replace(
      'keys:\n',
      'other:\n',
    );
    expect(takeAll(text).batches).toEqual([]);
  });

  it('takes entries with comments, quoted and block values, and leaves a deeply nested one', () => {
    const deep = `${'['.repeat(200)}x${']'.repeat(200)}`;
    const { batches, left } = takeAll(
      manifest((index) =>
        index === 10
          ? `  k${index}: { service: s, tags: { t: ${deep} } }\n`
          : `  'k${index}': # comment\n    service: "s"\n    description: |\n      text\n`,
      ),
    );
    const taken = batches.flat();
    expect(taken).not.toContain('k10');
    expect(taken).toContain('k11');
    expect(left).toContain('k10');
    expect([...taken, ...left].sort()).toEqual(
      Array.from({ length: 100 }, (_, index) => `k${index}`).sort(),
    );
  });
});
