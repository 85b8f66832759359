// Attacks on the duplicate checks through `key_templates:` and YAML merge keys: expansion must
// not produce a key, alias, moved_from or ownership tag that collides with another and slips
// past the checks a written manifest gets, nor a value past the schema's caps.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestProblem } from '../../../core/manifest/types.ts';

const PREAMBLE = `version: 1
defaults:
  account: '111122223333'
  region: us-east-1
  policy:
    admins: [arn:aws:iam::111122223333:role/kms-admin]
`;

function problemsOf(text: string): ManifestProblem[] {
  const result = readManifest('kms.yaml', text, {
    repository: 'acme/kms',
    manifestPath: 'kms.yaml',
  });
  return result.ok ? [] : result.problems;
}

describe('key templates and merge keys cannot bypass the duplicate checks', () => {
  it.each([
    [
      'one alias for every generated key',
      `key_templates:
  data:
    for_each: [orders, billing]
    name: \${each.key}-data
    key: { aliases: [alias/shared] }
keys: {}
`,
      /alias `alias\/shared` is used by keys `orders-data` and `billing-data`/,
    ],
    [
      'a generated alias that a written key declares',
      `key_templates:
  data:
    for_each: [orders]
    name: \${each.key}-data
    key: { aliases: ['alias/\${each.key}'] }
keys:
  audit: { aliases: [alias/orders] }
`,
      /alias `alias\/orders` is used by keys `audit` and `orders-data`/,
    ],
    [
      'two templates generating one name',
      `key_templates:
  a:
    for_each: [x]
    name: \${each.key}-data
    key: { description: a }
  b:
    for_each: [x]
    name: \${each.key}-data
    key: { description: b }
keys: {}
`,
      /`key_templates.b` generates the key `x-data` .* which `key_templates.a` already declares/,
    ],
    [
      'a generated moved_from shared by two keys',
      `key_templates:
  data:
    for_each: [orders, billing]
    name: \${each.key}-data
    key: { moved_from: legacy }
keys: {}
`,
      /both have `moved_from: legacy`/,
    ],
    [
      'a generated moved_from naming a written key',
      `key_templates:
  data:
    for_each: [audit]
    name: \${each.key}-data
    key: { moved_from: '\${each.key}' }
keys:
  audit: { description: kept }
`,
      /`audit` is still a key of this manifest/,
    ],
    [
      'an ownership tag from a template',
      `key_templates:
  data:
    for_each: [orders]
    name: \${each.key}-data
    key: { tags: { 'kms-action:manifest': 'acme/other/kms.yaml' } }
keys: {}
`,
      /`kms-action:manifest` is not a valid name in `keys.orders-data.tags`/,
    ],
    [
      'an ownership tag merged in with a YAML merge key',
      `x-tags: &owned { 'kms-action:key': victim }
keys:
  audit: { tags: { <<: *owned, Team: a } }
`,
      /`kms-action:key` is not a valid name in `keys.audit.tags` \(merged by `<<:`/,
    ],
    [
      'a description grown past the schema cap by a placeholder',
      `key_templates:
  data:
    for_each: { orders: '${'a'.repeat(256)}' }
    name: \${each.key}-data
    key: { description: '${'b'.repeat(8000)}\${each.value}' }
keys: {}
`,
      /`description` may be 8269 characters long once its placeholders are replaced, over the limit of 8192/,
    ],
  ])('refuses %s', (_, body, message) => {
    const problems = problemsOf(PREAMBLE + body);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(message);
  });
});
