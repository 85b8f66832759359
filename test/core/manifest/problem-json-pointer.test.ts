// A manifest problem's `path` is a JSON pointer into the manifest (docs/json-output.md): RFC
// 6901 writes `~` as `~0` and `/` as `~1` in each reference token, so a name holding `/` (a
// tag key `team/owner`, a condition key `aws:PrincipalTag/team`) is one token, not two. Each
// place that reports a problem (schema validation, template expansion, compilation) must
// encode it, and the pointer must resolve to the value the problem is about.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { toJsonPointer } from '../../../core/manifest/to-json-pointer.ts';
import { runCliCaptured } from '../../cli/run-cli-helper.ts';

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };

/** RFC 6901 section 4: the value `pointer` names in `document`; `undefined` when none. */
function resolve(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let current = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

function problemsOf(text: string): { path: string; line: number }[] {
  const result = readManifest('kms.yaml', text, OPTIONS);
  if (result.ok) throw new Error('the manifest was expected to be invalid');
  return result.problems;
}

describe('toJsonPointer', () => {
  it('encodes ~ and / in each token, ~ first', () => {
    expect(toJsonPointer([])).toBe('');
    expect(toJsonPointer(['keys', 'k1', 'aliases', 0])).toBe('/keys/k1/aliases/0');
    expect(toJsonPointer(['tags', 'team/owner'])).toBe('/tags/team~1owner');
    expect(toJsonPointer(['a~1b', '~', '/', ''])).toBe('/a~01b/~0/~1/');
  });
});

describe('manifest problem paths', () => {
  it('schema validation: a tag key with / is one token', () => {
    const text = `version: 1
accounts: { production: "111122223333" }
keys:
  k1:
    account: production
    region: us-east-1
    tags: { "team/owner": "bad\\u0001value" }
`;
    const problems = problemsOf(text);
    expect(problems.map((problem) => problem.path)).toEqual(['/keys/k1/tags/team~1owner']);
    expect(resolve(parse(text), problems[0]?.path ?? '')).toBe('bad\u0001value');
  });

  it('template expansion: a tag key with / and a placeholder is one token', () => {
    const text = `version: 1
accounts: { production: "111122223333" }
key_templates:
  t:
    for_each: [a, b]
    name: "k-\${each.key}"
    key:
      account: production
      region: us-east-1
      tags: { "team/\${each.key}": x }
`;
    const problems = problemsOf(text);
    expect(problems.map((problem) => problem.path)).toEqual([
      '/key_templates/t/key/tags/team~1${each.key}',
    ]);
    expect(resolve(parse(text), problems[0]?.path ?? '')).toBe('x');
  });

  it('compilation: a raw policy condition key with / and ~ is one token', () => {
    const text = `version: 1
accounts: { production: "111122223333" }
keys:
  k1:
    account: production
    region: us-east-1
    policy:
      document:
        Version: "2012-10-17"
        Statement:
          - Sid: A
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::111122223333:root" }
            Action: "kms:*"
            Resource: "*"
            Condition: { StringEquals: { "aws:PrincipalTag/te~am": { a: 1 } } }
`;
    const problems = problemsOf(text);
    expect(problems.map((problem) => problem.path)).toEqual([
      '/keys/k1/policy/document/Statement/0/Condition/StringEquals/aws:PrincipalTag~1te~0am',
    ]);
    expect(resolve(parse(text), problems[0]?.path ?? '')).toEqual({ a: 1 });
    // Located at the value's line, so the pointer was read back consistently.
    expect(problems[0]?.line).toBe(16);
  });
});

describe('validate --format json', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kms-json-pointer-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the encoded pointer', async () => {
    const file = join(dir, 'kms.yaml');
    await writeFile(
      file,
      `version: 1
accounts: { production: "111122223333" }
keys:
  k1:
    account: production
    region: us-east-1
    tags: { "team/owner": "bad\\u0001value" }
`,
    );
    const run = await runCliCaptured(['validate', '-f', file, '--format', 'json']);
    expect(run.code).toBe(2);
    const errors = (JSON.parse(run.stdout) as { errors: { path: string }[] }).errors;
    expect(errors.map((error) => error.path)).toEqual(['/keys/k1/tags/team~1owner']);
  });
});
