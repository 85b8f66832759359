import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  Scalar,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import { ManifestError } from '../errors.ts';
import type { DocumentPath, ManifestProblem, Position } from './types.ts';

/** Manifests larger than this are refused before parsing. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Cap on YAML aliases (written and expanded): anchors are handy, alias bombs are not. */
export const MAX_YAML_ALIASES = 200;
/** Syntax errors reported at most: later ones are mostly the parser losing its footing. */
const MAX_SYNTAX_PROBLEMS = 10;
/** Cap on nested lists and mappings: a manifest needs about ten levels, deep nesting is an attack. */
export const MAX_YAML_DEPTH = 64;

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
  const documents = parseAllDocuments(text, {
    prettyErrors: false,
    // yaml's own duplicate check compares every key with every other (quadratic: a minute for
    // a 700 KB file of short keys); inspectStructure finds duplicates with one Map per mapping.
    uniqueKeys: false,
    schema: 'core',
    strict: true,
    // The core reports through problems, never through process warnings.
    logLevel: 'error',
  });
  // Positions come from the text itself: yaml's LineCounter misses line breaks inside the
  // tokens of a syntax error, which shifts every later line.
  const at = positionIn(text);
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
  const exhausted = first.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (exhausted !== undefined) {
    // The parser ran out of stack: the nesting is far too deep to say anything more precise.
    throw new ManifestError([
      problem(
        exhausted.pos[0],
        'the manifest nests lists or mappings too deeply to be read',
        `a manifest needs about ten levels; keep nesting under ${MAX_YAML_DEPTH} levels`,
      ),
    ]);
  }

  const structure = inspectStructure(first, text);
  const duplicateProblem = (duplicate: DuplicateKey): ManifestProblem =>
    problem(
      duplicate.offset,
      `\`${duplicate.name}\` appears twice in this mapping (first on line ${at(duplicate.firstOffset).line})`,
      'each field and each key name may appear only once in a mapping: remove or rename one of them',
    );
  const yamlProblem = (error: YAMLError): ManifestProblem => {
    if (error.code === 'MISSING_CHAR' && error.message.startsWith('Missing closing')) {
      // The parser reports where the file ends; the user needs the quote that is never closed.
      const quote = error.message.includes('"') ? '"' : "'";
      return problem(
        structure.quotedScalarStarts.get(error.pos[0]) ?? error.pos[0],
        `this quoted value has no closing ${quote}`,
        `end the value with ${quote} on the same line, or remove the opening ${quote}`,
      );
    }
    return problem(error.pos[0], firstLine(error.message), yamlHint(error.code));
  };
  if (first.errors.length > 0) {
    // After a syntax error the parser often reports every later token: the first few suffice.
    const syntax = dedupe([
      ...first.errors.map(yamlProblem),
      ...[...structure.duplicates.values()].map(duplicateProblem),
    ]).slice(0, MAX_SYNTAX_PROBLEMS);
    throw new ManifestError(syntax);
  }

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

  const structureProblems = [
    ...[...structure.duplicates.values()].map(duplicateProblem),
    ...structure.problems.map((found) => problem(found.offset, found.message, found.hint)),
  ];
  if (structureProblems.length > 0) throw new ManifestError(dedupe(structureProblems));

  let data: unknown;
  try {
    data = first.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /excessive alias count/i.test(error.message)) {
      throw new ManifestError([
        problem(
          structure.firstAliasOffset ?? 0,
          `the manifest expands YAML aliases more than ${MAX_YAML_ALIASES} times`,
          'write the values out, or use `defaults:` instead of anchors and aliases',
        ),
      ]);
    }
    if (error instanceof RangeError) {
      throw new ManifestError([
        problem(
          0,
          'the manifest nests lists or mappings too deeply to be read',
          `keep nesting under ${MAX_YAML_DEPTH} levels`,
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
          ...invalidUtf8Position(content),
          path: '',
          hint: 'save it as UTF-8 (this looks like another encoding, e.g. Latin-1 or Windows-1252)',
        },
      ]);
    }
  }
  // A UTF-8 byte order mark is harmless: drop it so positions start at column 1.
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const control = CONTROL_CHARACTER.exec(withoutBom);
  if (control !== null) {
    const before = withoutBom.slice(0, control.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    const codePoint = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new ManifestError([
      {
        message: `the manifest contains the control character U+${codePoint}`,
        file,
        line: before.split('\n').length,
        column: control.index - lineStart + 1,
        path: '',
        hint:
          codePoint === '0000'
            ? 'NUL characters usually mean the file is UTF-16 encoded: save it as UTF-8'
            : 'remove it: a manifest is plain text (tabs and line breaks are the only control characters allowed)',
      },
    ]);
  }
  return withoutBom;
}

