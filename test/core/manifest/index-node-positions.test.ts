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
});
