import { isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import { ManifestError } from '../errors.ts';
import { checkManifestDocument } from './check-manifest-document.ts';
import { createNodeLocator } from './create-node-locator.ts';
import { decodeManifestText } from './decode-manifest-text.ts';
import { indexNodePositions, type NodePositions } from './index-node-positions.ts';
import {
  inspectYamlStructure,
  isMergeKey,
  MAX_YAML_ALIASES,
  MAX_YAML_NODES,
} from './inspect-yaml-structure.ts';
import { positionInText } from './position-in-text.ts';
import { readYamlDocuments } from './read-yaml-documents.ts';
import { MAX_MANIFEST_KEYS, type ScanProblem } from './scan-yaml-lexemes.ts';
import { isPlainRecord as isRecord, setOwnProperty } from './set-own-property.ts';
import type { DocumentPath, Position } from './types.ts';
import { yamlKeyName } from './yaml-key-name.ts';

export { MAX_MANIFEST_BYTES, manifestTooLargeProblem } from './manifest-too-large-problem.ts';
export { MAX_YAML_ALIASES, MAX_YAML_DEPTH } from './inspect-yaml-structure.ts';
export {
  MAX_MANIFEST_LINES,
  MAX_YAML_ANCHORS,
  MAX_YAML_BLOCK_SCALARS,
  MAX_YAML_TAGS,
} from './scan-yaml-lexemes.ts';
export { MAX_MANIFEST_KEYS } from './scan-yaml-lexemes.ts';

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
  const batched = loadInBatches(file, text, at);
  return batched.loaded ?? loadWhole(file, text, at, batched.whole);
}

/**
 * The classic reading: the whole document composed at once (every problem found here).
 * `read`: the reading already made, when it composed the whole document.
 */
