import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKeys } from '../../../core/policy/find-duplicate-json-keys.ts';

// RFC 8259 section 4: "The names within an object SHOULD be unique"; when they are not, "the
// behavior of software that receives such an object is unpredictable" (JSON.parse keeps the
// last value, other readers the first, some refuse the text).
describe('findDuplicateJsonKeys (RFC 8259 section 4, duplicate names)', () => {
  it('reports the line and column of the second occurrence, and of the first', () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    { "Sid": "A", "Effect": "Allow" },',
      '    {',
      '      "Effect": "Deny",',
      '      "Effect": "Allow"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    expect(JSON.parse(text)).toMatchObject({ Statement: [{}, { Effect: 'Allow' }] });
    expect(findDuplicateJsonKeys(text)).toEqual([
      {
        name: 'Effect',
        objectPath: ['Statement', 1],
        line: 7,
        column: 7,
        first: { line: 6, column: 7 },
      },
    ]);
  });

  it.each([
    ['at the top level', '{"Version":"2012-10-17","Version":"2008-10-17"}', [[], 'Version']],
    [
      'in a condition block',
      '{"Statement":[{"Condition":{"Bool":{"aws:SecureTransport":"true"},"Bool":{}}}]}',
      [['Statement', 0, 'Condition'], 'Bool'],
    ],
    [
      'in a condition operator (the least-privilege value is silently dropped)',
      '{"Statement":{"Condition":{"StringEquals":{"kms:CallerAccount":"1","kms:CallerAccount":"2"}}}}',
      [['Statement', 'Condition', 'StringEquals'], 'kms:CallerAccount'],
    ],
    [
      'spelt with escapes',
      '{"Statement":[{},{"Action":"kms:Decrypt","\\u0041ction":"kms:*"}]}',
      [['Statement', 1], 'Action'],
    ],
  ] as const)('finds a name repeated %s', (_name, text, [objectPath, name]) => {
    expect(findDuplicateJsonKeys(text)).toEqual([expect.objectContaining({ objectPath, name })]);
  });

  it.each([
    ['the same name in sibling objects', '[{"Sid":"a"},{"Sid":"b"}]'],
    ['a name as a string value', '{"Sid":"Sid","Effect":"Sid"}'],
    ['structure characters inside strings', '{"a":"\\"a\\":{,}[]","b":"\\\\","c":1}'],
    ['a name in a nested object and its parent', '{"a":{"a":{"a":1}}}'],
    ['names that differ only in case', '{"Effect":"Allow","effect":"Deny"}'],
  ])('ignores %s', (_name, text) => {
    expect(findDuplicateJsonKeys(text)).toEqual([]);
  });

  it('reports each later occurrence against the first one', () => {
    const duplicates = findDuplicateJsonKeys('{"a":1,\n"a":2,\n"a":3}');
    expect(duplicates.map((entry) => [entry.line, entry.first.line])).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });
  // Nesting depth and the bound on reports: test/security/repeated-policy-name.test.ts.
});
