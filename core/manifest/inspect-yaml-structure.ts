import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { yamlKeyName } from './yaml-key-name.ts';

/** Cap on YAML aliases (written and expanded): anchors are handy, alias bombs are not. */
export const MAX_YAML_ALIASES = 200;
/** Cap on nested lists and mappings: a manifest needs about ten levels, deep nesting is an attack. */
export const MAX_YAML_DEPTH = 64;
/** Cap on the entries of one list or mapping (the 5,000 keys of a manifest are the largest). */
export const MAX_COLLECTION_ENTRIES = 5000;
/**
 * Cap on the values of a whole manifest (scalars, lists, mappings): 5,000 keys of ten fields
 * stay well under it, and every later stage (schema, compile, lint) works per value.
 */
export const MAX_YAML_NODES = 100_000;

export interface DuplicateKey {
  name: string;
  /** Offset of the repeated key. */
  offset: number;
  /** Offset of its first occurrence in the same mapping. */
  firstOffset: number;
}

export interface StructureIndex {
  /** Repeated keys of a mapping (also keys that differ in YAML but not as names: `1` and `"1"`), by offset. */
  duplicates: Map<number, DuplicateKey>;
  /** Start offset of each quoted scalar, by the offset where its value ends. */
  quotedScalarStarts: Map<number, number>;
  /** Offset of the first alias (`*name`), where an alias bomb is reported. */
  firstAliasOffset: number | undefined;
  /** Constructs a manifest does not need and the data model cannot represent faithfully. */
  problems: { offset: number; message: string; hint?: string }[];
  /** Values walked (scalars, lists and mappings, mapping keys included; at most one past the cap). */
  values: number;
  /** Values of the plain data, aliases and merge keys expanded (counted like `values`). */
  expandedValues: number;
}

/** Tags of the YAML core schema; any other tag (`!!binary`, `!!set`, `!custom`) is refused. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/**
 * One walk over the parsed document, in document order and with bounded depth: mapping keys
 * must be scalars with distinct names, aliases must point at an earlier anchor outside
 * themselves and be few, tags must be plain, nesting must be shallow, lists and mappings and
 * the whole manifest must be of bounded size (the walk stops at the first value past a cap).
 */