function loadWhole(
  file: string,
  text: string,
  at: (offset: number) => Position,
  read: ReturnType<typeof readYamlDocuments> = readYamlDocuments(text),
): LoadedManifest {
  if (!read.ok) throw scanRefusal(file, at, read.problems);
  const { document: first, data } = checkManifestDocument(file, text, read.documents, at);
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

/** A `keys` entry composed in a batch of its own: its data, where its key is, its positions. */
interface TakenEntry {
  name: string;
  value: unknown;
  keyOffset: number;
  positions: NodePositions;
}

/**
 * The reading of a manifest whose `keys:` entries are composed in batches while it is parsed,
 * each batch's document dropped once its data and positions are kept
 * (`readYamlDocuments`): the same data and positions as `loadWhole`, at a fraction of its
 * memory. `undefined` (read it whole, which reports every problem exactly) as soon as
 * anything is not plainly valid: a YAML error or structure problem in any batch or in the
 * rest, a name twice, or the caps on keys and values reached across batches.
 */
function loadInBatches(
  file: string,
  text: string,
  at: (offset: number) => Position,
): {
  loaded?: LoadedManifest;
  /** The reading, when no entry was taken out of it: the whole document, read once. */
  whole?: ReturnType<typeof readYamlDocuments>;
} {
  const taken = new Map<string, TakenEntry>();
  let values = 0;
  let read: ReturnType<typeof readYamlDocuments>;
  try {
    read = readYamlDocuments(text, (batch) => {
      const structure = inspectYamlStructure(batch, text);
      const keys = isMap(batch.contents) ? batch.contents.get('keys', true) : undefined;
      if (
        batch.errors.length > 0 ||
        batch.warnings.length > 0 ||
        structure.problems.length > 0 ||
        structure.duplicates.size > 0 ||
        !isMap(keys)
      ) {
        throw new NotPlain();
      }
      const data: unknown = batch.toJS({ maxAliasCount: MAX_YAML_ALIASES });
      const written = isRecord(data) && isRecord(data['keys']) ? data['keys'] : undefined;
      if (written === undefined) throw new NotPlain();
      // The batch's own top-level mapping, `keys` name and `keys` mapping are not values of
      // the manifest.
      values += structure.values - 3;
      for (const pair of (keys as YAMLMap).items) {
        const key = pair.key;
        const name = isScalar(key) ? yamlKeyName(key) : undefined;
        const keyOffset = isScalar(key) ? key.range?.[0] : undefined;
        if (name === undefined || keyOffset === undefined || taken.has(name)) throw new NotPlain();
        const positions = indexNodePositions(pair.value);
        taken.set(name, { name, value: written[name], keyOffset, positions });
      }
    });
  } catch (error) {
    if (error instanceof NotPlain) return {};
    throw error;
  }
  // Refused by the lexeme scanner: the whole reading would refuse it the same way.
  if (!read.ok) throw scanRefusal(file, at, read.problems);
  // Nothing was taken out: this reading is the whole one, and is not made twice (a 1 MiB
  // manifest of blank lines or yaml errors costs seconds per reading).
  if (taken.size === 0) return { whole: read };
  let checked;
  try {
    checked = checkManifestDocument(file, text, read.documents, at);
  } catch (error) {
    if (error instanceof ManifestError) return {};
    throw error;
  }
  const { document, data, structure } = checked;
  const merged = mergeTakenKeys(document, data, taken);
  if (
    merged === undefined ||
    taken.size + Object.keys(merged.rest).length > MAX_MANIFEST_KEYS ||
    values + structure.values > MAX_YAML_NODES ||
    values + structure.expandedValues > MAX_YAML_NODES
  ) {
    return {};
  }
  const find = createNodeLocator(document);
  const findAny = (
    path: DocumentPath,
    want: 'key' | 'value',
    onMerge?: (offset: number) => void,
  ): number => {
    const entry = path[0] === 'keys' && path.length >= 2 ? taken.get(String(path[1])) : undefined;
    if (entry === undefined) return find(path, want, onMerge);
    if (path.length === 2 && want === 'key') return entry.keyOffset;
    return entry.positions.find(path.slice(2), want, entry.positions.offset ?? entry.keyOffset);
  };
  const loaded: LoadedManifest = {
    file,
    data: merged.data,
    locate: (path) => at(findAny(path, 'value')),
    locateKey: (path) => at(findAny(path, 'key')),
    originOf: (path) => {
      let mergeKey: number | undefined;
      findAny(path, 'value', (offset) => {
        mergeKey ??= offset;
      });
      return mergeKey === undefined ? undefined : `merged by \`<<:\` on line ${at(mergeKey).line}`;
    },
  };
  return { loaded };
}

/**
 * The data of the rest of the manifest with the taken `keys` entries put back, every entry
 * in the order of the text (as the whole reading orders them). `undefined` when the rest's
 * `keys` is not a plain mapping of written names (e.g. a merge key in it).
 */
function mergeTakenKeys(
  document: Document.Parsed,
  data: unknown,
  taken: ReadonlyMap<string, TakenEntry>,
): { data: Record<string, unknown>; rest: Record<string, unknown> } | undefined {
  const keysNode = isMap(document.contents) ? document.contents.get('keys', true) : undefined;
  if (!isRecord(data) || !isMap(keysNode) || !isRecord(data['keys'])) return undefined;
  const rest = data['keys'];
  const entries: { offset: number; name: string; value: unknown }[] = [];
  for (const pair of (keysNode as YAMLMap).items) {
    const key = pair.key;
    if (!isScalar(key) || isMergeKey(key) || key.range === undefined || key.range === null) {
      return undefined;
    }
    const name = yamlKeyName(key);
    if (taken.has(name)) return undefined;
    entries.push({ offset: key.range[0], name, value: rest[name] });
  }
  if (entries.length !== Object.keys(rest).length) return undefined;
  for (const entry of taken.values()) {
    entries.push({ offset: entry.keyOffset, name: entry.name, value: entry.value });
  }
  entries.sort((a, b) => a.offset - b.offset);
  const keys: Record<string, unknown> = {};
  for (const { name, value } of entries) setOwnProperty(keys, name, value);
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    setOwnProperty(merged, name, name === 'keys' ? keys : value);
  }
  return { data: merged, rest };
}

/** Thrown from a batch that is not plainly valid: the manifest is then read whole. */
class NotPlain extends Error {}

function scanRefusal(
  file: string,
  at: (offset: number) => Position,
  problems: readonly ScanProblem[],
): ManifestError {
  return new ManifestError(
    problems.map((found) => ({
      message: found.message,
      file,
      ...at(found.offset),
      path: '',
      hint: found.hint,
    })),
  );
}
