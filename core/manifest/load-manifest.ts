import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { ManifestError } from '../errors.ts';
import type { DocumentPath, ManifestProblem, Position } from './types.ts';

/** Manifests larger than this are refused before parsing. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Cap on YAML alias expansions: anchors are handy, alias bombs are not. */
export const MAX_YAML_ALIASES = 200;

/** A parsed manifest: the plain data plus a way back to source positions. */
export interface LoadedManifest {
  file: string;
  data: unknown;
  /** Position of the value at `path` (or of its nearest existing ancestor). */
  locate: (path: DocumentPath) => Position;
  /** Position of the mapping key that names `path` (for unknown or misspelt fields). */
  locateKey: (path: DocumentPath) => Position;
}

/**
 * Parses a manifest, keeping source positions. Throws `ManifestError` with located problems
 * for anything that is not a single YAML mapping of reasonable size.
 */
export function loadManifest(file: string, content: string | Uint8Array): LoadedManifest {
  const text = decode(file, content);
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    strict: true,
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (offset: number, message: string, hint?: string): ManifestProblem => ({
    message,
    file,
    ...at(offset),
    path: '',
    ...(hint === undefined ? {} : { hint }),
  });

  if (!Array.isArray(documents)) {
    // parseAllDocuments returns an EmptyStream for input without any document.
    throw new ManifestError([
      problem(0, 'the manifest is empty', 'start with `version: 1` and a `keys:` mapping'),
    ]);
  }
  const [first, second] = documents;
  if (first === undefined) {
    throw new ManifestError([
      problem(0, 'the manifest is empty', 'start with `version: 1` and a `keys:` mapping'),
    ]);
  }
  if (second !== undefined) {
    throw new ManifestError([
      problem(
        second.range[0],
        'the manifest holds more than one YAML document',
        'keep one manifest per file: remove the `---` separator and what follows, or move it to its own file',
      ),
    ]);
  }
  const yamlProblems = first.errors.map((error) =>
    problem(error.pos[0], firstLine(error.message), yamlHint(error.code)),
  );
  if (yamlProblems.length > 0) throw new ManifestError(yamlProblems);

  if (!isMap(first.contents)) {
    // Typed as non-null, but an empty document (`---` alone) has no contents.
    const offset = (first.contents as YamlNode | null)?.range?.[0] ?? 0;
    throw new ManifestError([
      problem(
        offset,
        `the manifest must be a YAML mapping, got ${describeNode(first.contents)}`,
        'start with `version: 1` and a `keys:` mapping',
      ),
    ]);
  }

  let data: unknown;
  try {
    data = first.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new ManifestError([
        problem(
          0,
          `the manifest expands YAML aliases more than ${MAX_YAML_ALIASES} times`,
          'write the values out, or use `defaults:` instead of anchors and aliases',
        ),
      ]);
    }
    throw error;
  }

  return {
    file,
    data,
    locate: (path) => at(findNode(first, path, 'value')),
    locateKey: (path) => at(findNode(first, path, 'key')),
  };
}

/** The problem reported for a manifest over the size limit (also used before reading a file). */
export function manifestTooLargeProblem(file: string, size: number): ManifestProblem {
  return {
    message: `the manifest is ${size} bytes, over the 1 MiB (${MAX_MANIFEST_BYTES} bytes) limit`,
    file,
    line: 1,
    column: 1,
    path: '',
    hint: 'split the keys across several manifests',
  };
}

function decode(file: string, content: string | Uint8Array): string {
  const size =
    typeof content === 'string' ? new TextEncoder().encode(content).byteLength : content.byteLength;
  if (size > MAX_MANIFEST_BYTES) throw new ManifestError([manifestTooLargeProblem(file, size)]);
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    if (
      (content[0] === 0xff && content[1] === 0xfe) ||
      (content[0] === 0xfe && content[1] === 0xff)
    ) {
      throw new ManifestError([
        {
          message: 'the manifest is UTF-16 encoded',
          file,
          line: 1,
          column: 1,
          path: '',
          hint: 'save it as UTF-8',
        },
      ]);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new ManifestError([
        {
          message: 'the manifest is not valid UTF-8',
          file,
          line: 1,
          column: 1,
          path: '',
          hint: 'save it as UTF-8',
        },
      ]);
    }
  }
  // A UTF-8 byte order mark is harmless: drop it so positions start at column 1.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function findNode(document: Document, path: DocumentPath, want: 'key' | 'value'): number {
  let node: unknown = document.contents;
  let offset = 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (pair === undefined) return offset;
      const keyNode = pair.key as YamlNode;
      offset = keyNode.range?.[0] ?? offset;
      if (last && want === 'key') return offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return offset;
    }
    const range = (node as YamlNode | null | undefined)?.range;
    if (range) offset = range[0];
  }
  return offset;
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each field and each key name may appear only once in a mapping: remove or rename one of them';
    case 'TAB_AS_INDENT':
      return 'indent with spaces; YAML does not allow tabs for indentation';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and punctuation of this line and the one above';
    default:
      return undefined;
  }
}

function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return `the scalar ${JSON.stringify(node.value)}`;
  return 'something else';
}
