import {
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { ManifestError } from '../errors.ts';
import {
  inspectYamlStructure,
  MAX_YAML_ALIASES,
  MAX_YAML_DEPTH,
  type DuplicateKey,
  type StructureIndex,
} from './inspect-yaml-structure.ts';
import { MAX_MANIFEST_KEYS, tooManyKeysProblem } from './scan-yaml-lexemes.ts';
import type { ManifestProblem, Position } from './types.ts';

/** Syntax errors reported at most: later ones are mostly the parser losing its footing. */
const MAX_SYNTAX_PROBLEMS = 10;

export interface CheckedManifestDocument {
  document: Document.Parsed;
  /** Its plain data. */
  data: unknown;
  structure: StructureIndex;
}

/**
 * The plain data of the parsed documents of a manifest, once they are one YAML mapping of
 * reasonable size and structure. Throws `ManifestError` with located problems otherwise.
 */
export function checkManifestDocument(
  file: string,
  text: string,
  documents: readonly Document.Parsed[],
  at: (offset: number) => Position,
): CheckedManifestDocument {
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

  return { document: first, data, structure };
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