export function inspectYamlStructure(document: Document, text: string): StructureIndex {
  const index: StructureIndex = {
    duplicates: new Map(),
    quotedScalarStarts: new Map(),
    firstAliasOffset: undefined,
    problems: [],
    values: 0,
    expandedValues: 0,
  };
  // Per anchor name (the latest definition, as yaml resolves aliases): the values its node
  // expands to and whether it is a mapping (a merge key needs one).
  const anchors = new Map<string, { size: number; isMap: boolean }>();
  const openAnchors: string[] = [];
  let aliases = 0;
  let nodes = 0;
  // Values of the plain data once every alias and merge key is expanded: an alias of a large
  // mapping copies it, so 200 aliases may otherwise multiply 100,000 written values.
  let expanded = 0;
  const report = (node: unknown, message: string, hint?: string): void => {
    index.problems.push({
      offset: (node as YamlNode | null | undefined)?.range?.[0] ?? 0,
      message,
      ...(hint === undefined ? {} : { hint }),
    });
  };

  const visit = (node: unknown, depth: number): void => {
    if (node === null || node === undefined || nodes > MAX_YAML_NODES) return;
    nodes += 1;
    if (!isAlias(node)) expanded += 1;
    if (nodes > MAX_YAML_NODES) {
      report(
        node,
        `the manifest holds more than ${MAX_YAML_NODES} values (scalars, lists and mappings); this is value ${MAX_YAML_NODES + 1}`,
        'split the keys across several manifests, e.g. one per account or team',
      );
      return;
    }
    if (isAlias(node)) {
      index.firstAliasOffset ??= node.range?.[0];
      aliases += 1;
      const copied = anchors.get(node.source)?.size ?? 1;
      const wasUnder = expanded <= MAX_YAML_NODES;
      expanded += copied;
      if (wasUnder && expanded > MAX_YAML_NODES) {
        report(
          node,
          `the manifest expands to more than ${MAX_YAML_NODES} values through YAML aliases and merge keys; this alias copies ${copied} values`,
          'write shared values under `defaults:` or in a `key_templates:` entry instead of copying large anchors',
        );
      }
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
      // Searched within the 256 characters before the node only: a tag that is not written as
      // shown (`%TAG` shorthands, verbatim tags) must not cost a scan back to the start.
      const from = Math.max(0, start - 256);
      const found = text.slice(from, start + shown.length).lastIndexOf(shown);
      const tagOffset = found < 0 ? -1 : from + found;
      index.problems.push({
        offset: tagOffset >= 0 && tagOffset <= start ? tagOffset : start,
        message: `the YAML tag \`${shown}\` is not supported in a manifest`,
        hint: 'remove the tag: a manifest holds plain strings, numbers, booleans, lists and mappings',
      });
    }
    const anchor = yamlNode.anchor;
    const expandedBefore = expanded - 1;
    if (isScalar(node)) {
      if (anchor !== undefined) anchors.set(anchor, { size: 1, isMap: false });
      if (
        (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) &&
        node.range !== undefined &&
        node.range !== null
      ) {
        index.quotedScalarStarts.set(node.range[1], node.range[0]);
      }
      return;
    }
    if (!isCollection(node)) {
      if (anchor !== undefined) anchors.set(anchor, { size: 1, isMap: false });
      return;
    }
    if (depth >= MAX_YAML_DEPTH) {
      report(
        node,
        `the manifest nests lists or mappings more than ${MAX_YAML_DEPTH} levels deep`,
        'a manifest needs about ten levels: flatten this value',
      );
      return;
    }
    if (yamlNode.anchor !== undefined) openAnchors.push(yamlNode.anchor);
    const pastCap: unknown = node.items[MAX_COLLECTION_ENTRIES];
    if (pastCap !== undefined) {
      report(
        isPair(pastCap) ? pastCap.key : pastCap,
        `this ${isMap(node) ? 'mapping' : 'list'} has ${node.items.length} entries, over the limit of ${MAX_COLLECTION_ENTRIES} (this is entry ${MAX_COLLECTION_ENTRIES + 1})`,
        'split the keys across several manifests, e.g. one per account or team',
      );
    }
    // Entries past the cap are not walked (reported above); counted, not copied.
    const walked = Math.min(node.items.length, MAX_COLLECTION_ENTRIES);
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (let entry = 0; entry < walked; entry += 1) {
        const pair = node.items[entry] as (typeof node.items)[number];
        const key = pair.key;
        const keyOffset = (key as YamlNode | null | undefined)?.range?.[0] ?? 0;
        if (isScalar(key) || key === null || key === undefined) {
          if (isMergeKey(key)) checkMergeSources(pair.value);
          const name = isMergeKey(key) ? '<<' : yamlKeyName(key);
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
      for (let entry = 0; entry < walked; entry += 1) visit(node.items[entry], depth + 1);
    }
    if (yamlNode.anchor !== undefined) openAnchors.pop();
    if (anchor !== undefined) {
      anchors.set(anchor, { size: expanded - expandedBefore, isMap: isMap(node) });
    }
  };
  // YAML merge keys (`<<: *anchor`, `<<: [*a, *b]`) take mappings: anything else is refused
  // here, located, rather than by the data conversion.
  const checkMergeSources = (value: unknown): void => {
    const sources = isSeq(value) ? value.items : [value];
    for (const source of sources) {
      const isMapping = isAlias(source)
        ? (anchors.get(source.source)?.isMap ?? true)
        : isMap(source);
      if (!isMapping) {
        report(
          source,
          'a YAML merge key (`<<:`) takes a mapping, an alias of a mapping, or a list of them',
          'write `<<: *name` where `&name` marks a mapping, e.g. `shared: &name { account: prod }`',
        );
      }
    }
  };
  visit(document.contents, 0);
  index.values = nodes;
  index.expandedValues = expanded;
  return index;
}

/** A `<<` mapping key, read as a YAML merge key (yaml gives it a symbol value). */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}