/** Line and column of the first byte sequence that is not UTF-8. */
function invalidUtf8Position(bytes: Uint8Array): Position {
  const decodes = (length: number): boolean => {
    try {
      // `stream` tolerates a sequence cut at the end of the prefix.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // Smallest prefix length that fails: the bad sequence ends at that byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (decodes(middle)) low = middle + 1;
    else high = middle;
  }
  let start = Math.max(0, low - 1);
  const pending = (): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, start));
      return false;
    } catch {
      return true;
    }
  };
  // The failing byte may end a sequence that started up to three bytes earlier (`é` in
  // Latin-1 is a lead byte followed by a plain character): report the lead byte.
  for (let back = 0; back < 3 && start > 0 && pending(); back += 1) start -= 1;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, start));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Line and column (1-based) of an offset in `text`, counting `\n` line breaks. */
function positionIn(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  return (offset) => {
    const clamped = Math.min(Math.max(0, offset), text.length);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  };
}

/** Characters YAML does not allow in a stream (C0 and C1 controls other than tab, LF, CR, NEL). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

interface DuplicateKey {
  name: string;
  /** Offset of the repeated key. */
  offset: number;
  /** Offset of its first occurrence in the same mapping. */
  firstOffset: number;
}

interface StructureIndex {
  /** Repeated keys of a mapping (also keys that differ in YAML but not as names: `1` and `"1"`), by offset. */
  duplicates: Map<number, DuplicateKey>;
  /** Start offset of each quoted scalar, by the offset where its value ends. */
  quotedScalarStarts: Map<number, number>;
  /** Offset of the first alias (`*name`), where an alias bomb is reported. */
  firstAliasOffset: number | undefined;
  /** Constructs a manifest does not need and the data model cannot represent faithfully. */
  problems: { offset: number; message: string; hint?: string }[];
}

/** Tags of the YAML core schema; any other tag (`!!binary`, `!!set`, `!custom`) is refused. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/**
 * One walk over the parsed document, in document order and with bounded depth: mapping keys
 * must be scalars with distinct names, aliases must point at an earlier anchor outside
 * themselves and be few, tags must be plain, nesting must be shallow.
 */
