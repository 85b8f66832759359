import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, type Node as YamlNode } from 'yaml';
import { createNodeLocator } from '../../../core/manifest/create-node-locator.ts';
import { indexNodePositions } from '../../../core/manifest/index-node-positions.ts';

const TEXT = `keys:
  app:
    aliases: [alias/a, "alias/b"]
    policy:
      users:
        - arn:aws:iam::111122223333:role/a
        - { principals: [x, y], actions: [Decrypt] }
      document:
    tags: { "1": one, __proto__: p, Team: t }
    empty:
    list: []
`;

describe('indexNodePositions', () => {
  const document = parseDocument(TEXT);
  const keys = document.contents;
  if (!isMap(keys)) throw new Error('not a mapping');
  const app = keys.get('keys', true);
  if (!isMap(app)) throw new Error('not a mapping');
  const value = app.get('app', true) as YamlNode;
  const positions = indexNodePositions(value);
  const locator = createNodeLocator(document);

  const paths: string[][] = [
    [],
    ['aliases'],
    ['aliases', '1'],
    ['aliases', '2'],
    ['aliases', 'x'],
    ['policy', 'users', '0'],
    ['policy', 'users', '1', 'principals', '1'],
    ['policy', 'users', '1', 'actions'],
    ['policy', 'users', '1', 'missing', 'below'],
    ['policy', 'document'],
    ['policy', 'document', 'Statement'],
    ['tags', '1'],
    ['tags', '__proto__'],
    ['tags', 'Team'],
    ['tags', 'Team', 'below'],
    ['empty'],
    ['list', '0'],
    ['no-such-field'],
  ];

  it.each(paths)('finds %j where the document locator does, key and value', (...path) => {
    // The node's own key is its parent's to know: below it, both.
    for (const want of path.length === 0 ? (['value'] as const) : (['key', 'value'] as const)) {
      const expected = locator(['keys', 'app', ...path], want);
      expect(positions.find(path, want, positions.offset ?? 0)).toBe(expected);
    }
  });

  it('gives the node its own offset', () => {
    expect(positions.offset).toBe(value.range?.[0]);
    expect(indexNodePositions(null).offset).toBeUndefined();
  });

  it('finds every entry of small and large mappings, the first of a repeated name', () => {
    // A repeated name cannot be loaded (refused as a duplicate), but the index must still agree.
    for (const size of [3, 16, 17, 40]) {
      const names = Array.from({ length: size }, (_, index) => `n${index % (size - 1)}`);
      const text = `keys:\n  app:\n${names.map((name, index) => `    ${name}: { v: ${index} }\n`).join('')}`;
      const document = parseDocument(text, { uniqueKeys: false });
      const root = document.contents;
      const keys = isMap(root) ? root.get('keys', true) : undefined;
      const node = isMap(keys) ? (keys.get('app', true) as YamlNode) : undefined;
      const found = indexNodePositions(node);
      const locate = createNodeLocator(document);
      for (const name of [...new Set(names), 'absent']) {
        for (const want of ['key', 'value'] as const) {
          expect(found.find([name, 'v'], want, found.offset ?? 0)).toBe(
            locate(['keys', 'app', name, 'v'], want),
          );
          expect(found.find([name], want, found.offset ?? 0)).toBe(
            locate(['keys', 'app', name], want),
          );
        }
      }
    }
  });
});
