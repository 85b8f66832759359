import { describe, expect, it } from 'vitest';
import { ManifestError } from '../../../core/errors.ts';
import { checkManifestDocument } from '../../../core/manifest/check-manifest-document.ts';
import { createNodeLocator } from '../../../core/manifest/create-node-locator.ts';
import { loadManifest, type LoadedManifest } from '../../../core/manifest/load-manifest.ts';
import { positionInText } from '../../../core/manifest/position-in-text.ts';
import { readYamlDocuments } from '../../../core/manifest/read-yaml-documents.ts';
import type { DocumentPath, ManifestProblem } from '../../../core/manifest/types.ts';

/**
 * `loadManifest` composes the entries of a large `keys:` mapping in batches while it parses
 * (and drops each batch's document): the data, every position and every problem must be
 * those of the whole document composed at once, which this file rebuilds from the same parts.
 */
function loadWhole(text: string): LoadedManifest | ManifestProblem[] {
  const at = positionInText(text);
  const read = readYamlDocuments(text);
  if (!read.ok) throw new Error('refused by the scanner');
  try {
    const { document, data } = checkManifestDocument('kms.yaml', text, read.documents, at);
    const find = createNodeLocator(document);
    return {
      file: 'kms.yaml',
      data,
      locate: (path) => at(find(path, 'value')),
      locateKey: (path) => at(find(path, 'key')),
    };
  } catch (error) {
    if (error instanceof ManifestError) return [...error.problems];
    throw error;
  }
}

function load(text: string): LoadedManifest | ManifestProblem[] {
  try {
    return loadManifest('kms.yaml', text);
  } catch (error) {
    if (error instanceof ManifestError) return [...error.problems];
    throw error;
  }
}

/** Every path to a value of `data`, and one missing field below each mapping. */
function pathsOf(data: unknown, path: DocumentPath = []): DocumentPath[] {
  const paths: DocumentPath[] = [path];
  if (Array.isArray(data)) {
    data.forEach((item: unknown, index) => paths.push(...pathsOf(item, [...path, String(index)])));
  } else if (typeof data === 'object' && data !== null) {
    paths.push([...path, 'no-such-field', 'below']);
    for (const [name, value] of Object.entries(data))
      paths.push(...pathsOf(value, [...path, name]));
  }
  return paths;
}

/** Member order matters (keys are planned in manifest order): compare it too. */
function orderOf(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(orderOf);
  if (typeof data !== 'object' || data === null) return data;
  return Object.entries(data).map(([name, value]) => [name, orderOf(value)]);
}

/** Batches `loadManifest` composes on its own for `text`. */
function batchesOf(text: string): number {
  let batches = 0;
  readYamlDocuments(text, () => {
    batches += 1;
  });
  return batches;
}

function expectSameReading(text: string): void {
  const whole = loadWhole(text);
  const batched = load(text);
  if (Array.isArray(whole)) {
    expect(batched).toEqual(whole);
    return;
  }
  if (Array.isArray(batched)) throw new Error(`refused: ${batched[0]?.message ?? ''}`);
  expect(orderOf(batched.data)).toEqual(orderOf(whole.data));
  for (const path of pathsOf(whole.data)) {
    expect({ path, at: batched.locate(path) }).toEqual({ path, at: whole.locate(path) });
    expect({ path, at: batched.locateKey(path) }).toEqual({ path, at: whole.locateKey(path) });
  }
}

const HEADER = `# a manifest\n---\nversion: 1\ndefaults: { account: "111122223333", region: us-east-1 }\nkeys:\n`;

function blockKey(index: number): string {
  return [
    `  svc-${index}:`,
    `    # the key's own comment`,
    `    environment: ${index % 2 === 0 ? 'production' : 'staging'}`,
    `    description: |`,
    `      Multi-line text ${index}`,
    `        indented more`,
    '',
    `    aliases:`,
    `      - alias/svc-${index}`,
    `      - "alias/svc-${index}-b"`,
    `    policy: { users: ['arn:aws:iam::111122223333:role/app-${index}'],`,
    `      via_service: [s3] }`,
    `    tags: { Team: "t${index}", 'Cost Center': '42' }`,
    `# a comment at the start of a line`,
    '',
  ].join('\n');
}

describe('loadManifest composes large keys mappings in batches', () => {
  it('reads block entries (comments, block scalars, flow values over lines) as the whole document', () => {
    let text = HEADER;
    for (let index = 0; index < 300; index += 1) text += blockKey(index);
    const manifest = `${text}principals:\n  app: arn:aws:iam::111122223333:role/app\n`;
    expect(batchesOf(manifest)).toBeGreaterThan(2);
    expectSameReading(manifest);
  });

  it('keeps the order of names JavaScript sorts first (integer-like) and odd names', () => {
    let text = HEADER;
    for (let index = 0; index < 200; index += 1) {
      text += `  ${String(200 - index)}: { service: s }\n  "quoted ${index}": { service: s }\n`;
    }
    text += `  __proto__: { service: s }\n  'single': { service: s }\n`;
    expect(batchesOf(text)).toBeGreaterThan(2);
    expectSameReading(text);
  });

  it('leaves entries with anchors, aliases and merge keys to the whole document, in order', () => {
    let text = `version: 1\nshared: &shared { region: us-east-1 }\nkeys:\n`;
    for (let index = 0; index < 300; index += 1) {
      text +=
        index % 7 === 0
          ? `  k${index}:\n    <<: *shared\n    service: s${index}\n`
          : index % 11 === 0
            ? `  k${index}: &a${index} { service: s${index} }\n`
            : `  k${index}: { service: s${index}, aliases: [alias/k${index}] }\n`;
    }
    expect(batchesOf(text)).toBeGreaterThan(2);
    expectSameReading(text);
    const loaded = load(text);
    if (Array.isArray(loaded)) throw new Error('refused');
    expect(loaded.originOf?.(['keys', 'k7', 'region'])).toMatch(/merged by `<<:` on line/);
    expect(loaded.originOf?.(['keys', 'k8', 'service'])).toBeUndefined();
  });

  it('reports a name repeated across batches as the whole document does', () => {
    let text = HEADER;
    for (let index = 0; index < 300; index += 1) text += `  k${index % 250}: { service: s }\n`;
    const problems = load(text);
    expect(Array.isArray(problems)).toBe(true);
    expectSameReading(text);
  });

  it('reports a syntax error and a tag inside a batch as the whole document does', () => {
    let text = HEADER;
    for (let index = 0; index < 300; index += 1) {
      text +=
        index === 100
          ? `  k${index}: { service: [unclosed }\n`
          : `  k${index}: { service: s${index} }\n`;
    }
    expectSameReading(text);
    expectSameReading(text.replace('k150: { service: s150 }', 'k150: { service: !!binary aGk= }'));
  });

  it('reports the values cap reached across batches as the whole document does', () => {
    // 21 values each, of which the lexeme scanner counts at most 17 (block mappings are values
    // it does not count): only the full reading finds the cap.
    let text = HEADER;
    for (let index = 0; index < 4900; index += 1) {
      text += `  k${index}:\n    a: [b, c, d, e, f, g, h, i, j]\n    l:\n      m:\n        n:\n          o: x\n`;
    }
    const whole = loadWhole(text);
    expect(whole).toMatchObject([{ message: expect.stringMatching(/more than 100000 values/) }]);
    expect(load(text)).toEqual(whole);
  }, 60_000);
});
