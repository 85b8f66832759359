import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import type { DocumentPath } from './types.ts';
import { isMergeKey } from './inspect-yaml-structure.ts';
import { yamlKeyName } from './yaml-key-name.ts';

/** Counts the mapping entries the locator indexes: each mapping is indexed once. */
export interface LocatorWork {
  indexedEntries: number;
}

/**
 * Finds the offset of the key or value at a path of `document` (or of its nearest existing
 * ancestor). Each mapping is indexed by name the first time a path goes through it, so a
 * lookup costs one step per path segment and locating every key of a large manifest is linear
 * (a scan of the mapping per lookup took minutes for 78,000 keys).
 */
export function createNodeLocator(
  document: Document,
  work: LocatorWork = { indexedEntries: 0 },
): (
  path: DocumentPath,
  want: 'key' | 'value',
  onMerge?: (mergeKeyOffset: number) => void,
) => number {
  const indexes = new WeakMap<
    object,
    { names: Map<string, Pair>; merged: unknown[]; mergeKeyOffset: number }
  >();
  let anchored: Map<unknown, unknown> | undefined;
  // What an alias stands for: the latest anchor of its name before it, in document order.
  const resolve = (node: unknown): unknown => {
    if (!isAlias(node)) return node;
    anchored ??= indexAliases(document);
    return anchored.get(node);
  };
  const entryOf = (
    node: { items: unknown[] },
    name: string,
    onMerge?: (mergeKeyOffset: number) => void,
    depth = 0,
  ): Pair | undefined => {
    let index = indexes.get(node);
    if (index === undefined) {
      index = { names: new Map(), merged: [], mergeKeyOffset: 0 };
      for (const item of node.items) {
        work.indexedEntries += 1;
        if (!isPair(item)) continue;
        if (isMergeKey(item.key)) {
          // Written keys win over merged ones; of several sources, the first that has it.
          index.merged = isSeq(item.value) ? item.value.items : [item.value];
          index.mergeKeyOffset = (item.key as YamlNode).range?.[0] ?? 0;
          continue;
        }
        if (!(isScalar(item.key) || item.key === null)) continue;
        const key = yamlKeyName(item.key);
        // The first of repeated names, as yaml's toJS keeps (repeats are refused at load).
        if (!index.names.has(key)) index.names.set(key, item);
      }
      indexes.set(node, index);
    }
    const written = index.names.get(name);
    // A value merged in (`<<: *shared`) is located where it is written: in the anchored mapping.
    if (written !== undefined || depth >= MAX_MERGE_DEPTH) return written;
    for (const source of index.merged) {
      const mapping = resolve(source);
      const found = isMap(mapping) ? entryOf(mapping, name, undefined, depth + 1) : undefined;
      if (found !== undefined) {
        onMerge?.(index.mergeKeyOffset);
        return found;
      }
    }
    return undefined;
  };

  return (path, want, onMerge) => {
    let node: unknown = document.contents;
    // The whole manifest (a missing top-level field) is located at its first line of content.
    let offset = document.contents?.range?.[0] ?? 0;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = entryOf(node, String(segment), onMerge);
        if (pair === undefined) return offset;
        offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
        if (last && want === 'key') return offset;
        node = pair.value;
      } else if (isSeq(node) && isListIndex(String(segment))) {
        // Paths from the validator spell list indices as strings (`aliases/1`).
        node = node.items[Number(segment)];
      } else {
        return offset;
      }
      const range = (node as YamlNode | null | undefined)?.range;
      if (range) offset = range[0];
    }
    return offset;
  };
}

/** Merges inside merged mappings followed at most (nesting is capped at load anyway). */
const MAX_MERGE_DEPTH = 64;

function indexAliases(document: Document): Map<unknown, unknown> {
  const latest = new Map<string, unknown>();
  const resolved = new Map<unknown, unknown>();
  const visit = (node: unknown): void => {
    if (isAlias(node)) {
      resolved.set(node, latest.get(node.source));
      return;
    }
    if (isPair(node)) {
      visit(node.key);
      visit(node.value);
      return;
    }
    if (isCollection(node)) for (const item of node.items) visit(item);
    const anchor = (node as YamlNode | null | undefined)?.anchor;
    // Set after the children: an alias inside its own anchor is refused at load.
    if (anchor !== undefined) latest.set(anchor, node);
  };
  visit(document.contents);
  return resolved;
}

function isListIndex(segment: string): boolean {
  return segment.length > 0 && segment.length < 16 && /^\d+$/.test(segment);
}
