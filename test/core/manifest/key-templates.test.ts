// `key_templates:` declares one key per `for_each` entry. Placeholders are replaced only in
// a fixed set of fields, in one pass; the key limit is checked from the counts before any key
// is built; generated names are validated and may not reuse a taken name; and every problem
// of a generated key points at the template's line, with the generated key in its path.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { DesiredKey } from '../../../core/manifest/desired-state.ts';
import type { ManifestProblem } from '../../../core/manifest/types.ts';

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };
const PREAMBLE = `version: 1
defaults:
  account: '111122223333'
  region: us-east-1
  policy:
    admins: [arn:aws:iam::111122223333:role/kms-admin]
`;

function read(text: string): { keys: DesiredKey[]; problems: ManifestProblem[] } {
  const result = readManifest('kms.yaml', text, OPTIONS);
  return result.ok
    ? { keys: result.desired.keys, problems: [] }
    : { keys: [], problems: result.problems };
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

function templateOf(forEach: string, key: string, name = '${each.key}-data'): string {
  return `${PREAMBLE}key_templates:
  data:
    for_each: ${forEach}
    name: ${name}
    key:
${key}
keys:
  audit: { aliases: [alias/audit] }
`;
}

describe('key templates', () => {
  it('declares one key per entry, with placeholders replaced in name, description, aliases, service and tags', () => {
    const text = templateOf(
      '[orders, billing]',
      `      description: Data of \${each.value}
      aliases: ['alias/\${each.key}-data']
      service: \${each.key}
      tags: { Owner: 'team-\${each.key}' }`,
    );
    const { keys, problems } = read(text);
    expect(problems).toEqual([]);
    expect(
      keys.map((key) => [key.name, key.description, key.aliases, key.service, key.tags['Owner']]),
    ).toEqual([
      ['audit', '', ['alias/audit'], undefined, undefined],
      ['orders-data', 'Data of orders', ['alias/orders-data'], 'orders', 'team-orders'],
      ['billing-data', 'Data of billing', ['alias/billing-data'], 'billing', 'team-billing'],
    ]);
    // The key is located at the template's name, where the user wrote it.
    expect(keys[1]?.location.line).toBe(lineOf(text, 'name: ${each.key}-data'));
  });

  it('gives each.value of a mapping entry, and never expands a placeholder inside a value', () => {
    const text = templateOf(
      "{ orders: 'Orders, ${each.key} stays' }",
      '      description: ${each.key} - ${each.value}',
    );
    const { keys, problems } = read(text);
    expect(problems).toEqual([]);
    expect(keys.find((key) => key.name === 'orders-data')?.description).toBe(
      'orders - Orders, ${each.key} stays',
    );
  });

  it('points a problem of a generated key at the template line, naming the generated key', () => {
    const text = templateOf(
      '{ orders: ok, billing: bad value }',
      `      rotation: { enabled: true, period_in_days: 30 }
      aliases: ['alias/\${each.value}']`,
    );
    const { problems } = read(text);
    expect(problems.map((found) => [found.path, found.line, found.message])).toEqual([
      [
        '/keys/orders-data/rotation/period_in_days',
        lineOf(text, 'period_in_days: 30'),
        '`keys.orders-data.rotation.period_in_days` must be between 90 and 2560, got 30 (from `key_templates.data`, entry `orders`)',
      ],
      [
        '/keys/billing-data/rotation/period_in_days',
        lineOf(text, 'period_in_days: 30'),
        '`keys.billing-data.rotation.period_in_days` must be between 90 and 2560, got 30 (from `key_templates.data`, entry `billing`)',
      ],
      [
        '/keys/billing-data/aliases/0',
        lineOf(text, 'aliases:'),
        '`keys.billing-data.aliases[0]` has an invalid format: "alias/bad value" (from `key_templates.data`, entry `billing`)',
      ],
    ]);
  });

  it('refuses a generated name that a written key already has, at the template name', () => {
    const text = templateOf('[audit]', '      description: x', '${each.key}');
    const { problems } = read(text);
    expect(problems).toMatchObject([
      {
        line: lineOf(text, 'name: ${each.key}'),
        message: `\`key_templates.data\` generates the key \`audit\` for the \`for_each\` entry \`audit\`, which \`keys\` (line ${lineOf(text, '  audit:')}) already declares`,
      },
    ]);
  });

  it('refuses a generated name that is not a key name, also one that would be `__proto__`', () => {
    const text = templateOf('[to__]', '      description: x', '__pro${each.key}');
    const { problems } = read(text);
    expect(problems).toMatchObject([
      {
        line: lineOf(text, 'name: __pro'),
        message:
          '`key_templates.data.name` gives "__proto__" for the `for_each` entry `to__`, which is not a valid key name',
      },
    ]);
  });

  it.each([
    [
      'a placeholder in a field that takes none',
      '      policy: { admins: ["${each.key}"] }',
      '"${each.key}"]',
      '`policy.admins[0]` holds a placeholder, which is not replaced there',
    ],
    [
      'an unknown placeholder',
      '      description: ${each.name}',
      'description:',
      '`${each.name}` is not a placeholder',
    ],
    [
      'a placeholder in a tag name',
      '      tags: { "${each.key}": x }',
      'tags:',
      'the field name `${each.key}` holds a placeholder, which is not replaced there',
    ],
  ])('refuses %s, at its line', (_, body, needle, message) => {
    const text = templateOf('[orders]', body);
    const { problems } = read(text);
    expect(problems).toMatchObject([{ line: lineOf(text, needle), message }]);
  });

  it('counts generated keys against the 5,000-key limit before building any', () => {
    const entries = (prefix: string): string =>
      `[${Array.from({ length: 3000 }, (_, index) => `${prefix}${index}`).join(', ')}]`;
    const text = `${PREAMBLE}key_templates:
  first: { for_each: ${entries('a')}, name: '\${each.key}', key: {} }
  second: { for_each: ${entries('b')}, name: '\${each.key}', key: {} }
keys:
  audit: {}
`;
    const { problems } = read(text);
    expect(problems).toMatchObject([
      {
        line: lineOf(text, '  second:'),
        message:
          '`key_templates.second` declares 3000 keys, which with the 3001 keys before it is over the limit of 5000 keys per manifest',
      },
    ]);
  });

  it('bounds the values a template generates (entries times the size of its key)', () => {
    const entries = `[${Array.from({ length: 3000 }, (_, index) => `k${index}`).join(', ')}]`;
    const tags = Array.from({ length: 20 }, (_, index) => `t${index}: v`).join(', ');
    const text = `${PREAMBLE}key_templates:
  wide:
    for_each: ${entries}
    name: '\${each.key}'
    key: { tags: { ${tags} } }
keys:
  audit: {}
`;
    const { problems } = read(text);
    expect(problems).toMatchObject([
      {
        line: lineOf(text, '    key: { tags:'),
        message:
          '`key_templates.wide` would generate 132000 values (3000 keys of 43 values each), over the limit of 100000',
      },
    ]);
  });

  it('bounds the values all templates generate together, not each template alone', () => {
    const entries = `[${Array.from({ length: 1500 }, (_, index) => `k${index}`).join(', ')}]`;
    const tags = Array.from({ length: 25 }, (_, index) => `t${index}: v`).join(', ');
    const template = (name: string) => `  ${name}:
    for_each: ${entries}
    name: '${name}-\${each.key}'
    key: { tags: { ${tags} } }
`;
    const text = `${PREAMBLE}key_templates:
${template('one')}${template('two')}${template('three')}keys:
  audit: {}
`;
    const { problems } = read(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(
      'which with the templates before it is over the limit of 100000',
    );
  });

  it('measures a generated name by its placeholders, not every character times the longest entry', () => {
    const long = 'v'.repeat(250);
    const entries = Array.from({ length: 2100 }, (_, index) => `      k${index}: ${long}`).join(
      '\n',
    );
    const text = `${PREAMBLE}key_templates:
  data:
    for_each:
${entries}
    name: '\${each.key}-data'
    key: { description: d }
keys:
  audit: {}
`;
    const { keys, problems } = read(text);
    expect(problems).toEqual([]);
    expect(keys).toHaveLength(2101);
  });

  it('refuses a template whose name does not use ${each.key} (every key would get one name)', () => {
    const text = templateOf('[orders, billing]', '      description: x', 'fixed');
    const { problems } = read(text);
    expect(problems.map((found) => [found.line, found.path])).toEqual([
      [lineOf(text, 'name: fixed'), '/key_templates/data/name'],
    ]);
  });
});

describe('key templates and renames', () => {
  it('takes a placeholder in moved_from, so a template rename keeps each key', () => {
    const text = templateOf('[orders, billing]', '      moved_from: old-${each.key}');
    const { keys, problems } = read(text);
    expect(problems).toEqual([]);
    expect(keys.map((key) => [key.name, key.movedFrom])).toEqual([
      ['audit', undefined],
      ['orders-data', 'old-orders'],
      ['billing-data', 'old-billing'],
    ]);
  });
});

describe('key templates against written keys', () => {
  it('compile 19 service keys exactly as the same keys written out, in a tenth of the lines', () => {
    const services = Array.from({ length: 19 }, (_, index) => `svc${index}`);
    const body = (name: string, indent: string): string =>
      [
        `description: Data key of the ${name} service`,
        `service: ${name}`,
        'environment: production',
        `aliases: ['alias/${name}-data']`,
        `tags: { Owner: 'team-${name}' }`,
        'rotation: { enabled: true, period_in_days: 180 }',
        'deletion_window_in_days: 30',
        'policy:',
        '  users: [arn:aws:iam::111122223333:role/app]',
        '  via_service: [s3, sqs]',
      ].join(`\n${indent}`);
    const written = `${PREAMBLE}keys:\n${services
      .map((name) => `  ${name}-data:\n    ${body(name, '    ')}`)
      .join('\n')}\n`;
    const templated = `${PREAMBLE}key_templates:
  data:
    for_each: [${services.join(', ')}]
    name: \${each.key}-data
    key:
      ${body('${each.key}', '      ')}
keys: {}
`;
    const a = read(written);
    const b = read(templated);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    const withoutLocation = (keys: DesiredKey[]): unknown[] =>
      keys.map((key) => ({ ...key, location: undefined }));
    expect(b.keys).toHaveLength(19);
    expect(withoutLocation(b.keys)).toEqual(withoutLocation(a.keys));
    expect([written.split('\n').length, templated.split('\n').length]).toEqual([217, 23]);
  });
});

describe('key templates: text bounds', () => {
  it('refuses a field that could grow past 8,192 characters once replaced, before replacing', () => {
    const values = `{ a: '${'x'.repeat(256)}' }`;
    const text = templateOf(values, `      description: '${'${each.value}'.repeat(40)}'`);
    const { problems } = read(text);
    expect(problems).toMatchObject([
      {
        line: lineOf(text, 'description:'),
        message: `\`description\` may be ${13 * 40 + 40 * 256} characters long once its placeholders are replaced, over the limit of 8192`,
      },
    ]);
  });

  it('bounds the text all templates generate (a placeholder bomb of many entries and long values)', () => {
    const entries = Array.from({ length: 3000 }, (_, index) => `k${index}: '${'v'.repeat(250)}'`);
    const text = templateOf(
      `{ ${entries.join(', ')} }`,
      `      description: '${'${each.value}'.repeat(30)}'`,
    );
    const { problems } = read(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^`key_templates\.data` could generate \d+ characters of text \(3000 keys of up to \d+ each\), which with the templates before it is over the limit of 8388608$/,
    );
    expect(problems[0]?.line).toBe(lineOf(text, '      description:'));
  });
});
