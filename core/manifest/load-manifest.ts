import {
  Composer,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  type CST,
  type Document,
  type Node as YamlNode,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { ManifestError } from '../errors.ts';
import { createNodeLocator } from './create-node-locator.ts';
import { decodeManifestText } from './decode-manifest-text.ts';
import {
  inspectYamlStructure,
  MAX_YAML_ALIASES,
  MAX_YAML_DEPTH,
  type DuplicateKey,
} from './inspect-yaml-structure.ts';
import { positionInText } from './position-in-text.ts';
import {
  createLexemeScanner,
  MAX_MANIFEST_KEYS,
  tooManyKeysProblem,
  type ScanProblem,
} from './scan-yaml-lexemes.ts';
import type { DocumentPath, ManifestProblem, Position } from './types.ts';

export { MAX_MANIFEST_BYTES, manifestTooLargeProblem } from './manifest-too-large-problem.ts';
export { MAX_YAML_ALIASES, MAX_YAML_DEPTH } from './inspect-yaml-structure.ts';
export { MAX_MANIFEST_KEYS } from './scan-yaml-lexemes.ts';
/** Syntax errors reported at most: later ones are mostly the parser losing its footing. */
const MAX_SYNTAX_PROBLEMS = 10;

/** A parsed manifest: the plain data plus a way back to source positions. */
export interface LoadedManifest {
  file: string;
  data: unknown;
  /** Position of the value at `path` (or of its nearest existing ancestor). */
  locate: (path: DocumentPath) => Position;
  /** Position of the mapping key that names `path` (for unknown or misspelt fields). */
  locateKey: (path: DocumentPath) => Position;
  /**
   * Where the value at `path` comes from when it is not written at its own place, e.g.
   * "merged by `<<:` on line 12": problems add it, so they name both lines.
   */
  originOf?: (path: DocumentPath) => string | undefined;
}

/**
 * Parses a manifest, keeping source positions. Throws `ManifestError` with located problems
 * for anything that is not a single YAML mapping of reasonable size.
 */
export function loadManifest(file: string, content: string | Uint8Array): LoadedManifest {
  const text = decodeManifestText(file, content);
  // Positions come from the text itself: yaml's LineCounter misses line breaks inside the
  // tokens of a syntax error, which shifts every later line.
  const at = positionInText(text);
  const read = readDocuments(text);
  if (!read.ok) {
    throw new ManifestError(
      read.problems.map((found) => ({
        message: found.message,
        file,
        ...at(found.offset),
        path: '',
        hint: found.hint,
      })),
    );
  }
  const { documents } = read;
  const problem = (offset: number, message: string, hint?: string): ManifestProblem => ({
    message,
    file,
    ...at(offset),
    path: '',
    ...(hint === undefined ? {} : { hint }),
  });

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

  const structure = inspectYamlStructure(first, text);
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

  // The keys cap gets its own message; the walk's cap on any mapping finds the same entry.
  const keysProblem = manifestKeysProblem(first.contents);
  const structureProblems = [
    ...[...structure.duplicates.values()].map(duplicateProblem),
    ...(keysProblem === undefined
      ? []
      : [problem(keysProblem.offset, keysProblem.message, keysProblem.hint)]),
    ...structure.problems
      .filter((found) => found.offset !== keysProblem?.offset)
      .map((found) => problem(found.offset, found.message, found.hint)),
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

  const find = createNodeLocator(first);
  return {
    file,
    data,
    locate: (path) => at(find(path, 'value')),
    locateKey: (path) => at(find(path, 'key')),
    originOf: (path) => {
      let mergeKey: number | undefined;
      find(path, 'value', (offset) => {
        mergeKey ??= offset;
      });
      return mergeKey === undefined ? undefined : `merged by \`<<:\` on line ${at(mergeKey).line}`;
    },
  };
}

/**
 * The YAML documents of `text`, as yaml's `parseAllDocuments` reads them, or the caps the
 * text is past: its lexemes are watched as they are read (`createLexemeScanner`), and
 * documents are built only from input that is not refused, so a hostile manifest never
 * costs a full parse.
 */
function readDocuments(
  text: string,
): { ok: true; documents: Document.Parsed[] } | { ok: false; problems: ScanProblem[] } {
  const scanner = createLexemeScanner();
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let refused = false;
  for (const lexeme of new Lexer().lex(text)) {
    // Once refused, keep lexing (cheap, no memory) only to count the keys to the end.
    refused = scanner.next(lexeme) || refused;
    if (!refused) for (const token of parser.next(lexeme)) tokens.push(token);
  }
  const problems = scanner.finish();
  if (problems.length > 0) return { ok: false, problems };
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({
    prettyErrors: false,
    // yaml's own duplicate check compares every key with every other (quadratic: a minute for
    // a 700 KB file of short keys); inspectStructure finds duplicates with one Map per mapping.
    uniqueKeys: false,
    schema: 'core',
    // YAML 1.1 merge keys (`<<: *shared`): inspectYamlStructure checks their sources and
    // bounds what they expand to, like aliases.
    merge: true,
    strict: true,
    // The core reports through problems, never through process warnings.
    logLevel: 'error',
  });
  return { ok: true, documents: Array.from(composer.compose(tokens)) };
}

function manifestKeysProblem(
  contents: YAMLMap,
): { offset: number; message: string; hint: string } | undefined {
  const keys = contents.get('keys', true);
  if (!isMap(keys) || keys.items.length <= MAX_MANIFEST_KEYS) return undefined;
  const pastCap = keys.items[MAX_MANIFEST_KEYS]?.key as YamlNode | null | undefined;
  return tooManyKeysProblem(pastCap?.range?.[0] ?? keys.range?.[0] ?? 0, keys.items.length);
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