function inspectStructure(document: Document, text: string): StructureIndex {
  const index: StructureIndex = {
    duplicates: new Map(),
    quotedScalarStarts: new Map(),
    firstAliasOffset: undefined,
    problems: [],
  };
  const anchors = new Set<string>();
  const openAnchors: string[] = [];
  let aliases = 0;
  const report = (node: unknown, message: string, hint?: string): void => {
    index.problems.push({
      offset: (node as YamlNode | null | undefined)?.range?.[0] ?? 0,
      message,
      ...(hint === undefined ? {} : { hint }),
    });
  };

  const visit = (node: unknown, depth: number): void => {
    if (node === null || node === undefined) return;
    if (isAlias(node)) {
      index.firstAliasOffset ??= node.range?.[0];
      aliases += 1;
      if (aliases === MAX_YAML_ALIASES + 1) {
        report(
          node,
          `the manifest uses more than ${MAX_YAML_ALIASES} YAML aliases`,
          'write the values out, or use `defaults:` instead of anchors and aliases',
        );
      }
      if (openAnchors.includes(node.source)) {
        report(
          node,
          `the alias \`*${node.source}\` is inside the value it refers to`,
          'an alias cannot refer to the list or mapping that contains it: write the value out',
        );
      } else if (!anchors.has(node.source)) {
        report(
          node,
          `the alias \`*${node.source}\` refers to no anchor`,
          `define \`&${node.source}\` on a value before this line, or write the value out`,
        );
      }
      return;
    }
    const yamlNode = node as YamlNode;
    if (yamlNode.tag !== undefined && yamlNode.tag !== '!' && !CORE_TAGS.has(yamlNode.tag)) {
      const shown = yamlNode.tag.replace('tag:yaml.org,2002:', '!!');
      // The node's range starts after its tag: point at the tag itself when it is written short.
      const start = yamlNode.range?.[0] ?? 0;
      const tagOffset = text.lastIndexOf(shown, start);
      index.problems.push({
        offset: tagOffset >= 0 && start - tagOffset <= 256 ? tagOffset : start,
        message: `the YAML tag \`${shown}\` is not supported in a manifest`,
        hint: 'remove the tag: a manifest holds plain strings, numbers, booleans, lists and mappings',
      });
    }
    if (yamlNode.anchor !== undefined) anchors.add(yamlNode.anchor);
    if (isScalar(node)) {
      if (
        (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) &&
        node.range !== undefined &&
        node.range !== null
      ) {
        index.quotedScalarStarts.set(node.range[1], node.range[0]);
      }
      return;
    }
    if (!isCollection(node)) return;
    if (depth >= MAX_YAML_DEPTH) {
      report(
        node,
        `the manifest nests lists or mappings more than ${MAX_YAML_DEPTH} levels deep`,
        'a manifest needs about ten levels: flatten this value',
      );
      return;
    }
    if (yamlNode.anchor !== undefined) openAnchors.push(yamlNode.anchor);
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key;
        const keyOffset = (key as YamlNode | null | undefined)?.range?.[0] ?? 0;
        if (isScalar(key) || key === null || key === undefined) {
          const name = keyName(key);
          const firstOffset = seen.get(name);
          if (firstOffset === undefined) seen.set(name, keyOffset);
          else index.duplicates.set(keyOffset, { name, offset: keyOffset, firstOffset });
          visit(key, depth + 1);
        } else {
          report(
            key,
            isAlias(key)
              ? 'a mapping key cannot be an alias'
              : 'a mapping key must be a plain name, not a list or mapping',
            'write the key as a plain name, e.g. `prod-s3:`; quote it if it contains `[`, `{` or `*`',
          );
        }
        visit(pair.value, depth + 1);
      }
    } else {
      for (const item of node.items) visit(item, depth + 1);
    }
    if (yamlNode.anchor !== undefined) openAnchors.pop();
  };
  visit(document.contents, 0);
  return index;
}

/** The property name a mapping key becomes in the plain data (as `yaml`'s `toJS` names it). */
function keyName(key: Scalar | null | undefined): string {
  const value = key?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
}

function dedupe(problems: readonly ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((found) => {
      const id = `${found.line}:${found.column}:${found.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

function findNode(document: Document, path: DocumentPath, want: 'key' | 'value'): number {
  let node: unknown = document.contents;
  // The whole manifest (a missing top-level field) is located at its first line of content.
  let offset = document.contents?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) =>
          isPair(item) &&
          (isScalar(item.key) || item.key === null) &&
          keyName(item.key) === String(segment),
      );
      if (pair === undefined) return offset;
      const keyNode = pair.key as YamlNode;
      offset = keyNode.range?.[0] ?? offset;
      if (last && want === 'key') return offset;
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
      // Paths from the validator spell list indices as strings (`aliases/1`).
      node = node.items[Number(segment)];
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
    case 'TAB_AS_INDENT':
      return 'indent with spaces; YAML does not allow tabs for indentation';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'write each field as `name: value` on one line, indented like its neighbours; quote a value that contains `: `';
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
